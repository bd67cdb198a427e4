import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './level2-wrong-level1';

// Table test for level2-wrong-level1: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'cost under its own first level (101号)', ev: form({ indicators: withRows({ 3: { level1: '成本指标' }, 4: { level1: '效益指标' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a satisfaction 二级 under 效益指标',
      ev: form({ indicators: withRows({ 6: { level1: '效益指标' } }) }),
      errors: [{ messageId: 'wrongParent', path: 'indicators[6].level2', data: { level1: '效益指标', expected: '满意度指标' } }],
    },
  ],
});

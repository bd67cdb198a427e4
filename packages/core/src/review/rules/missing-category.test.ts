import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './missing-category';

// Table test for missing-category: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'cost as its own first level (101号) counts', ev: form({ indicators: withRows({ 3: { level1: '成本指标', level2: '经济成本指标' }, 4: { level1: '效益指标' } }) }) },
    { name: 'no satisfaction block but its points moved to benefits', ev: form({ indicators: withRows({ 4: { weight: 25, score: 25 } }).slice(0, 6) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'no satisfaction block and no re-weighting',
      ev: form({ indicators: withRows({}).slice(0, 6) }),
      errors: [{ messageId: 'level1', path: 'indicators', data: { name: '满意度指标' } }],
    },
  ],
});

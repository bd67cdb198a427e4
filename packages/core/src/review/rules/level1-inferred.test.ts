import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './level1-inferred';

// Table test for level1-inferred: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a blank 一级 continuing the same block is not noted', ev: form({ indicators: withRows({ 5: { level1: '' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'each run is noted once',
      ev: form({ indicators: withRows({ 4: { level1: '' }, 6: { level1: '' } }) }),
      errors: [
        { messageId: 'inferred', path: 'indicators[4].level1', data: { level1: '效益指标' } },
        { messageId: 'inferred', path: 'indicators[6].level1', data: { level1: '满意度指标' } },
      ],
    },
  ],
});

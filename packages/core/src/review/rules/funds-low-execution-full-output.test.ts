import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-low-execution-full-output';

// Table test for funds-low-execution-full-output: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'low execution with an output deduction', ev: form({ funds: { total: { executed: '40', rate: '40%', score: 4 }, fiscal: { executed: '40', rate: '40%' } }, indicators: withRows({ 0: { actual: '60家', score: 12, deviation: '资金未到位' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a higher minimum',
      ev: form({ funds: { total: { executed: '70', rate: '70%', score: 7 }, fiscal: { executed: '70', rate: '70%' } } }),
      options: { minRate: 0.8 },
      errors: [{ messageId: 'fullOutput', path: 'funds.total.executed', data: { rate: '70%' } }],
    },
  ],
});

import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-execution-score';

// Table test for funds-execution-score: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'no claimed execution score', ev: form({ funds: { total: { score: null } } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: '9 printed for 8.62 is a rounding matter (info)',
      ev: form({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 9 }, fiscal: null } }),
      errors: [{ messageId: 'rounding', path: 'funds.total.score', severity: 'info', data: { claimed: '9', proven: '8.62' } }],
    },
  ],
});

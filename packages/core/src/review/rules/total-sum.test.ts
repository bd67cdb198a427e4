import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './total-sum';

// Table test for total-sum: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'no printed total', ev: form({ total: { score: null } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a score changed without the total',
      ev: form({ indicators: withRows({ 0: { actual: '90家', score: 18, deviation: '疫情影响' } }) }),
      errors: [{ messageId: 'mismatch', path: 'total.score', data: { claimed: '99.5', sum: '97.5' } }],
    },
  ],
});

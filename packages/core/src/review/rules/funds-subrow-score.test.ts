import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-subrow-score';

// Table test for funds-subrow-score: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'dashes read as blank', ev: form({ funds: { fiscal: { weight: null, score: null } } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a weight without a score on the carry-over row',
      ev: form({ funds: { carryover: { weight: 10 } } }),
      errors: [{ messageId: 'repeated', path: 'funds.carryover.weight', data: { value: '10/—' } }],
    },
  ],
});

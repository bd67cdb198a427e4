import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-budget-adjusted';

// Table test for funds-budget-adjusted: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a 10% change is below the threshold', ev: form({ funds: { total: { initial: '90' }, fiscal: { initial: '90' } } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a cut without a word',
      ev: form({ funds: { total: { initial: '150' }, fiscal: { initial: '150' } } }),
      errors: [{ messageId: 'unexplained', path: 'funds.total.adjusted', data: { change: '-33.33%' } }],
    },
  ],
});

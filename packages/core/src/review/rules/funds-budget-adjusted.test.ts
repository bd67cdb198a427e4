import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-budget-adjusted';

// Table test for funds-budget-adjusted: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    { name: 'a budget trimmed to the spending by under 5%', ev: form({ funds: { total: { initial: '90', adjusted: '89.974', executed: '89.974' } } }) },
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a 10% change is below the threshold', ev: form({ funds: { total: { initial: '90' }, fiscal: { initial: '90' } } }) },
  ],
  invalid: [
    {
      name: 'initial budget 0: the whole budget added during the year',
      ev: form({ funds: { total: { initial: '0' }, fiscal: { initial: '0' } } }),
      errors: [{ messageId: 'allAdded', path: 'funds.total.adjusted', data: { adjusted: '100' } }],
    },
    {
      name: 'the budget cut to exactly what was spent, read from the sources when the total row is 0',
      ev: form({ funds: { total: { initial: '0', adjusted: '0', executed: '0' }, fiscal: { initial: '202.64', adjusted: '132.912', executed: '132.912' } } }),
      errors: [{ messageId: 'cutToSpent', path: 'funds.total.adjusted', data: { initial: '202.64', executed: '132.912', change: '-34.41%', initialRate: '65.59%' } }],
    },
    exampleCase(examples.wrong),
    {
      name: 'a cut without a word',
      ev: form({ funds: { total: { initial: '150' }, fiscal: { initial: '150' } } }),
      errors: [{ messageId: 'unexplained', path: 'funds.total.adjusted', data: { change: '-33.33%' } }],
    },
  ],
});

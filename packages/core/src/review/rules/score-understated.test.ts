import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './score-understated';

// Table test for score-understated: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a single low score next to a proper one is not the double weight', ev: form({ indicators: withRows({ 0: { score: 20 } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'one cautious score',
      ev: form({ indicators: withRows({ 0: { score: 18 } }) }),
      errors: [{ messageId: 'below', path: 'indicators[0].score', data: { claimed: '18', min: '20' } }],
    },
  ],
});

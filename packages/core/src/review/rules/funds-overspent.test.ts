import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-overspent';

// Table test for funds-overspent: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'executed equal to the budget', ev: form({ funds: { total: { executed: '100', rate: '100%', score: 10 }, fiscal: { executed: '100', rate: '100%' } } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'negative carry-over',
      ev: form({ funds: { carryover: { initial: '-5' } } }),
      errors: [{ messageId: 'negative', path: 'funds.carryover.initial', data: { amount: '-5' } }],
    },
  ],
});

import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-total-sum';

// Table test for funds-total-sum: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'sources without a total row are not summed when all blank', ev: form({ funds: { fiscal: null } }) },
    { name: 'exact decimals: 42 + 3.8966 = 45.8966', ev: form({ funds: { total: { initial: '45.8966', adjusted: '45.8966', executed: '45.8966', rate: '100%', score: 10 }, fiscal: { initial: '42', adjusted: '42', executed: '42' }, carryover: { initial: '3.8966', adjusted: '3.8966', executed: '3.8966' } } }) },
  ],
  invalid: [
    {
      name: 'a total row printed 0 beside amounts in a source: one finding, not one per column',
      ev: form({ funds: { total: { initial: '0', adjusted: '0', executed: '0' }, fiscal: { initial: '90', adjusted: '89.974', executed: '89.974' } } }),
      errors: [{ messageId: 'empty', path: 'funds.total', data: { initial: '90', adjusted: '89.974', executed: '89.974' } }],
    },
    exampleCase(examples.wrong),
    {
      name: 'blank total beside a filled source',
      ev: form({ funds: { total: { executed: null } } }),
      errors: [{ messageId: 'mismatch', path: 'funds.total.executed', data: { total: '（空）', sum: '95' } }],
    },
  ],
});

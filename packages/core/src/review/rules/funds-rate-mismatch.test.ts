import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './funds-rate-mismatch';

// Table test for funds-rate-mismatch: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'printed 86% for 86.2% is within tolerance', ev: form({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 8.62 }, fiscal: null } }) },
    { name: 'no printed rate', ev: form({ funds: { total: { rate: null }, fiscal: { rate: null } } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'rate computed on the initial budget',
      ev: form({ funds: { total: { initial: '80', adjusted: '100', executed: '80', rate: '100%', score: 8 }, fiscal: null } }),
      errors: [{ messageId: 'onInitial', path: 'funds.total.rate', data: { printed: '100%', computed: '80%' } }],
    },
    {
      name: 'a tighter tolerance catches 86% against 86.2%',
      ev: form({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 8.62 }, fiscal: null } }),
      options: { tolerance: 0.001 },
      errors: [{ messageId: 'mismatch', path: 'funds.total.rate', data: { computed: '86.2%' } }],
    },
    {
      name: 'a full-width printed rate is read as scoring reads it',
      ev: form({ funds: { total: { initial: '100', adjusted: '100', executed: '80', rate: '１００％', score: 8 }, fiscal: null } }),
      errors: [{ messageId: 'mismatch', path: 'funds.total.rate', data: { printed: '100%', computed: '80%' } }],
    },
  ],
});

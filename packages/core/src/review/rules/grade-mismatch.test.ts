import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './grade-mismatch';

// Table test for grade-mismatch: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'no printed total and no claims', ev: form({ total: { score: null } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'tiered template grades 优 from 80',
      template: 'mof-2020-tiered',
      ev: form({ indicators: withRows({ 0: { actual: '20家' }, 4: { actual: '10家' } }) }),
      errors: [{ messageId: 'above', path: 'total.score', data: { claimedGrade: '优' } }],
    },
  ],
});

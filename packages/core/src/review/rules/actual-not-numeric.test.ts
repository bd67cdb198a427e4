import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './actual-not-numeric';

// Table test for actual-not-numeric: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a qualitative target may have a qualitative actual', ev: form({ indicators: withRows({ 4: { target: '明显提升', actual: '企业经营能力明显提升' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a blank actual',
      ev: form({ indicators: withRows({ 1: { actual: '' } }) }),
      errors: [{ messageId: 'empty', path: 'indicators[1].actual', data: { target: '≥90%' } }],
    },
    {
      name: '"无" against a rate',
      ev: form({ indicators: withRows({ 1: { actual: '无' } }) }),
      errors: [{ messageId: 'notNumeric', path: 'indicators[1].actual', data: { actual: '无' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './unverifiable-claim';

// Table test for unverifiable-claim: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'nothing claimed', ev: form({ indicators: withRows({ 5: { target: '中长期', actual: '中长期', score: 0, deviation: '无法衡量' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'prose without a number',
      ev: form({ indicators: withRows({ 5: { target: '持续发挥作用', actual: '持续发挥作用' } }) }),
      errors: [{ messageId: 'unverifiable', path: 'indicators[5].actual', data: { claimed: '15' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './deviation-missing';

// Table test for deviation-missing: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'the seed\'s 资金拨付时间: deducted, reason given', ev: form({ indicators: withRows({ 2: { target: '2020年10月30日', actual: '12月30日', weight: 10, score: 8, deviation: '受疫情影响' } }) }) },
    { name: 'over-achievement needs no deviation reason here', ev: form({ indicators: withRows({ 0: { actual: '150家' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a shortfall kept at full marks',
      ev: form({ indicators: withRows({ 0: { actual: '90家' } }) }),
      errors: [{ messageId: 'missing', path: 'indicators[0].deviation', data: { score: '20', weight: '20' } }],
    },
  ],
});

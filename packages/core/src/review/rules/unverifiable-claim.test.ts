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
      ev: form({ indicators: withRows({ 5: { target: '持续发挥作用', actual: '持续推进' } }) }),
      errors: [{ messageId: 'unverifiable', path: 'indicators[5].actual', data: { claimed: '15' } }],
    },
    {
      name: 'prose copying the target',
      ev: form({ indicators: withRows({ 5: { target: '持续发挥作用', actual: '持续发挥作用' } }) }),
      errors: [{ messageId: 'copiesTarget', path: 'indicators[5].actual', data: { claimed: '15' } }],
    },
    {
      name: 'an actual copying a bound target',
      ev: form({ indicators: withRows({ 3: { actual: '≤100万元' } }) }),
      errors: [{ messageId: 'copiesTarget', path: 'indicators[3].actual', data: { actual: '≤100万元', claimed: '10' } }],
    },
    {
      name: 'several rows with the same verdict: one finding naming them all',
      ev: form({ indicators: withRows({ 4: { target: '效益明显', actual: '达成预期指标' }, 5: { target: '持续发挥作用', actual: '达成预期指标。' } }) }),
      errors: [{ messageId: 'verdictRows', path: 'indicators[4].actual', data: { rows: '5、6', count: 2, claimed: '30' } }],
    },
    {
      name: 'several actuals copying their targets: one finding',
      ev: form({ indicators: withRows({ 0: { actual: '≥100家' }, 3: { actual: '≤100万元' } }) }),
      errors: [{ messageId: 'copiesTargetRows', path: 'indicators[0].actual', data: { rows: '1、4', count: 2, claimed: '30' } }],
    },
    {
      name: 'a verdict as the actual of a qualitative target',
      ev: form({ indicators: withRows({ 5: { target: '效益明显', actual: '达成预期指标' } }) }),
      errors: [{ messageId: 'verdict', path: 'indicators[5].actual', data: { actual: '达成预期指标', claimed: '15' } }],
    },
  ],
});

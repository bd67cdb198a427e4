import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './score-inflated';

// Table test for score-inflated: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'proportional score claimed', ev: form({ indicators: withRows({ 0: { actual: '90家', score: 18, deviation: '疫情影响' } }), total: { score: 97.5 } }) },
    { name: 'qualitative band: 达成 may claim full marks', ev: form({ indicators: withRows({ 4: { target: '明显提升', actual: '企业经营能力明显提升' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a ceiling exceeded with full marks',
      ev: form({ indicators: withRows({ 3: { target: '≤90万元' } }) }),
      errors: [{ messageId: 'inflated', path: 'indicators[3].score', data: { claimed: '10', max: '9.47' } }],
    },
  ],
});

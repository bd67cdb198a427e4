import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './over-achievement';

// Table test for over-achievement: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'exactly at the 20% threshold', ev: form({ indicators: withRows({ 0: { actual: '120家' } }) }) },
    { name: 'over-achieved but points deducted', ev: form({ indicators: withRows({ 0: { actual: '150家', score: 18, deviation: '目标偏低，扣2分' } }), total: { score: 97.5 } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a reason given: weaker, info',
      ev: form({ indicators: withRows({ 0: { target: '≥20家', actual: '35', weight: 20, score: 20, deviation: '报名参赛企业较多' } }) }),
      errors: [{ messageId: 'explained', path: 'indicators[0].actual', severity: 'info', data: { over: '75%' } }],
    },
  ],
});

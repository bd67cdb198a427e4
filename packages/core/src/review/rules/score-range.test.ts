import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './score-range';

// Table test for score-range: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a zero score is in range', ev: form({ indicators: withRows({ 1: { actual: '50%', score: 0, deviation: '考核未组织' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a negative score',
      ev: form({ indicators: withRows({ 1: { score: -1 } }) }),
      errors: [{ messageId: 'negative', path: 'indicators[1].score', data: { score: '-1' } }],
    },
    {
      name: 'an execution score above its weight',
      ev: form({ funds: { total: { score: 12 } } }),
      errors: [{ messageId: 'fundsAboveWeight', path: 'funds.total.score', data: { score: '12', weight: '10' } }],
    },
    {
      name: 'a negative execution score',
      ev: form({ funds: { total: { score: -1 } } }),
      errors: [{ messageId: 'fundsNegative', path: 'funds.total.score', data: { score: '-1' } }],
    },
  ],
});

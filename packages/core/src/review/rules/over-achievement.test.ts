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
    {
      name: 'a template without 分值 column: a scored row far above its target is still a target set too low',
      ev: form({ indicators: withRows({}).map((r, i) => ({ ...r, weight: null, ...(i === 0 ? { target: '≧60个', actual: '105个', score: 5 } : {}) })) }),
      errors: [{ messageId: 'tooLowUnweighted', path: 'indicators[0].actual', data: { over: '75%', claimed: '5' } }],
    },
    exampleCase(examples.wrong),
    {
      name: 'a reason given: weaker, info',
      ev: form({ indicators: withRows({ 0: { target: '≥20家', actual: '35', weight: 20, score: 20, deviation: '因省里追加名额，报名参赛企业较多' } }) }),
      errors: [{ messageId: 'explained', path: 'indicators[0].actual', severity: 'info', data: { over: '75%' } }],
    },
    {
      name: 'a switch that is no contradiction is a reason',
      ev: form({ indicators: withRows({ 0: { actual: '150家', deviation: '线下无法进行，改为线上进行，覆盖面扩大' } }) }),
      errors: [{ messageId: 'explained', path: 'indicators[0].actual', severity: 'info' }],
    },
    {
      name: 'a "reason" that only restates the fact keeps the warning',
      ev: form({ indicators: withRows({ 0: { target: '≥20家', actual: '35', weight: 20, score: 20, deviation: '报名参赛企业较多' } }) }),
      errors: [{ messageId: 'notAReason', path: 'indicators[0].actual', severity: 'warning', data: { over: '75%', reason: '报名参赛企业较多', why: '只是重述超出的事实' } }],
    },
    {
      name: 'a "reason" that contradicts itself keeps the warning',
      ev: form({ indicators: withRows({ 0: { target: '≥600人', actual: '900', weight: 20, score: 20, deviation: '线上无法进行，改为线上进行' } }) }),
      errors: [{ messageId: 'notAReason', path: 'indicators[0].actual', severity: 'warning', data: { over: '50%', why: '前后矛盾' } }],
    },
  ],
});

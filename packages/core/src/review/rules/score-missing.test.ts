import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './score-missing';

// Table test for score-missing: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'an empty template row is template-leftover\'s concern', ev: form({ indicators: withRows({}, [{ level2: '生态效益指标' }]) }) },
    {
      name: 'a layout with no 分值 column: scores only, points in the block headings',
      ev: form({ indicators: withRows({}).map((r) => ({ ...r, weight: null })) }),
    },
    {
      name: 'a score printed but unreadable ("IO") is not missing: value-unreadable reports it',
      ev: (() => {
        const ev = form({ indicators: withRows({ 1: { score: null } }) });
        ev.source = { unreadable: ['indicators[1].score'], unreadableText: { 'indicators[1].score': 'IO' } };
        return ev;
      })(),
    },
    {
      name: 'a row whose label states its points',
      ev: form({ indicators: withRows({ 1: { name: '决策依据(4分)', weight: null, score: 4 } }) }),
    },
  ],
  invalid: [
    {
      name: 'a weighted funds row with a blank 得分',
      ev: form({ funds: { total: { score: null } } }),
      errors: [{ messageId: 'fundsScoreMissing', path: 'funds.total.score', data: { weight: 10 } }],
    },
    exampleCase(examples.wrong),
    {
      name: 'a score without a weight',
      ev: form({ indicators: withRows({ 1: { weight: null } }) }),
      errors: [{ messageId: 'weightMissing', path: 'indicators[1].weight', data: { score: 10 } }],
    },
    {
      name: 'a form without score columns',
      ev: form({
        funds: { total: { weight: null, score: null } },
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '储备粮规模', target: '5000吨', actual: '5000吨' },
          { level1: '效益指标', level2: '经济效益指标', name: '利息费用保障率', target: '100%', actual: '100%' },
        ],
        total: { weight: null, score: null },
      }),
      errors: [{ messageId: 'noScores', path: '' }],
    },
  ],
});

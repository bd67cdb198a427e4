import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './score-understated';

// Table test for score-understated: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a single low score next to a proper one is not the double weight', ev: form({ indicators: withRows({ 0: { score: 20 } }) }) },
    {
      // Corpus 109 (基本公共卫生服务): 指标15 5662人 → 4044人 scored 1.4 of 2 where 2×4044/5662 = 1.43 is supported.
      name: 'a self-score within half a point of the supported one is rounding (109 指标15: 1.4 for 1.43)',
      ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '指标15:老年人体检数', target: '5662人', actual: '4044人', weight: 2, score: 1.4 }] }),
    },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'one cautious score',
      ev: form({ indicators: withRows({ 0: { score: 18 } }) }),
      errors: [{ messageId: 'below', path: 'indicators[0].score', data: { claimed: '18', min: '20' } }],
    },
    {
      // Corpus 126: 政策知晓率 =100% → 98% scored 9 of 10 where 9.8 is supported: 0.8 below, reported.
      name: 'a deduction larger than the rounding margin (126 政策知晓率 9 for 9.8)',
      ev: form({ indicators: [{ level1: '效益指标', level2: '社会效益指标', name: '政策知晓率', target: '=100%', actual: '98%', weight: 10, score: 9 }] }),
      errors: [{ messageId: 'below', path: 'indicators[0].score', data: { claimed: '9', min: '9.8' } }],
    },
  ],
});

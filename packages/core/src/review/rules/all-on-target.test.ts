import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './all-on-target';

// Table test for all-on-target: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'every row full but points lost on funds: the total is not full', ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '造林面积', target: '1.2万亩', actual: '1.3万亩', weight: 50, score: 50 }, { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率提高', target: '≥0.5%', actual: '0.6%', weight: 30, score: 30 }, { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 }] }) },
    { name: 'clean base form', ev: form() },
    { name: 'one row above its target breaks the pattern', ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '造林面积', target: '1.2万亩', actual: '1.3万亩', weight: 50, score: 50 }, { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率提高', target: '≥0.5%', actual: '0.5%', weight: 30, score: 30 }, { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '90%', weight: 10, score: 10 }] }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'units converted before comparing',
      ev: form({ indicators: [{ level1: '产出指标', level2: '数量指标', name: '造林面积', target: '1.2万亩', actual: '12000亩', weight: 50, score: 50 }, { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率提高', target: '≥0.5%', actual: '0.5%', weight: 30, score: 30 }, { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '90%', weight: 10, score: 10 }] }),
      errors: [{ messageId: 'allExact', path: 'indicators', data: { count: 3 } }],
    },
    {
      name: 'every row full and the total 100',
      ev: form({ total: { score: 100 }, funds: { total: { executed: '100', rate: '100%', score: 10 } }, indicators: [{ level1: '产出指标', level2: '数量指标', name: '造林面积', target: '1.2万亩', actual: '1.3万亩', weight: 50, score: 50 }, { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率提高', target: '≥0.5%', actual: '0.6%', weight: 30, score: 30 }, { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 }] }),
      errors: [{ messageId: 'allFull', path: 'indicators', data: { count: 3, total: '，总分 100' } }],
    },
  ],
});

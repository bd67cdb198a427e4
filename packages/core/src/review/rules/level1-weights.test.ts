import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './level1-weights';

// Table test for level1-weights: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    {
      name: 'blocks weighted as their cells state (产出40/效益40/满意度20), far from the template',
      ev: form({
        indicators: [
          { level1: '产出指标(40分)', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 40, score: 40 },
          { level1: '效益指标(40分)', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 40, score: 40 },
          { level1: '满意度指标(20分)', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 20, score: 20 },
        ],
      }),
    },
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    {
      name: 'a block with no row at all is missing-category\'s finding, not a weight of 0',
      ev: form({ indicators: withRows({}).filter((r) => r.level1 !== '效益指标' && r.level2 !== '社会效益指标' && r.level2 !== '可持续影响指标') }),
    },
    { name: 'no satisfaction block, its points moved to benefits', ev: form({ indicators: withRows({ 4: { weight: 20, score: 20 } }).slice(0, 6) }) },
    { name: 'the template prescribes no first-level weights', ev: form({ template: 'indicators-100', funds: { total: { weight: 100, score: 95 } }, indicators: withRows({ 0: { weight: 70, score: 70 }, 4: { weight: 5, score: 5 }, 5: { weight: 5, score: 5 } }) }) },
  ],
  invalid: [
    {
      name: 'a block short of the points its own cell states: the form is believed, not the template',
      ev: form({
        indicators: [
          { level1: '产出指标(40分)', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 40, score: 40 },
          { level1: '效益指标(40分)', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
          { level1: '满意度指标(20分)', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 20, score: 20 },
        ],
      }),
      errors: [{ messageId: 'stated', path: 'indicators', data: { level1: '效益指标', actual: '30', stated: '40' } }],
    },
    exampleCase(examples.wrong),
    {
      name: 'a wider tolerance still catches a 20-point gap',
      ev: form({ indicators: withRows({ 0: { weight: 40, score: 40 }, 4: { weight: 5, score: 5 }, 5: { weight: 5, score: 5 } }) }),
      options: { tolerance: 10 },
      errors: [
        { messageId: 'off', path: 'indicators', data: { level1: '产出指标', actual: '70' } },
        { messageId: 'off', path: 'indicators', data: { level1: '效益指标', actual: '10' } },
      ],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './missing-category';

// Table test for missing-category: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'cost as its own first level (101号) counts', ev: form({ indicators: withRows({ 3: { level1: '成本指标', level2: '经济成本指标' }, 4: { level1: '效益指标' } }) }) },
    { name: 'no satisfaction block but its points moved to benefits', ev: form({ indicators: withRows({ 4: { weight: 25, score: 25 } }).slice(0, 6) }) },
    {
      name: 'a page that starts inside the output block (no header row, the first 一级 cell blank): the kinds above it are not on the page',
      ev: form({
        layout: { title: false, header: false, goals: false, funds: false, indicatorHeader: false, total: true },
        indicators: [
          { level1: '', level2: '成本指标(5分)', name: '成本控制率', target: '±10%', actual: '8%', weight: 5, score: 5 },
          { level1: '效益指标(30分)', level2: '社会效益指标(30分)', name: '调研报告采纳数', target: '≥5篇', actual: '6篇', weight: 30, score: 30 },
          { level1: '满意度指标(10分)', level2: '服务对象满意度指标(10分)', name: '群众满意度', target: '98%', actual: '98%', weight: 10, score: 10 },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a page without its header row that starts at the table\'s first row (产出指标 printed) is judged',
      ev: form({
        layout: { title: false, header: false, goals: false, funds: false, indicatorHeader: false, total: true },
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '足额保障率', target: '=100%', actual: '100%', weight: 45, score: 45 },
          { level2: '时效指标', name: '按时发放率', target: '=100%', actual: '100%', weight: 45, score: 45 },
          { level1: '效益指标', level2: '经济效益指标', name: '结余率', target: '≤5%', actual: '3%', weight: 10, score: 10 },
        ],
      }),
      errors: [
        { messageId: 'level2', path: 'indicators', data: { name: '质量指标' } },
        { messageId: 'level2', path: 'indicators', data: { name: '成本指标' } },
      ],
    },
    exampleCase(examples.wrong),
    {
      name: 'no satisfaction block and no re-weighting',
      ev: form({ indicators: withRows({}).slice(0, 6) }),
      errors: [{ messageId: 'level1', path: 'indicators', data: { name: '满意度指标' } }],
    },
  ],
});

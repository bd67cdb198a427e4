import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './misfiled-indicator';

// Table test for misfiled-indicator: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    {
      name: 'economic and ecological rows that say what they measure',
      ev: form({
        indicators: withRows({
          4: { level2: '经济效益指标', name: '安全生产带动农户增收', target: '≥5万元', actual: '6万元' },
          5: { level2: '生态效益指标', name: '减少化肥使用降低生产成本', target: '≥5%', actual: '6%' },
        }),
      }),
    },
    { name: 'a cost-control rate under 成本指标 is a cost measure', ev: form({ indicators: withRows({ 3: { name: '结余率', target: '≤5%', actual: '2%' } }) }) },
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a satisfaction row named by who is surveyed', ev: form({ indicators: withRows({ 6: { name: '社会公众' } }) }) },
    { name: 'a placeholder row in the satisfaction block', ev: form({ indicators: withRows({ 6: { name: '指标2:' } }) }) },
    { name: 'people who benefit are a benefit', ev: form({ indicators: withRows({ 4: { name: '带动就业人数', target: '≥100人', actual: '120人' } }) }) },
    { name: 'a satisfaction rate in the satisfaction block', ev: form({ indicators: withRows({ 6: { name: '群众满意率' } }) }) },
  ],
  invalid: [
    {
      name: 'safety under 经济效益 and a cost under 生态效益 measure other effects',
      ev: form({
        indicators: withRows({
          4: { level2: '经济效益指标', name: '人員傷亡事故', target: '0起', actual: '0起' },
          5: { level2: '生态效益指标', name: '对控制基建项目成本影响程度', target: '效果明显', actual: '效果明显' },
        }),
      }),
      errors: [
        { messageId: 'wrongBenefit', path: 'indicators[4].name', data: { level2: '经济效益指标', domain: '经济效益' } },
        { messageId: 'wrongBenefit', path: 'indicators[5].name', data: { level2: '生态效益指标', domain: '生态效益' } },
      ],
    },
    {
      name: 'budget execution and management measures filed as outputs or benefits',
      ev: form({
        indicators: withRows({
          1: { name: '科目调整次数', target: '≤10次', actual: '3次' },
          2: { name: '预算资金执行率', target: '≥90%', actual: '100%' },
          4: { name: '结余率(计算方法为:结余数/预算数)', target: '≤5%', actual: '2%' },
        }),
      }),
      errors: [
        { messageId: 'budgetMeasure', path: 'indicators[1].name', data: { level2: '质量指标' } },
        { messageId: 'budgetMeasure', path: 'indicators[2].name', data: { level2: '时效指标' } },
        { messageId: 'budgetMeasure', path: 'indicators[4].name', data: { level2: '社会效益指标' } },
      ],
    },
    exampleCase(examples.wrong),
    {
      name: 'an outcome in the satisfaction block',
      ev: form({ indicators: withRows({ 6: { name: '粮食安全事件发生数', target: '0起', actual: '0起' } }) }),
      errors: [{ messageId: 'notSatisfaction', path: 'indicators[6].name' }],
    },
    {
      name: 'meetings held, filed as a social benefit (info)',
      ev: form({ indicators: withRows({ 4: { name: '年组织银企对接不低于2次，帮助企业降低融资成本。', target: '≥2次', actual: '实际完成2次' } }) }),
      errors: [{ messageId: 'outputAsBenefit', path: 'indicators[4].name', severity: 'info', data: { target: '≥2次', level2: '社会效益指标' } }],
    },
    {
      name: 'a traditional-character name in the satisfaction block',
      ev: form({ indicators: withRows({ 6: { name: '整編資料審核', target: '≥98%', actual: '98%' } }) }),
      errors: [{ messageId: 'notSatisfaction', path: 'indicators[6].name' }],
    },
  ],
});

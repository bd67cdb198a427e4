import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './target-too-low';

// Table test for target-too-low: the docs example plus rows of real forms.
const row = (name: string, target: string, actual: string) => ({ level1: '产出指标', level2: '质量指标', name, target, actual, weight: 2, score: 2 });

ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    // Corpus 124 (部门整体支出): lower-is-better rates beside the 预算完成率 row are no floors.
    { name: '预算调整率 3% and 结转结余率 2% are ceilings', ev: form({ indicators: [row('预算调整率', '3%', '0'), row('结转结余率', '2%', '0')] }) },
    // Corpus 116: fertiliser delivered, not funds.
    { name: '到位率 of goods is not a funds measure', ev: form({ indicators: [row('示范区配方肥到位率', '≧80%', '100%')] }) },
    { name: 'a full execution target', ev: form({ indicators: [row('预算执行率', '100%', '100%')] }) },
    // An outcome the unit does not control may honestly be targeted lower.
    { name: 'an outcome rate is not a completion of planned work', ev: form({ indicators: [row('贫困人口就业率', '≥60%', '65%')] }) },
    { name: 'a ceiling on an execution rate is direction-contradiction\'s matter', ev: form({ indicators: [row('预算执行率', '≤80%', '76%')] }) },
    { name: 'a zero floor is target-cannot-fail\'s', ev: form({ indicators: [row('资金到位率', '≥0%', '100%')] }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      // Corpus 124: 预算完成率 target 70%, completion 76%, full marks.
      name: 'a budget completion target of 70% (124)',
      ev: form({ indicators: [row('财政供养人员控制率', '100%', '92%'), row('预算完成率', '70%', '76%')] }),
      errors: [{ messageId: 'budget', path: 'indicators[1].target', data: { target: '70%', min: 90 } }],
    },
    {
      name: 'a funds arrival rate and a task completion rate set at 80%',
      ev: form({ indicators: [row('资金到位率', '≥80%', '100%'), row('年度任务完成率', '≥80%', '100%')] }),
      errors: [
        { messageId: 'budget', path: 'indicators[0].target', data: { target: '≥80%' } },
        { messageId: 'completion', path: 'indicators[1].target', data: { target: '≥80%' } },
      ],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './cost-vs-funds';

// Table test for cost-vs-funds: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a per-unit cost is not compared with the total', ev: form({ indicators: withRows({ 3: { name: '人均培训成本', target: '≤1万元/人', actual: '0.9万元/人' } }) }) },
    { name: 'a cost per person, in 元 without a per-unit', ev: form({ indicators: withRows({ 3: { name: '配套资金每人每年', target: '75元', actual: '75元' } }) }) },
    { name: 'cost rows that add up to the executed funds', ev: form({ indicators: withRows({ 3: { name: '办公所需成本', target: '≤60万元', actual: '60万元' } }, [{ level2: '成本指标', name: '维修所需成本', target: '≤35万元', actual: '35万元', weight: 0, score: 0 }]) }) },
    { name: 'a 100% cost rate with execution near 100%', ev: form({ indicators: withRows({ 3: { name: '成本控制率', target: '100%', actual: '100%' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a cost far below the funds executed in full: a warning',
      ev: form({ funds: { total: { executed: '100', rate: '100%', score: 10 } }, indicators: withRows({ 3: { target: '≤42万元', actual: '25万元' } }) }),
      errors: [{ messageId: 'amountShort', path: 'indicators[3].actual', severity: 'warning', data: { executed: '100' } }],
    },
    {
      name: 'a cost far above the funds spent: a note, not a warning',
      ev: form({ funds: { total: { executed: '100', rate: '100%', score: 10 } }, indicators: withRows({ 3: { target: '≤150万元', actual: '150万元' } }) }),
      errors: [{ messageId: 'amount', path: 'indicators[3].actual', severity: 'info', data: { executed: '100' } }],
    },
    {
      name: 'a cost far below the funds spent when execution is partial: a note',
      ev: form({ funds: { total: { initial: '100', adjusted: '100', executed: '60', rate: '60%', score: 6 }, fiscal: null }, indicators: withRows({ 3: { target: '≤42万元', actual: '25万元' } }) }),
      errors: [{ messageId: 'amount', path: 'indicators[3].actual', severity: 'info', data: { executed: '60' } }],
    },
    {
      name: 'a 100% cost-control rate beside 86% execution',
      ev: form({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 8.62 }, fiscal: null }, indicators: withRows({ 3: { name: '成本控制率', target: '100', actual: '100' } }) }),
      errors: [{ messageId: 'rate', path: 'indicators[3].actual', severity: 'warning', data: { rate: '86.2%' } }],
    },
  ],
});

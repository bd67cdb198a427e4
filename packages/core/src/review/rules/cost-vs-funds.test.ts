import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './cost-vs-funds';

// Table test for cost-vs-funds: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a per-unit cost is not compared with the total', ev: form({ indicators: withRows({ 3: { name: '人均培训成本', target: '≤1万元/人', actual: '0.9万元/人' } }) }) },
    { name: 'a 100% cost rate with execution near 100%', ev: form({ indicators: withRows({ 3: { name: '成本控制率', target: '100%', actual: '100%' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a 100% cost-control rate beside 86% execution',
      ev: form({ funds: { total: { initial: '43.2', adjusted: '43.2', executed: '37.24', rate: '86%', score: 8.62 }, fiscal: null }, indicators: withRows({ 3: { name: '成本控制率', target: '100', actual: '100' } }) }),
      errors: [{ messageId: 'rate', path: 'indicators[3].actual', severity: 'warning', data: { rate: '86.2%' } }],
    },
  ],
});

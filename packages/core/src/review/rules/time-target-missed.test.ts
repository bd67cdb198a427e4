import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './time-target-missed';

// Table test for time-target-missed: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a deadline as 年底前 met', ev: form({ indicators: withRows({ 2: { target: '年底前', actual: '2020年12月20日' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'late, deducted and explained: info',
      ev: form({ indicators: withRows({ 2: { target: '2020年10月30日', actual: '12月30日', score: 8, deviation: '受疫情影响' } }), total: { score: 97.5 } }),
      errors: [{ messageId: 'lateExplained', path: 'indicators[2].actual', severity: 'info' }],
    },
    {
      name: 'an actual that is not a date, deducted and explained: info',
      ev: form({ indicators: withRows({ 2: { actual: '未完成', score: 0, deviation: '场地未落实' } }), total: { score: 89.5 } }),
      errors: [{ messageId: 'notDoneExplained', path: 'indicators[2].actual', severity: 'info', data: { actual: '未完成' } }],
    },
    {
      name: 'an actual that is not a date, no reason given',
      ev: form({ indicators: withRows({ 2: { actual: '未完成', score: 0, deviation: '' } }), total: { score: 89.5 } }),
      errors: [{ messageId: 'notDone', path: 'indicators[2].actual', severity: 'warning', data: { actual: '未完成' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './time-target-stale';

// Table test for time-target-stale: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a date without a year falls in the form year', ev: form({ indicators: withRows({ 2: { target: '12月31日前' } }) }) },
    { name: 'a bare earlier year is context, not a deadline', ev: form({ indicators: withRows({ 0: { target: '高于2019年水平' } }) }) },
    { name: 'a year in the name of a non-time row is history', ev: form({ indicators: withRows({ 0: { name: '2019年结转项目完成数' } }) }) },
    { name: 'a later year is no finding', ev: form({ indicators: withRows({ 2: { target: '2021年3月31日前' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'the deadline in the name of a time indicator, row number glued on',
      ev: { ...form({ indicators: withRows({ 2: { name: '指标12021年11月30日前完成资金支付', target: '11月底完成100%' } }) }), year: 2022 },
      errors: [{ messageId: 'stale', path: 'indicators[2].name', data: { deadline: '2021年11月30日', year: 2022 } }],
    },
    {
      name: 'a month deadline a year early',
      ev: form({ indicators: withRows({ 2: { target: '2019年12月底前' } }) }),
      errors: [{ messageId: 'stale', path: 'indicators[2].target' }],
    },
  ],
});

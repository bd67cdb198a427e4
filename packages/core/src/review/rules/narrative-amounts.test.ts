import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './narrative-amounts';

// Table test for narrative-amounts: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'the seed\'s 42万元 + 3.8966万元', ev: form({ funds: { total: { initial: '45.8966', adjusted: '45.8966', executed: '45.8966', rate: '100%', score: 10 }, fiscal: { initial: '42', adjusted: '42', executed: '42', rate: '100%' }, carryover: { initial: '3.8966', adjusted: '3.8966', executed: '3.8966', rate: '100%' } }, goals: { actual: '安排培训项目资金42万元，上年结余资金3.8966万元，完成培训。' } }) },
    { name: '45.90万元 is 45.8966 at the printed precision', ev: form({ funds: { total: { initial: '45.8966', adjusted: '45.8966', executed: '45.8966', rate: '100%', score: 10 }, fiscal: { initial: '42', adjusted: '42', executed: '42', rate: '100%' }, carryover: { initial: '3.8966', adjusted: '3.8966', executed: '3.8966', rate: '100%' } }, goals: { actual: '全年支出资金45.90万元，完成培训。' } }) },
    { name: '458966元 is 45.8966万元', ev: form({ funds: { total: { initial: '45.8966', adjusted: '45.8966', executed: '45.8966', rate: '100%', score: 10 }, fiscal: { initial: '42', adjusted: '42', executed: '42', rate: '100%' }, carryover: { initial: '3.8966', adjusted: '3.8966', executed: '3.8966', rate: '100%' } }, goals: { actual: '全年支出资金458966元，完成培训。' } }) },
    { name: 'a table printed to 10元 matches an amount to the 分', ev: form({ funds: { total: { initial: '132.912', adjusted: '132.912', executed: '132.912', rate: '100%', score: 10 }, fiscal: null }, goals: { actual: '全年支出1329120.67元，完成培训。' } }) },
    { name: 'a small part of the budget', ev: form({ goals: { actual: '其中专家费5万元，完成培训105家。' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'an amount beyond the whole budget',
      ev: form({ goals: { actual: '全年支出资金300万元，完成培训105家。' } }),
      errors: [{ messageId: 'exceeds', path: 'goals.actual', data: { amount: '300万元', max: '100' } }],
    },
    {
      name: 'a table printed with zeros keeps its precision: 89.97 is not 90.00',
      ev: form({ funds: { total: { initial: '90.00', adjusted: '90.00', executed: '90.00', rate: '100%', score: 10 }, fiscal: null }, goals: { actual: '全年支出89.97万元，完成培训。' } }),
      errors: [{ messageId: 'differs', path: 'goals.actual', data: { amount: '89.97万元', near: '90' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './target-unmeasurable';

// Table test for target-unmeasurable: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a timeliness rate is accepted practice', ev: form({ indicators: withRows({ 2: { name: '项目完成及时率', target: '100%', actual: '100%' } }) }) },
    // Real rows: corpus 119, 122 and 115.
    { name: '及时性 as a share (119)', ev: form({ indicators: withRows({ 2: { name: '资金拨付及时性', target: '98%以上', actual: '100%' } }) }) },
    { name: 'a rate within a stated window (122)', ev: form({ indicators: withRows({ 2: { name: '森林火災6小時內撲滅率', target: '不低于95%', actual: '100%' } }) }) },
    { name: 'a deadline beside the share (115)', ev: form({ indicators: withRows({ 2: { name: '指标12021年11月30日前完成资金支付', target: '11月底完成100%', actual: '100%' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'a time target that is not a deadline',
      ev: form({ indicators: withRows({ 2: { name: '当期完成', target: '90%', actual: '100%' } }) }),
      errors: [{ messageId: 'timeNotDate', path: 'indicators[2].target', data: { target: '90%' } }],
    },
    {
      name: '中长期',
      ev: form({ indicators: withRows({ 5: { target: '中长期', actual: '中长期' } }) }),
      errors: [{ messageId: 'vague', path: 'indicators[5].target', data: { target: '中长期' } }],
    },
  ],
});

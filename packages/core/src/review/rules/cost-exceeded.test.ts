import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './cost-exceeded';

// Table test for cost-exceeded: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'an actual written as a bound proves no excess', ev: form({ indicators: withRows({ 3: { target: '≤5万元', actual: '≤5万元' } }) }) },
    { name: 'units converted: 950000元 within ≤100万元', ev: form({ indicators: withRows({ 3: { actual: '950000元' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'converted units: 120万元 over ≤100万元',
      ev: form({ indicators: withRows({ 3: { actual: '1200000元', score: 8.33, deviation: '材料涨价' } }) }),
      errors: [{ messageId: 'exceeded', path: 'indicators[3].actual', data: { actual: '1200000元' } }],
    },
  ],
});

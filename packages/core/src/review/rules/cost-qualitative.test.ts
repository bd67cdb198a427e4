import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './cost-qualitative';

// Table test for cost-qualitative: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a unit cost is quantitative', ev: form({ indicators: withRows({ 3: { target: '每亩300元', actual: '每亩300元' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: '严格控制',
      ev: form({ indicators: withRows({ 3: { target: '严格控制', actual: '已控制' } }) }),
      errors: [{ messageId: 'qualitative', path: 'indicators[3].target', data: { target: '严格控制' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './template-leftover';

// Table test for template-leftover: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a star in a deviation is not a name placeholder', ev: form({ indicators: withRows({ 0: { deviation: '★重点项目' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'an empty template row',
      ev: form({ indicators: withRows({}, [{ level2: '生态效益指标' }]) }),
      errors: [{ messageId: 'emptyRow', path: 'indicators[7]', data: { count: 1 } }],
    },
    {
      name: '指标1 prefixes',
      ev: form({ indicators: withRows({ 0: { name: '指标1培训企业数' }, 1: { name: '指标2培训考核合格率' } }) }),
      errors: [{ messageId: 'placeholder', path: 'indicators[0].name', data: { count: 2, example: '指标1培训企业数' } }],
    },
  ],
});

import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './template-leftover';

// Table test for template-leftover: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a star in a deviation is not a name placeholder', ev: form({ indicators: withRows({ 0: { deviation: '★重点项目' } }) }) },
    // Corpus 109 and 110: 指标N numbers a real indicator (指标1:居民健康档案, 指标1:全县参合人数); nothing is left to fill.
    { name: '指标N: numbering a named indicator', ev: form({ indicators: withRows({ 0: { name: '指标1:居民健康档案' }, 1: { name: '指标1:全县参合人数' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'an empty template row',
      ev: form({ indicators: withRows({}, [{ level2: '生态效益指标' }]) }),
      errors: [{ messageId: 'emptyRow', path: 'indicators[7]', data: { count: 1 } }],
    },
    {
      // Corpus 104 (银川市第六中学): rows whose name is only the template's 指标2:
      name: 'bare 指标N placeholders',
      ev: form({ indicators: withRows({ 0: { name: '指标2:' }, 1: { name: '指标3' } }) }),
      errors: [{ messageId: 'placeholder', path: 'indicators[0].name', data: { count: 2, example: '指标2:' } }],
    },
  ],
});

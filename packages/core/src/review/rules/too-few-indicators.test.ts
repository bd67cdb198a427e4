import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './too-few-indicators';

// Table test for too-few-indicators: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'exactly the minimum', ev: form({ indicators: withRows({}).slice(0, 3) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'blank rows do not count',
      ev: form({ indicators: [...withRows({}).slice(0, 2), { level2: '生态效益指标' }] }),
      errors: [{ messageId: 'tooFew', path: 'indicators', data: { count: 2, min: 3 } }],
    },
  ],
});

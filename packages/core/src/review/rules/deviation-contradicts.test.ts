import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './deviation-contradicts';

// Table test for deviation-contradicts: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a shortfall explained by a matching share', ev: form({ indicators: withRows({ 0: { actual: '87家', score: 17.4, deviation: '未完成13%，因疫情停课' } }), total: { score: 96.9 } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'full marks, yet the reason describes a delay',
      ev: form({ indicators: withRows({ 1: { deviation: '考核工作滞后' } }) }),
      errors: [{ messageId: 'fullButShortfall', path: 'indicators[1].deviation', data: { reason: '考核工作滞后' } }],
    },
  ],
});

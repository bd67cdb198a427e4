import { exampleCase, exampleForm as form, withRows } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './misfiled-indicator';

// Table test for misfiled-indicator: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a satisfaction rate in the satisfaction block', ev: form({ indicators: withRows({ 6: { name: '群众满意率' } }) }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'an outcome in the satisfaction block',
      ev: form({ indicators: withRows({ 6: { name: '粮食安全事件发生数', target: '0起', actual: '0起' } }) }),
      errors: [{ messageId: 'notSatisfaction', path: 'indicators[6].name' }],
    },
  ],
});

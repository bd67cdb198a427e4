import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './goal-copy';

// Table test for goal-copy: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a short goal is not judged', ev: form({ goals: { expected: '完成培训', actual: '完成培训' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'numbers only',
      ev: form({ goals: { expected: '43.2', actual: '37.24' } }),
      errors: [
        { messageId: 'onlyNumber', path: 'goals.expected', data: { text: '43.2' } },
        { messageId: 'onlyNumber', path: 'goals.actual', data: { text: '37.24' } },
      ],
    },
  ],
});

import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './goals-empty';

// Table test for goals-empty: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'whitespace only is blank, text is not', ev: form({ goals: { expected: '完成培训' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'both blank',
      ev: form({ goals: { expected: '  ', actual: '' } }),
      errors: [
        { messageId: 'expectedEmpty', path: 'goals.expected' },
        { messageId: 'actualEmpty', path: 'goals.actual' },
      ],
    },
  ],
});

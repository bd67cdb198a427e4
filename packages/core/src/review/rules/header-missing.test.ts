import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './header-missing';

// Table test for header-missing: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'spaces around a name are fine', ev: form({ header: { department: ' 市工业和信息化局 ' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'no project name',
      ev: form({ header: { projectName: '' } }),
      errors: [{ messageId: 'missing', path: 'projectName', data: { field: '项目名称' } }],
    },
  ],
});

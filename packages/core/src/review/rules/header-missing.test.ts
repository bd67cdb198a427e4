import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './header-missing';

// Table test for header-missing: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'spaces around a name are fine', ev: form({ header: { department: ' 市工业和信息化局 ' } }) },
    { name: 'a name that starts like a pointer is a name', ev: form({ header: { implementer: '本溪市水利局', department: '同上海市合作办' } }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'no project name',
      ev: form({ header: { projectName: '' } }),
      errors: [{ messageId: 'missing', path: 'projectName', data: { field: '项目名称' } }],
    },
    {
      name: 'a unit given only as 本單位 (traditional) or 同上 is not named',
      ev: form({ header: { implementer: '本單位', department: '同上' } }),
      errors: [
        { messageId: 'notNamed', path: 'department', data: { field: '主管部门', text: '同上' } },
        { messageId: 'notNamed', path: 'implementer', data: { field: '实施单位', text: '本單位' } },
      ],
    },
  ],
});

import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './goal-copy';

// Table test for goal-copy: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    { name: 'a short goal is not judged', ev: form({ goals: { expected: '完成培训', actual: '完成培训' } }) },
    { name: 'the goal restated with the figures achieved', ev: form({ goals: { expected: '本项目共申请预算资金90万元，其中30万元用于预算编制，30万元用于审计。', actual: '本项目共完成预算资金89.97万元，其中30万元用于预算编制，29.97万元用于审计。' } }) },
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
    {
      name: 'only a verdict',
      ev: form({ goals: { actual: '完成年度目标。' } }),
      errors: [{ messageId: 'verdictOnly', path: 'goals.actual', data: { text: '完成年度目标。' } }],
    },
    {
      name: 'a verdict on the goal row, other sections below',
      ev: form({ goals: { actual: '完成\n2023年购买13台电脑，12月前完成资金支付。' } }),
      errors: [{ messageId: 'verdictOnly', path: 'goals.actual', data: { text: '完成' } }],
    },
    {
      name: 'the template instruction left in',
      ev: form({ goals: { actual: '对照年度目标，说明相关任务目标的完成情况（100字以内）' } }),
      errors: [{ messageId: 'instruction', path: 'goals.actual' }],
    },
    {
      name: 'a piece of the goal',
      ev: form({ goals: { expected: '对农村地区供水计量设施设备进行改进，对项目区农业用水计量，为项目区农业生产夯实基础。', actual: '对项目区农业用水计量，为项目区农业生产夯实基础。' } }),
      errors: [{ messageId: 'nearCopy', path: 'goals.actual' }],
    },
    {
      name: 'the goal lightly edited',
      ev: form({ goals: { expected: '提高医疗保障水平，推进因病致贫问题的根本性解决', actual: '提高医疗保障水平，推进了因病致贫问题的基本性解决' } }),
      errors: [{ messageId: 'nearCopy', path: 'goals.actual' }],
    },
  ],
});

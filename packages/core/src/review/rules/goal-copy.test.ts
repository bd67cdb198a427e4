import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './goal-copy';

// Table test for goal-copy: the docs examples plus cases at the edges.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'clean base form', ev: form() },
    {
      name: 'a long goal written once, its completion blank (goals-empty judges that)',
      ev: form({
        goals: {
          expected:
            '一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种繁育田850亩;二是企业自行采购马铃薯原原种200万粒,建成原种基地400亩,共计建成原种繁育基地1250亩',
          actual: '',
        },
      }),
    },
    { name: 'a short goal is not judged', ev: form({ goals: { expected: '完成培训', actual: '完成培训' } }) },
    { name: 'the goal restated with the figures achieved', ev: form({ goals: { expected: '本项目共申请预算资金90万元，其中30万元用于预算编制，30万元用于审计。', actual: '本项目共完成预算资金89.97万元，其中30万元用于预算编制，29.97万元用于审计。' } }) },
  ],
  invalid: [
    {
      name: 'the goal and its completion interleaved in one cell, nearly the same text twice',
      ev: form({
        goals: {
          expected:
            '维护林业、林区安全稳定,全完成维护林业、林区安全稳定,全区森林区森林资源、陆生野生动物资资源、陆生野生动物资源得到有效保护,源得到有效保护,松材线虫病松材线虫病疫情发生面积和病死松树株疫情发生面积和病死松树株实现双下降',
          actual: '',
        },
      }),
      errors: [{ messageId: 'merged', path: 'goals.actual' }],
    },
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

import { exampleCase, exampleForm as form } from '../example-form';
import { ruleTester } from '../rule-tester';
import { examples, rule } from './layout-unknown';

const UNKNOWN_ROWS = [
  { level1: '工作任务', level2: '重点工作', name: '培训企业数', target: '≥100家', actual: '105家', weight: 60, score: 60 },
  { level1: '工作成效', level2: '综合成效', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 40, score: 40 },
];

// Table test for layout-unknown: the docs examples, and detection from the form's own names.
ruleTester.run(rule, {
  valid: [
    exampleCase(examples.right),
    { name: 'one recognised 二级 is enough to know the layout', ev: form({ template: 'x', indicators: [{ ...UNKNOWN_ROWS[0], level2: '数量指标' }, UNKNOWN_ROWS[1]] }) },
  ],
  invalid: [
    exampleCase(examples.wrong),
    {
      name: 'detected when the form names no template',
      ev: form({ template: 'x', indicators: UNKNOWN_ROWS }),
      errors: [{ messageId: 'unknown', path: '', data: { evidence: { zh: '一级、二级指标名称均未能识别', en: 'no first- or second-level name is recognised' } } }],
    },
  ],
});

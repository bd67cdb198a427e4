/** layout-unknown: the form's layout is not recognised, so only template-free checks ran. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'layout-unknown',
  category: 'structure',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '未识别的表格样式', en: 'Unrecognised layout' },
    description: {
      zh: '表中一级、二级指标的名称都不在指标分类中时，无法判断它采用的评分模板。此时不套用任何模板：不检查一级指标分值、必设类别、分值合计、执行率得分和等级，只运行不依赖模板的检查（完成值、偏差原因、单位等），并以本条说明。',
      en: 'When neither a first- nor a second-level name of the form is in the indicator taxonomy, its scoring template cannot be told. No template is assumed: first-level weights, required categories, the weight sum, the execution score and the grade are not checked; only template-free checks run (actuals, reasons, units), and this finding says so.',
    },
    basis: { zh: '财预〔2020〕10号：评分模板（一级指标及分值）由各地财政部门确定。', en: '财预〔2020〕10号: the scoring template (first levels and their points) is set by each finance bureau.' },
    fix: { zh: '在配置中指定模板，或按标准表式填写一级、二级指标。', en: 'Name the template in the configuration, or use the standard first- and second-level names.' },
  },
  messages: {
    unknown: { zh: '未识别的表格样式（{evidence}）：只做不依赖模板的检查', en: 'unrecognised layout ({evidence}): only template-free checks were made' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    if (scored.template.recognised) return;
    report({ path: '', messageId: 'unknown', data: { evidence: scored.templateEvidence } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      template: 'unknown-layout',
      indicators: [
        { level1: '工作任务', level2: '重点工作', name: '培训企业数', target: '≥100家', actual: '105家', weight: 60, score: 60 },
        { level1: '工作成效', level2: '综合成效', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 40, score: 40 },
      ],
    },
    errors: [{ messageId: 'unknown', path: '' }],
  },
  right: { patch: {} },
};

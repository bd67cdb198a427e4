/** evidence-required: a full score on an indicator the template says needs 佐证材料, with no file attached. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'evidence-required',
  category: 'evidence',
  defaultSeverity: 'warning',
  usesTemplate: true,
  docs: {
    title: { zh: '自评满分但未附佐证材料', en: 'Full marks with no evidence attached' },
    description: {
      zh: '模板要求该类指标附佐证材料（如效益指标、满意度指标：效果和满意度调查无法从表上看出），自评报满分，却没有上传任何佐证材料。只在已知佐证材料情况时检查（系统中保存了上传的文件）；单独审核文件时不检查。',
      en: 'The template requires evidence for this kind of indicator (such as benefit and satisfaction indicators: an effect or a survey cannot be read off the form), the self-evaluation claims full marks, and no evidence file is attached. Checked only where evidence is known (the system holds the uploads); not when a file is reviewed on its own.',
    },
    basis: {
      zh: '财预〔2020〕10号：单位自评应当客观公正，评价结果应有佐证材料支撑；严禁刻意抬高自评分数。',
      en: '财预〔2020〕10号: self-evaluation is objective and its results rest on evidence; self-scores must not be inflated.',
    },
    fix: {
      zh: '上传支撑实际完成值的佐证材料（统计表、调查问卷汇总、验收报告等），或按可证明的完成情况扣分。',
      en: 'Attach the evidence behind the actual value (statistics, the survey summary, an acceptance report), or deduct points to what can be proven.',
    },
  },
  messages: {
    noEvidence: {
      zh: '{what}自评满分，但未附佐证材料',
      en: '{whatEn} claims full marks, but no evidence is attached',
    },
  },
  defaultOptions: {},
  inspect({ scored, context, report }) {
    if (!context.evidence) return;
    const words = scored.template.evidenceRequired;
    const has = new Set(context.evidence.filter((e) => e.count > 0).map((e) => e.indicatorIndex));
    for (const s of scored.indicators) {
      if (has.has(s.index) || !fullMarks(s) || !words.some((w) => s.level1.includes(w))) continue;
      report({ path: `indicators[${s.index}].score`, messageId: 'noEvidence', data: rowNames(scored.evaluation.indicators[s.index].name, s.index) });
    }
  },
};

/** Docs examples (also run as test cases): the example form's 效益 rows 4 and 5 and 满意度 row 6 claim full marks. */
export const examples: RuleExamples = {
  wrong: {
    patch: {},
    context: { evidence: [{ indicatorIndex: 0, count: 2 }, { indicatorIndex: 4, count: 1 }, { indicatorIndex: 6, count: 1 }] },
    errors: [{ messageId: 'noEvidence', path: 'indicators[5].score', data: { rowNo: 6, rowName: '持续跟踪服务企业数' } }],
  },
  right: { patch: {}, context: { evidence: [4, 5, 6].map((i) => ({ indicatorIndex: i, count: 1 })) } },
};

/** weights-sum: the 分值 must add up to the template's total (100). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2 } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'weights-sum',
  category: 'score',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '分值合计不等于总分', en: 'Weights do not add up to the total' },
    description: {
      zh: '各指标分值之和（模板将预算执行率计入总分时，加上其分值）应等于模板总分（100）；表上填写的总分分值也应等于这一合计。实际表中见过各部分相加为 110 而总分写 100 的情形。',
      en: "The indicator weights (plus the execution weight when the template counts it) must add up to the template's total (100), and the printed 总分 weight must equal that sum. A real form's sections add up to 110 against a printed 100.",
    },
    basis: {
      zh: '财预〔2020〕10号：自评采用百分制，预算执行率 10 分、产出 50 分、效益 30 分、满意度 10 分（原则上）。',
      en: '财预〔2020〕10号: self-evaluation is out of 100: execution 10, outputs 50, benefits 30, satisfaction 10 (in principle).',
    },
    fix: { zh: '调整各指标分值，使合计等于总分。', en: 'Adjust the indicator weights so that they add up to the total.' },
  },
  messages: {
    sum: { zh: '分值合计 {sum}，应为 {expected}', en: 'weights add up to {sum}, expected {expected}' },
    printed: { zh: '总分栏分值填为 {printed}，而各项分值合计 {sum}', en: 'the 总分 weight is printed as {printed} but the weights add up to {sum}' },
  },
  defaultOptions: {},
  usesTemplate: true,
  requires: 'whole-table',
  inspect({ scored, report }) {
    if (!scored.indicators.some((s) => s.weight !== null)) return; // score-missing reports forms without weights
    const sum = scored.totals.weight;
    const expected = scored.template.total;
    if (Math.abs(sum - expected) > 0.005) report({ path: 'indicators', messageId: 'sum', data: { sum: round2(sum), expected } });
    const printed = scored.evaluation.total.weight;
    if (printed !== null && Math.abs(printed - sum) > 0.005) report({ path: 'total.weight', messageId: 'printed', data: { printed: round2(printed), sum: round2(sum) } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 60, score: 60 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
      total: { weight: 100, score: 109.5 },
    },
    errors: [
      { messageId: 'sum', path: 'indicators', data: { sum: '110', expected: 100 } },
      { messageId: 'printed', path: 'total.weight', data: { printed: '100', sum: '110' } },
    ],
  },
  right: { patch: {} },
};

/** score-inflated: a claimed score above the highest the evidence proves (自评虚高). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2, rowNames } from '../helpers';

type O = { tolerance: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'score-inflated',
  category: 'evidence',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '自评得分高于完成值可证明的分数（虚高）', en: 'Score above what the evidence proves (inflated)' },
    description: {
      zh: '按计分规则，由年度指标值和实际完成值算出证据支持的得分区间（定量指标按完成比例，定性指标按等级区间，时效指标按是否按期），自评得分高于区间上限即为虚高。例如指标值 ≥90%，完成值只写 ≥15%，最多只能证明 15/90 的完成程度。',
      en: 'From the target and the actual, the scoring rules give the range of scores the evidence supports (proportional for quantities, bands for qualitative targets, on time or late for dates). A claimed score above that range is inflated: a target of ≥90% with an actual of only ≥15% proves at most 15/90 of the weight.',
    },
    basis: {
      zh: '财预〔2020〕10号：未完成目标的按完成比例扣分；严禁刻意抬高分数、弄虚作假。',
      en: '财预〔2020〕10号: an unmet target loses points in proportion; deliberately inflating scores is prohibited.',
    },
    fix: { zh: '按完成比例重新计分，并在偏差原因中说明未完成的原因。', en: 'Re-score in proportion to what was achieved and explain the shortfall.' },
  },
  messages: {
    inflated: {
      zh: '{what}自评 {claimed} 分，证据最多支持 {max} 分：{explanation}',
      en: '{whatEn} claims {claimed}; the evidence supports at most {max}: {explanation}',
    },
  },
  defaultOptions: { tolerance: 0.005 },
  inspect({ scored, options, report }) {
    for (const s of scored.indicators) {
      if (s.claimed === null || s.proven === null) continue;
      if (s.claimed <= s.proven.max + options.tolerance) continue;
      const name = scored.evaluation.indicators[s.index].name;
      report({
        path: `indicators[${s.index}].score`,
        messageId: 'inflated',
        data: { ...rowNames(name, s.index), claimed: round2(s.claimed), max: round2(s.proven.max), explanation: s.explanation },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '区域双创活跃度', target: '≥90%', actual: '≥15%', weight: 10, score: 10, deviation: '疫情影响' }] },
    errors: [{ messageId: 'inflated', path: 'indicators[0].score', data: { claimed: '10', max: '1.67' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '区域双创活跃度', target: '≥90%', actual: '≥15%', weight: 10, score: 1.67, deviation: '疫情影响' }] } },
};

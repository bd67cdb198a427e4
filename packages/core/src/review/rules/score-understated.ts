/** score-understated: a claimed score below what the evidence proves, or the weight applied twice. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2, rowNames } from '../helpers';

type O = { tolerance: number; margin: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'score-understated',
  category: 'evidence',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '自评得分低于完成值可证明的分数', en: 'Score below what the evidence proves' },
    description: {
      zh: '自评得分比证据支持的最低分低半分以上。单项如此多半是保守打分（提示）；相差不足半分属取整，不提示；若两项以上的得分恰好等于“分值 × 分值%”，说明折算时把权重乘了两次（如 25 分的指标记 6.25 分），属计算错误。',
      en: 'A claimed score half a point or more below the lowest the evidence supports (less is rounding, not reported). On one row it is usually cautious scoring (info); when two or more rows score exactly weight × weight% (6.25 for a 25-point indicator), the weight was applied twice, which is an error.',
    },
    basis: { zh: '财预〔2020〕10号：完成目标的指标记满分，未完成的按比例计分。', en: '财预〔2020〕10号: a met target earns its full weight, an unmet one a proportional share.' },
    fix: { zh: '按完成情况重算得分；折算得分时权重只乘一次。', en: 'Recompute the scores; apply the weight only once.' },
  },
  messages: {
    below: { zh: '{what}自评 {claimed} 分，证据支持至少 {min} 分', en: '{whatEn} claims {claimed}; the evidence supports at least {min}' },
    weightTwice: {
      severity: 'error',
      zh: '{count} 项指标得分等于“分值 × 分值%”（如 {example}），折算时权重被乘了两次',
      en: '{count} indicators score weight × weight% (e.g. {example}): the weight was applied twice',
    },
  },
  defaultOptions: { tolerance: 0.005, margin: 0.5 },
  inspect({ scored, options, report }) {
    const below = scored.indicators.filter((s) => s.claimed !== null && s.proven !== null && s.claimed < s.proven.min - options.tolerance);
    const twice = below.filter((s) => s.weight !== null && s.weight > 0 && s.weight < 100 && Math.abs(s.claimed! - (s.weight * s.weight) / 100) < 0.01);
    if (twice.length >= 2) {
      const s = twice[0];
      report({ path: 'indicators', messageId: 'weightTwice', data: { count: twice.length, example: `${round2(s.weight!)} → ${round2(s.claimed!)}` } });
    }
    const skip = new Set(twice.length >= 2 ? twice : []);
    for (const s of below) {
      // Within half a point of the proportional score is a unit rounding its own near miss down
      // (109: 1.9 of 2 for 97.5%): nothing a reviewer would sign. The double weight is read above
      // at the full precision, since it is a pattern of exact products, not a margin.
      if (skip.has(s) || s.proven!.min - s.claimed! < options.margin) continue;
      const name = scored.evaluation.indicators[s.index].name;
      report({ path: `indicators[${s.index}].score`, messageId: 'below', data: { ...rowNames(name, s.index), claimed: round2(s.claimed!), min: round2(s.proven!.min) } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '质量指标', name: '符合条件申报对象覆盖率', target: '≥98%', actual: '100%', weight: 25, score: 6.25 },
        { level2: '时效指标', name: '补贴按时发放率', target: '≥99%', actual: '100%', weight: 25, score: 6.25 },
      ],
    },
    errors: [{ messageId: 'weightTwice', path: 'indicators', data: { count: 2, example: '25 → 6.25' } }],
  },
  right: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '质量指标', name: '符合条件申报对象覆盖率', target: '≥98%', actual: '100%', weight: 25, score: 25 },
        { level2: '时效指标', name: '补贴按时发放率', target: '≥99%', actual: '100%', weight: 25, score: 25 },
      ],
    },
  },
};

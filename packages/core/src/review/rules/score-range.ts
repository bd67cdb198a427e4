/** score-range: no score above its weight, none below 0. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'score-range',
  category: 'score',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '得分超出分值或为负', en: 'Score above its weight or below zero' },
    description: {
      zh: '每项得分应在 0 与该项分值之间；预算执行得分也不得超过其分值。超出分值的得分是加总和评级错误的常见来源。',
      en: 'Every score must lie between 0 and its weight; the execution score must not exceed its weight either. A score above its weight is a common source of wrong totals and grades.',
    },
    basis: { zh: '财预〔2020〕10号：各指标得分最高不超过该指标分值。', en: '财预〔2020〕10号: no indicator scores more than its weight.' },
    fix: { zh: '把得分改在 0 与分值之间。', en: 'Bring the score within 0 and the weight.' },
  },
  messages: {
    aboveWeight: { zh: '{what}得分 {score} 高于分值 {weight}', en: '{whatEn} score {score} exceeds its weight {weight}' },
    negative: { zh: '{what}得分 {score} 为负数', en: '{whatEn} score {score} is negative' },
    fundsAboveWeight: { zh: '预算执行得分 {score} 高于分值 {weight}', en: 'execution score {score} exceeds its weight {weight}' },
    fundsNegative: { zh: '预算执行得分 {score} 为负数', en: 'execution score {score} is negative' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const ev = scored.evaluation;
    const t = ev.funds.total;
    const onTotal = outOfRange(t.score, t.weight);
    if (onTotal) report({ path: 'funds.total.score', messageId: onTotal === 'negative' ? 'fundsNegative' : 'fundsAboveWeight', data: rangeData({}, t.score!, t.weight) });
    ev.indicators.forEach((x, i) => {
      const m = outOfRange(x.score, x.weight);
      if (m) report({ path: `indicators[${i}].score`, messageId: m, data: rangeData(rowNames(x.name, i), x.score!, x.weight) });
    });
  },
};

// The message for a score outside [0, weight], or null; data is built only for a report.
function outOfRange(score: number | null, weight: number | null): 'negative' | 'aboveWeight' | null {
  if (score === null) return null;
  if (score < 0) return 'negative';
  return weight !== null && score > weight + 0.005 ? 'aboveWeight' : null;
}

function rangeData(names: { rowNo?: number; rowName?: string }, score: number, weight: number | null) {
  return { ...names, score: round2(score), weight: weight === null ? '—' : round2(weight) };
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: 25 }] },
    errors: [{ messageId: 'aboveWeight', path: 'indicators[0].score', data: { score: '25', weight: '20' } }],
  },
  right: { patch: {} },
};

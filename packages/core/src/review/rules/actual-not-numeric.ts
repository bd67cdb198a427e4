/** actual-not-numeric: a quantitative target whose actual is not a number ("已完成", "/", "达成预期指标"). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isQuantitative, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'actual-not-numeric',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '定量指标的完成值不是数值', en: 'Quantitative target with a non-numeric actual' },
    description: {
      zh: '年度指标值是数值（如 ≥20家、100%），实际完成值却写“已完成”“达成预期指标”“/”“无”或留空。这样的完成值无法与指标值比较，得分没有依据。',
      en: 'The target is a number (≥20家, 100%) but the actual says "已完成", "达成预期指标", "/", "无" or is blank. Such an actual cannot be compared with the target, so the score rests on nothing.',
    },
    basis: { zh: '财预〔2021〕101号：指标应量化易评，由指标名称、方向、数值和单位构成；实际完成值应与指标值口径一致。', en: '财预〔2021〕101号: indicators are quantified (name, direction, value, unit); the actual uses the same measure as the target.' },
    fix: { zh: '填写与指标值同口径、同单位的实际数值。', en: 'Enter the actual number in the same measure and unit as the target.' },
  },
  messages: {
    notNumeric: { zh: '{what}指标值为 {target}，完成值“{actual}”不是数值', en: '{whatEn}: target {target}, but the actual "{actual}" is not a number' },
    empty: { zh: '{what}指标值为 {target}，未填实际完成值', en: '{whatEn}: target {target}, but no actual is given' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      // A damaged cell is value-unreadable's finding, not a missing number.
      if (!isQuantitative(s.target) || s.damage) continue;
      const k = s.actual.kind;
      if (k === 'number' || k === 'range' || k === 'date') continue;
      const x = scored.evaluation.indicators[s.index];
      const data = { ...rowNames(x.name, s.index), target: x.target.trim(), actual: x.actual.trim() };
      report({ path: `indicators[${s.index}].actual`, messageId: k === 'empty' ? 'empty' : 'notNumeric', data });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '达成预期指标', weight: 20, score: 20 }] },
    errors: [{ messageId: 'notNumeric', path: 'indicators[0].actual', data: { actual: '达成预期指标' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: 20 }] } },
};

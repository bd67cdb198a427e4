/** cost-exceeded: a ≤ target (cost, ceiling) exceeded. */
import { valueInUnit } from '../../grammar';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'cost-exceeded',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '上限目标被突破', en: 'Ceiling target exceeded' },
    description: {
      zh: '指标值是上限（≤、不超过、以内，多见于成本、标准、事故数），完成值超过了上限。超出上限不论是否扣分都应说明；未扣分的另由 score-inflated 报告。',
      en: 'The target is a ceiling (≤, 不超过, 以内 — costs, standards, incidents) and the actual exceeds it. Exceeding a ceiling needs an explanation whether or not points were lost; keeping full marks is reported by score-inflated as well.',
    },
    basis: { zh: '财预〔2020〕10号：反向指标实际值超过目标值的按比例扣分；成本指标应控制在目标以内。', en: '财预〔2020〕10号: for reverse indicators an actual above the target loses points in proportion; costs stay within their target.' },
    fix: { zh: '说明超支原因并按比例扣分；标准调整的应有批准依据。', en: 'Explain the excess and deduct in proportion; a changed standard needs its approval.' },
  },
  messages: {
    exceeded: { zh: '{what}上限为 {target}，实际 {actual}，超出上限', en: '{whatEn}: ceiling {target}, actual {actual} — over the ceiling' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const t = s.target;
      const a = s.actual;
      if (t.kind !== 'number' || (t.op !== '<=' && t.op !== '<') || a.kind !== 'number') continue;
      // An actual written as "≤5万元" proves only the bound: not an excess.
      if (a.op === '<=' || a.op === '<') continue;
      const v = valueInUnit(a.value, a.unit, t.unit);
      if (v === null) continue;
      const over = t.op === '<=' ? Number(v) > Number(t.value) : Number(v) >= Number(t.value);
      if (!over) continue;
      const x = scored.evaluation.indicators[s.index];
      report({ path: `indicators[${s.index}].actual`, messageId: 'exceeded', data: { ...rowNames(x.name, s.index), target: x.target.trim(), actual: x.actual.trim() } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '临时救助标准', target: '≤5300元/户', actual: '5830元/户', weight: 10, score: 9.09, deviation: '物价上涨' }] },
    errors: [{ messageId: 'exceeded', path: 'indicators[0].actual' }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '临时救助标准', target: '≤5300元/户', actual: '5200元/户', weight: 10, score: 10 }] } },
};

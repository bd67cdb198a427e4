/** level1-weights: first-level weights far from the template's (产出 50 / 效益 30 / 满意度 10). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { level1OfKind, round2 } from '../helpers';
import { normaliseLevel1 } from '../../taxonomy';

type O = { tolerance: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'level1-weights',
  category: 'score',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '一级指标分值偏离模板', en: 'First-level weights far from the template' },
    description: {
      zh: '模板规定了一级指标的分值（如产出 50、效益 30、满意度 10）时，比较表上各一级指标的分值合计，偏离超过容差（默认 5 分）即报告。未设满意度指标时，按模板把其分值并入指定的一级指标后再比较。表上一级指标栏写明了分值（如“产出指标(40分)”）时，以表上写明的为准：比较该一级指标下各指标分值合计与其写明的分值，不再套用模板。',
      en: "When the template prescribes first-level weights (outputs 50, benefits 30, satisfaction 10), compares each first-level sum on the form with it and reports a gap above the tolerance (5 points by default). Without a satisfaction indicator, its points are moved as the template says before comparing. When the form states a block's points in its first-level cell (产出指标(40分)), the form is believed: the block's weights are compared with the points it states, not with the template.",
    },
    basis: {
      zh: '财预〔2020〕10号：原则上预算执行率 10%、产出 50%、效益 30%、服务对象满意度 10%；未设满意度指标的，其分值并入效益指标。',
      en: '财预〔2020〕10号: in principle execution 10%, outputs 50%, benefits 30%, satisfaction 10%; without satisfaction its points go to benefits.',
    },
    fix: { zh: '按模板调整一级指标分值，或在表中说明采用的地方权重。', en: 'Adjust the first-level weights to the template, or state the local weighting used.' },
  },
  messages: {
    off: { zh: '{level1}分值合计 {actual}，模板为 {expected}', en: '{level1} weights add up to {actual}; the template says {expected}' },
    stated: { zh: '{level1}写明{stated}分，其下各指标分值合计 {actual}', en: '{level1} states {stated} points, but its indicators add up to {actual}' },
  },
  defaultOptions: { tolerance: 5 },
  usesTemplate: true,
  requires: 'whole-table',
  inspect({ scored, options, report }) {
    // Points the form prints in its 一级 cells are believed before the template's.
    const stated = new Map<string, number>();
    const sums = new Map<string, number>();
    for (const s of scored.indicators) {
      const w = normaliseLevel1(scored.evaluation.indicators[s.index].level1).weight;
      if (w !== null && !stated.has(s.level1)) stated.set(s.level1, w);
      sums.set(s.level1, (sums.get(s.level1) ?? 0) + (s.weight ?? 0));
    }
    if (stated.size > 0 && scored.indicators.some((s) => s.weight !== null)) {
      for (const [level1, w] of stated) {
        const a = sums.get(level1) ?? 0;
        if (Math.abs(a - w) > 0.005) report({ path: 'indicators', messageId: 'stated', data: { level1, actual: round2(a), stated: round2(w) } });
      }
      return;
    }
    const t = scored.template;
    const expected: Record<string, number> = { ...t.level1Weights };
    if (Object.keys(expected).length === 0 || !scored.indicators.some((s) => s.weight !== null)) return;
    const actual = new Map<string, number>();
    for (const s of scored.indicators) if (s.weight !== null) actual.set(s.level1, (actual.get(s.level1) ?? 0) + s.weight);
    const sat = level1OfKind('satisfaction');
    if (!actual.has(sat) && t.missingSatisfactionTo && expected[sat] !== undefined) {
      expected[t.missingSatisfactionTo] = (expected[t.missingSatisfactionTo] ?? 0) + expected[sat];
      delete expected[sat];
    }
    // A block with no row at all is missing-category's finding (one finding per fact).
    const present = new Set(scored.indicators.map((s) => s.level1));
    for (const [level1, w] of Object.entries(expected)) {
      if (!present.has(level1)) continue;
      const a = actual.get(level1) ?? 0;
      if (Math.abs(a - w) > options.tolerance) report({ path: 'indicators', messageId: 'off', data: { level1, actual: round2(a), expected: w } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 70, score: 70 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 10, score: 10 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
    errors: [
      { messageId: 'off', path: 'indicators', data: { level1: '产出指标', actual: '70', expected: 50 } },
      { messageId: 'off', path: 'indicators', data: { level1: '效益指标', actual: '10', expected: 30 } },
    ],
  },
  right: { patch: {} },
};

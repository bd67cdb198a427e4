/** missing-category: a required 一级 (产出/效益/满意度) or output 二级 (数量/质量/时效/成本) is absent. */
import type { IndicatorKind } from '../../taxonomy';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, kind, level1OfKind, level2OfKind } from '../helpers';

type O = { requiredKinds: string[] };

/** The rule. */
export const rule: Rule<O> = {
  id: 'missing-category',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '缺少必设的指标类别', en: 'A required indicator category is missing' },
    description: {
      zh: '检查模板要求的一级指标（默认产出、效益、满意度）是否都已设置，产出指标下是否有数量、质量、时效、成本二级指标。未设满意度指标而模板允许把其分值并入效益指标、且分值确已并入时，不报告。',
      en: 'Checks that every first-level category the template requires (outputs, benefits, satisfaction) is present, and that outputs include quantity, quality, time and cost indicators. A missing satisfaction block is accepted when the template moves its points elsewhere and the weights show it was done.',
    },
    basis: { zh: '财预〔2020〕10号附件：一级指标包括产出、效益、满意度；产出指标包括数量、质量、时效、成本指标。', en: 'Annex to 财预〔2020〕10号: first-level outputs, benefits, satisfaction; outputs cover quantity, quality, time and cost.' },
    fix: { zh: '补设缺少类别的指标，或按模板调整分值。', en: 'Add indicators of the missing category, or re-weight as the template says.' },
  },
  messages: {
    level1: { zh: '缺少一级指标“{name}”', en: 'no "{name}" (first-level) indicator' },
    level2: { zh: '缺少二级指标“{name}”', en: 'no "{name}" (second-level) indicator' },
  },
  defaultOptions: { requiredKinds: ['quantity', 'quality', 'time', 'cost'] },
  usesTemplate: true,
  inspect({ scored, options, report }) {
    if (scored.indicators.length === 0) return;
    const t = scored.template;
    const level1s = new Set(scored.indicators.map((s) => s.level1));
    const kinds = new Set(scored.indicators.map(kind));
    const sat = level1OfKind('satisfaction');
    // On a page cut inside the table, a 一级 after the last one shown, and output kinds of an
    // output block still open at the cut, are not on the page: nothing can be said of them.
    const cut = scored.completeness.indicatorsCut;
    const shownUpTo = Math.max(...[...level1s].map((l) => t.requiredLevel1.indexOf(l)));
    const last = scored.indicators[scored.indicators.length - 1].level1;
    const output = level1OfKind('quantity');
    const outputClosed = !cut || (level1s.has(output) && last !== output);
    // On a page that starts inside the table (no header row shown), the blocks before the first
    // one shown are not on the page; when the first row's 一级 cell is blank, its block began above
    // the page too, and output kinds filed there cannot be judged either.
    const ev = scored.evaluation;
    const headless = ev.source?.layout?.indicatorHeader === false;
    const first = scored.indicators[0].level1;
    const firstIdx = t.requiredLevel1.indexOf(first);
    const shownFrom = !headless ? 0 : firstIdx < 0 ? t.requiredLevel1.length : firstIdx;
    const outputOpenAtStart = headless && isBlank(ev.indicators[0].level1) && first === output;
    for (const [i, name] of t.requiredLevel1.entries()) {
      if (level1s.has(name)) continue;
      if (i < shownFrom) continue;
      if (cut && (shownUpTo < 0 || i > shownUpTo)) continue;
      if (name === sat && t.missingSatisfactionTo && reweighted(scored.indicators, t.missingSatisfactionTo, t.level1Weights)) continue;
      report({ path: 'indicators', messageId: 'level1', data: { name } });
    }
    if (!outputClosed || outputOpenAtStart) return;
    for (const k of options.requiredKinds as IndicatorKind[]) {
      if (!kinds.has(k)) report({ path: 'indicators', messageId: 'level2', data: { name: level2OfKind(k) } });
    }
  },
};

// The satisfaction points went to `to` when its weights exceed what the template gives it.
function reweighted(rows: { level1: string; weight: number | null }[], to: string, weights: Record<string, number>): boolean {
  const expected = weights[to];
  if (expected === undefined) return false;
  const got = rows.reduce((a, s) => (s.level1 === to && s.weight !== null ? a + s.weight : a), 0);
  return got > expected;
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '质量指标', name: '符合条件申报对象覆盖率', target: '≥98%', actual: '100%', weight: 25, score: 25 },
        { level2: '时效指标', name: '补贴发放完成时间', target: '2020年12月31日前', actual: '2020年12月20日', weight: 25, score: 25 },
        { level1: '效益指标', level2: '社会效益指标', name: '补贴发放率', target: '≥98%', actual: '100%', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥95%', actual: '98%', weight: 10, score: 10 },
      ],
    },
    errors: [
      { messageId: 'level2', path: 'indicators', data: { name: '数量指标' } },
      { messageId: 'level2', path: 'indicators', data: { name: '成本指标' } },
    ],
  },
  right: { patch: {} },
};

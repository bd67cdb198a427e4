/** The template registry and detection of a form's template from its own weights. */
import type { Evaluation } from '../model';
import { Big } from '../money';
import type { Msg } from '../result';
import { normaliseLevel1, normaliseLevel2 } from '../taxonomy';
import { BUILTIN_TEMPLATES, DEPARTMENT, FRAMEWORK_2020, FUNDS_20, INDICATORS_100, MOF_2020, NO_EXECUTION, UNKNOWN_LAYOUT, UNSCORED } from './builtin';
import type { Template } from './types';

const BY_ID = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

/** The id of the template used when nothing names or implies another. */
export const DEFAULT_TEMPLATE_ID = MOF_2020.id;

/** The template with this id, or undefined. */
export function getTemplate(id: string): Template | undefined {
  return BY_ID.get(id);
}

/** Every built-in template, the default first. */
export function listTemplates(): Template[] {
  return [...BUILTIN_TEMPLATES];
}

/**
 * The template a form's own numbers imply. When the 年度资金总额 row's 分值 is 100 and the
 * indicator 分值 add up to 100, the funds row cannot be 10 points inside the 100 (it would make
 * 200): the form reports execution apart, as both seed forms do → indicators-100. Otherwise
 * the national default mof-2020 (10号) applies.
 */
export function detectTemplate(evaluation: Evaluation): Template {
  return explainTemplate(evaluation).template;
}

/** The points each 一级 block states in its own heading (产出指标(50分) → 产出指标: 50), in form order. */
export function statedLevel1Points(evaluation: Evaluation): Map<string, number> {
  const out = new Map<string, number>();
  for (const ind of evaluation.indicators) {
    const l = normaliseLevel1(ind.level1);
    if (l.name && l.weight !== null && !out.has(l.name)) out.set(l.name, l.weight);
  }
  return out;
}

const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

/**
 * The template a form's own printed facts imply, with the evidence in words. Read in this order:
 * the funds row worth 100 beside indicators worth 100 (funds reported apart); no 分值 or 得分
 * anywhere (unscored); a 部门整体 title; 决策/过程/管理 blocks (the evaluation framework); funds
 * stated at 20 points or indicators at 80; block points stated to 100 with no funds points (no
 * execution score). Else the national default 10号.
 */
export function explainTemplate(ev: Evaluation): { template: Template; evidence: Msg } {
  const layout = ev.source?.layout;
  if (fundsReportedApart(ev)) {
    return { template: INDICATORS_100, evidence: { zh: '资金行分值100，指标分值合计100', en: 'the funds row is worth 100 and the indicators add up to 100' } };
  }
  const rows = ev.indicators.filter((i) => i.name.trim() || i.target.trim() || i.actual.trim());
  if (rows.length > 0 && rows.every((i) => i.weight === null && i.score === null) && ev.funds.total.score === null && ev.total.score === null) {
    return { template: UNSCORED, evidence: { zh: '表中没有分值和得分', en: 'the form has no weights and no scores' } };
  }
  if (layout?.kind === 'department' || ev.formType === '部门整体支出') {
    return { template: DEPARTMENT, evidence: { zh: '表名为部门整体支出绩效自评表', en: 'the title names a department-wide form' } };
  }
  const framework = ev.indicators.map((i) => normaliseLevel1(i.level1).name).find((n) => FRAMEWORK_2020.documentCriteria.some((w) => n.includes(w)));
  if (framework) {
    return { template: FRAMEWORK_2020, evidence: { zh: `一级指标含“${framework}”`, en: `a first-level block "${framework}"` } };
  }
  if (rows.length > 0 && !rows.some((i) => normaliseLevel1(i.level1).known || normaliseLevel2(i.level2).known)) {
    return { template: UNKNOWN_LAYOUT, evidence: { zh: '一级、二级指标名称均未能识别', en: 'no first- or second-level name is recognised' } };
  }
  const fundsPoints = layout?.fundsPoints ?? ev.funds.total.weight;
  if (fundsPoints === 20 || layout?.indicatorsPoints === 80) {
    return { template: FUNDS_20, evidence: fundsPoints === 20 ? { zh: '预算执行情况标明20分', en: 'the funds heading states 20 points' } : { zh: '绩效指标标明80分', en: 'the indicator heading states 80 points' } };
  }
  const stated = statedLevel1Points(ev);
  if (fundsPoints === null || fundsPoints === undefined) {
    if (stated.size > 0 && Math.abs(sum(stated.values()) - 100) < 0.005) {
      return { template: NO_EXECUTION, evidence: { zh: '各一级指标标明的分值合计100，资金未设分值', en: 'the blocks state 100 points and the funds row none' } };
    }
  }
  return { template: MOF_2020, evidence: { zh: '表中未写明其他计分方式，按财预〔2020〕10号默认', en: 'the form states no other scheme: the 10号 default' } };
}

/** True when the funds row's 分值 is 100 and the indicator weights sum to exactly 100. */
export function fundsReportedApart(evaluation: Evaluation): boolean {
  if (evaluation.funds.total.weight !== 100) return false;
  // Weights carry at most 2 decimals: summed as integer hundredths, exactly and without Big (this runs on every scoring).
  let hundredths = 0;
  for (const ind of evaluation.indicators) {
    if (ind.weight === null) continue;
    const h = Math.round(ind.weight * 100);
    if (Math.abs(h - ind.weight * 100) > 1e-6) return new Big(0).plus(sumWeights(evaluation)).eq(100);
    hundredths += h;
  }
  return hundredths === 10000;
}

function sumWeights(evaluation: Evaluation): Big {
  let sum = new Big(0);
  for (const ind of evaluation.indicators) if (ind.weight !== null) sum = sum.plus(ind.weight);
  return sum;
}

/** How a template was chosen (mirrors ScoredEvaluation.templateSource). */
export type TemplateSource = 'given' | 'detected' | 'default';

/**
 * The template to score with: the one passed in (object or known id) wins. Else the form's own
 * `template` field when it names a known template — unless the form's numbers contradict it:
 * a template counting execution inside the total cannot hold a funds row worth 100 beside
 * indicators worth 100, and importers fill the field with the default when the paper names no
 * template, so the form's layout is believed (source 'detected'). Else detection from weights.
 * An unknown id falls through to detection rather than failing: scoring never throws.
 */
export function resolveTemplate(
  evaluation: Evaluation,
  given?: Template | string,
): { template: Template; source: TemplateSource } {
  if (typeof given === 'object' && given !== null) return { template: given, source: 'given' };
  const passed = typeof given === 'string' ? getTemplate(given) : undefined;
  if (passed) return { template: passed, source: 'given' };
  const apart = fundsReportedApart(evaluation);
  const named = getTemplate(evaluation.template);
  if (named && !(named.execution.counted && apart)) return { template: named, source: 'given' };
  const detected = detectTemplate(evaluation);
  return { template: detected, source: detected === MOF_2020 ? 'default' : 'detected' };
}

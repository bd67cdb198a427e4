/** The template registry and detection of a form's template from its own weights. */
import type { Evaluation } from '../model';
import { Big } from '../money';
import { BUILTIN_TEMPLATES, INDICATORS_100, MOF_2020 } from './builtin';
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
  return fundsReportedApart(evaluation) ? INDICATORS_100 : MOF_2020;
}

/** True when the funds row's 分值 is 100 and the indicator weights sum to exactly 100. */
export function fundsReportedApart(evaluation: Evaluation): boolean {
  if (evaluation.funds.total.weight !== 100) return false;
  let sum = new Big(0);
  for (const ind of evaluation.indicators) if (ind.weight !== null) sum = sum.plus(ind.weight);
  return sum.eq(100);
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
  return apart ? { template: INDICATORS_100, source: 'detected' } : { template: MOF_2020, source: 'default' };
}

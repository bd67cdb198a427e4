/**
 * Review of a target form as it is filled: the review rules that judge targets (category
 * `target`: not measurable, qualitative dominating, a missing 成本/效益/满意度, satisfaction below
 * 90%, a target below an earlier year's actual …) run on the self-evaluation the form will become,
 * so a target is judged by the very rule that would judge it at year end. Paths stay valid: the
 * target form names its indicator cells as the Evaluation does.
 */
import type { PriorValue } from '../review/context';
import { review } from '../review/engine';
import { RULES } from '../review/rules';
import type { Finding, ReviewConfig, Rule } from '../review/types';
import { scoreEvaluation } from '../scoring';
import { baselineTemplate, evaluationFromTargetForm } from './baseline';
import type { TargetForm } from './model';

/** The rules that run on a target form: every rule that judges targets rather than results. */
export const TARGET_FORM_RULES: readonly Rule[] = RULES.filter((r) => r.category === 'target');

/** Options of reviewTargetForm: rule configuration as for a self-evaluation, and the indicators' earlier years. */
export interface TargetReviewOptions {
  config?: ReviewConfig;
  history?: readonly PriorValue[];
}

// The only Evaluation paths the target rules report that the target form names differently.
const PATHS: Record<string, string> = { 'goals.expected': 'goals.annual' };

/** Findings on a target form, in form order, from the target rules. */
export function reviewTargetForm(form: TargetForm, opts: TargetReviewOptions = {}): Finding[] {
  const ev = evaluationFromTargetForm(form);
  const scored = scoreEvaluation(ev, { template: opts.config?.template ?? baselineTemplate(form) });
  const findings = review(scored, opts.config, TARGET_FORM_RULES, { history: opts.history });
  return findings.map((f) => (f.path in PATHS ? { ...f, path: PATHS[f.path] } : f));
}

/**
 * What the summary sheet, the csv and the findings page need from core's scoring and review, in
 * one place: proven total range, grade, scoring's execution rate and findings counted by severity.
 */
import type { Evaluation, Finding, ScoredEvaluation } from '@jixiao/core';
import { scoreAndReview, percent, rangeText } from '@jixiao/core';

/** Core's verdict on one form, reduced to what exports print. */
export interface Assessment {
  /** Scoring's execution rate as a percentage ("86.2%"): the same amounts the execution score used. */
  rate: string | null;
  /** The budget and spending that rate divides (年初预算数 or the sub-rows when scoring fell back to them). */
  budget: string | null;
  executed: string | null;
  proven: { min: number; max: number } | null;
  grade: string | null;
  findings: { error: number; warning: number; info: number } | null;
  list: Finding[];
  /** Proven score range per indicator, in form order (null where unverifiable). */
  indicators: ({ min: number; max: number } | null)[] | null;
}

/** Score and review one form; never throws (a failing core call leaves its fields null). */
export function assessForm(ev: Evaluation): Assessment {
  const out: Assessment = { rate: null, budget: null, executed: null, proven: null, grade: null, findings: null, list: [], indicators: null };
  let scored: ScoredEvaluation;
  let findings: Finding[];
  try {
    ({ scored, findings } = scoreAndReview(ev));
  } catch {
    // Core promises not to throw; should it, the export still goes out with blank verdict cells.
    return out;
  }
  out.rate = scored.funds.rate === null ? null : percent(scored.funds.rate);
  out.budget = scored.funds.budget;
  out.executed = scored.funds.executed;
  out.proven = scored.totals.proven;
  out.grade = scored.totals.grade.proven ? rangeText(scored.totals.grade.proven) : null;
  out.indicators = scored.indicators.map((s) => s.proven);
  out.list = findings;
  out.findings = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out.findings[f.severity]++;
  return out;
}

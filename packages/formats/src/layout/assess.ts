/**
 * What the summary sheet, the csv and the findings page need from core's scoring and review, in
 * one place: proven total range, grade, execution rate and findings counted by severity.
 */
import type { Evaluation, Finding, ScoredEvaluation } from '@jixiao/core';
import { checkEvaluation, toBig } from '@jixiao/core';

/** Core's verdict on one form, reduced to what exports print. */
export interface Assessment {
  rate: string | null;
  proven: { min: number; max: number } | null;
  grade: string | null;
  findings: { error: number; warning: number; info: number } | null;
  list: Finding[];
  /** Proven score range per indicator, in form order (null where unverifiable). */
  indicators: ({ min: number; max: number } | null)[] | null;
}

/** Score and review one form; never throws (a failing core call leaves its fields null). */
export function assessForm(ev: Evaluation): Assessment {
  const out: Assessment = { rate: computedRate(ev), proven: null, grade: null, findings: null, list: [], indicators: null };
  let scored: ScoredEvaluation;
  let findings: Finding[];
  try {
    ({ scored, findings } = checkEvaluation(ev));
  } catch {
    // Core promises not to throw; should it, the export still goes out with blank verdict cells.
    return out;
  }
  out.proven = scored.totals.proven;
  const g = scored.totals.grade.proven;
  out.grade = g ? (g.min === g.max ? g.min : `${g.min}–${g.max}`) : null;
  out.indicators = scored.indicators.map((s) => s.proven);
  out.list = findings;
  out.findings = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out.findings[f.severity]++;
  return out;
}

/** 全年执行数 / 全年预算数 of the 年度资金总额 row as a percentage with 2 decimals ("86.2%"). */
function computedRate(ev: Evaluation): string | null {
  const a = toBig(ev.funds.total.adjusted);
  const b = toBig(ev.funds.total.executed);
  if (!a || !b || a.eq(0)) return null;
  return `${b.div(a).times(100).round(2).toString()}%`;
}

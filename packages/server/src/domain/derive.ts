/**
 * Everything the server derives from an Evaluation on every write, through core: the scored
 * summary, the review findings and the list/dashboard columns stored beside the JSON.
 */
import { Big, scoreAndReview, toBig, type Evaluation, type Finding, type ReviewConfig, type ReviewContext, type ScoredEvaluation } from '@jixiao/core';
import type { FormsTable } from '../db/schema';

/** What the form resource shows as `scored` (the ScoredEvaluation without the echoed input). */
export interface ScoredSummary {
  totals: ScoredEvaluation['totals'];
  funds: ScoredEvaluation['funds'];
  level1: ScoredEvaluation['level1'];
  templateId: string;
  indicators: Pick<ScoredEvaluation['indicators'][number], 'index' | 'proven' | 'check' | 'explanation' | 'method' | 'status' | 'claimed' | 'weight'>[];
}

/** Columns stored beside the JSON, typed by the forms table itself. */
export type DerivedColumns = Pick<
  FormsTable,
  | 'year' | 'project_name' | 'department' | 'implementer' | 'template' | 'funds_unit' | 'budget' | 'executed'
  | 'budget_fen' | 'executed_fen' | 'execution_rate' | 'claimed_total' | 'proven_min' | 'proven_max' | 'grade'
  | 'findings_error' | 'findings_warning' | 'findings_info'
>;

/** What the server derives from an evaluation on every write (formats' `Assessment` is the export's own view). */
export interface Derived {
  scored: ScoredSummary;
  findings: Finding[];
  columns: DerivedColumns;
}

/** Amount in 分 (0.01 元), exact; null when blank. 万元 × 1,000,000, 元 × 100. */
export function toFen(amount: string | null, unit: string): number | null {
  const b = toBig(amount);
  if (!b) return null;
  return Number(b.times(unit === '元' ? 100 : 1_000_000).round(0, Big.roundHalfUp).toFixed(0));
}

/** Derive summary, findings and columns for a form; `context` is what is known beside it (monitoring, earlier years). */
export function derive(ev: Evaluation, config?: ReviewConfig, context?: ReviewContext): Derived {
  const { scored, findings } = scoreAndReview(ev, config, context);
  // The amounts scoring divided (年初预算数 when 全年预算数 is blank, sub-rows when the total row is),
  // so the dashboard's sums and rates agree with the form's execution score.
  const { budget, executed } = scored.funds;
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    scored: {
      totals: scored.totals,
      funds: scored.funds,
      level1: scored.level1,
      templateId: scored.template.id,
      indicators: scored.indicators.map((i) => ({
        index: i.index, proven: i.proven, check: i.check, explanation: i.explanation,
        method: i.method, status: i.status, claimed: i.claimed, weight: i.weight,
      })),
    },
    findings,
    columns: {
      year: ev.year,
      project_name: ev.projectName,
      department: ev.department,
      implementer: ev.implementer,
      template: ev.template,
      funds_unit: ev.funds.unit,
      budget,
      executed,
      budget_fen: toFen(budget, ev.funds.unit),
      executed_fen: toFen(executed, ev.funds.unit),
      execution_rate: scored.funds.rate,
      claimed_total: scored.totals.claimedTotal ?? ev.total.score,
      proven_min: scored.totals.proven.min,
      proven_max: scored.totals.proven.max,
      grade: scored.totals.grade.claimed,
      findings_error: count('error'),
      findings_warning: count('warning'),
      findings_info: count('info'),
    },
  };
}

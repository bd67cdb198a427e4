/**
 * 结果应用: the department's report for the budget office. One row per form: self score (自评得分)
 * and grade, the 复核 score and grade when finance re-scored, the execution rate, the rectification
 * items still open, and a suggested budget signal. A form is marked for a cut when its grade (the
 * 复核 grade where there is one, else the self grade) is at or below the cut grade, or its execution
 * rate is below the threshold — as several localities link results to next year's budget.
 */
import { Big } from '../money';
import type { Msg } from '../present';
import type { Result } from '../result';
import { GRADES, type Grade } from '../workflow/grades';

/** Thresholds finance sets: the grade from which a form is marked for a cut, and the execution rate (percent) below which it is. */
export interface BudgetThresholds {
  cutGrade: Grade;
  executionBelow: number;
}

/** 差, or execution below 50%: the practice the issue names. */
export const DEFAULT_BUDGET_THRESHOLDS: BudgetThresholds = { cutGrade: '差', executionBelow: 50 };

/**
 * The setting's text: "差,50" (cut grade, execution percent with at most two decimals, 0–100). Like
 * parseLightSettings, one parser for the server's check and the settings page as typed: the value, or
 * the issue saying why not.
 */
export function parseBudgetThresholds(value: string): Result<BudgetThresholds> {
  const m = /^(优|良|中|差),(\d{1,3}(?:\.\d{1,2})?)$/.exec(value.trim());
  const pct = m ? new Big(m[2]) : null;
  if (!m || !pct || pct.gt(100)) {
    return {
      ok: false,
      issues: [{
        code: 'invalid-budget-thresholds',
        path: 'value',
        data: { value },
        message: {
          zh: `“${value}”不是有效的预算安排阈值：应为“等级,执行率百分比”，如“差,50”，等级为优/良/中/差，执行率在 0 到 100 之间`,
          en: `"${value}" is not valid budget thresholds: give "grade,execution percent", such as "差,50", a grade of 优/良/中/差 and a percent from 0 to 100`,
        },
      }],
    };
  }
  return { ok: true, value: { cutGrade: m[1] as Grade, executionBelow: Number(pct.toString()) } };
}

/** The text of thresholds, as the setting stores it. */
export function budgetThresholdsText(t: BudgetThresholds): string {
  return `${t.cutGrade},${t.executionBelow}`;
}

/** What the report reads of one form. */
export interface ResultsInput {
  formId: number;
  year: number;
  projectName: string;
  implementer: string;
  status: string;
  selfScore: number | null;
  selfGrade: Grade | null;
  reviewScore: number | null;
  reviewGrade: Grade | null;
  /** 全年执行数 / 全年预算数 as a decimal share ("0.862"), null when unknown. */
  executionRate: string | null;
  openRectification: number;
}

export type BudgetSignal = 'cut' | 'keep';
/** Why a row is marked: its grade, its execution rate. */
export type SignalReason = 'grade' | 'execution';

export interface ResultsRow extends ResultsInput {
  /** The execution rate in percent, two decimals ("86.20"), null when unknown. */
  executionPercent: string | null;
  signal: BudgetSignal;
  reasons: SignalReason[];
}

export interface ResultsSummary {
  forms: number;
  cut: number;
  openRectification: number;
  /** Forms per grade (the grade the signal reads). */
  grades: Record<Grade, number>;
}

/** The grade the signal reads: 复核 where finance re-scored, else the self grade. */
export function effectiveGrade(r: Pick<ResultsInput, 'reviewGrade' | 'selfGrade'>): Grade | null {
  return r.reviewGrade ?? r.selfGrade;
}

/** One row with its signal. */
export function resultsRow(input: ResultsInput, t: BudgetThresholds): ResultsRow {
  const reasons: SignalReason[] = [];
  const grade = effectiveGrade(input);
  if (grade !== null && GRADES.indexOf(grade) >= GRADES.indexOf(t.cutGrade)) reasons.push('grade');
  let executionPercent: string | null = null;
  if (input.executionRate !== null && /^-?\d+(\.\d+)?$/.test(input.executionRate)) {
    const pct = new Big(input.executionRate).times(100);
    executionPercent = pct.toFixed(2);
    if (pct.lt(t.executionBelow)) reasons.push('execution');
  }
  return { ...input, executionPercent, signal: reasons.length ? 'cut' : 'keep', reasons };
}

/** Every row (cuts first, then by project name), and the summary. */
export function resultsReport(inputs: readonly ResultsInput[], t: BudgetThresholds): { rows: ResultsRow[]; summary: ResultsSummary } {
  const rows = inputs.map((i) => resultsRow(i, t)).sort((a, b) => (a.signal === b.signal ? a.projectName.localeCompare(b.projectName, 'zh') || a.formId - b.formId : a.signal === 'cut' ? -1 : 1));
  const grades = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const r of rows) {
    const g = effectiveGrade(r);
    if (g) grades[g]++;
  }
  return { rows, summary: { forms: rows.length, cut: rows.filter((r) => r.signal === 'cut').length, openRectification: rows.reduce((n, r) => n + r.openRectification, 0), grades } };
}

export const SIGNAL_LABELS: Record<BudgetSignal, Msg> = {
  cut: { zh: '建议压减预算', en: 'suggest a budget cut' },
  keep: { zh: '正常安排', en: 'no change suggested' },
};
export const SIGNAL_REASON_LABELS: Record<SignalReason, Msg> = {
  grade: { zh: '评价等级偏低', en: 'low grade' },
  execution: { zh: '预算执行率偏低', en: 'low execution rate' },
};

/** The report's columns in both languages, for the xlsx and pdf exports and for reading them back. */
export const RESULTS_COLUMNS = [
  { key: 'projectName', zh: '项目名称', en: 'Project' },
  { key: 'implementer', zh: '实施单位', en: 'Implementer' },
  { key: 'selfScore', zh: '自评得分', en: 'Self score' },
  { key: 'selfGrade', zh: '自评等级', en: 'Self grade' },
  { key: 'reviewScore', zh: '复核得分', en: 'Re-check score' },
  { key: 'reviewGrade', zh: '复核等级', en: 'Re-check grade' },
  { key: 'executionPercent', zh: '预算执行率(%)', en: 'Execution (%)' },
  { key: 'openRectification', zh: '未销号整改', en: 'Open rectification' },
  { key: 'signal', zh: '预算安排建议', en: 'Budget signal' },
] as const;

/**
 * What review may know beyond the form itself: the same indicators in earlier years (历史标准) and
 * the year's mid-year monitoring (绩效运行监控). Every part is optional, and a missing part means
 * "not known": rules that need it stay silent rather than guess.
 */

/** One indicator's target and actual in an earlier year, for this project or unit. */
export interface PriorValue {
  year: number;
  /** 三级指标 as written that year; matched to this year's by name (spaces and punctuation ignored). */
  name: string;
  /** 年度指标值 and 实际完成值 as written that year (actual may be blank: not yet evaluated). */
  target: string;
  actual: string;
}

/** 确定能 / 有可能 / 完全不可能: the monitoring form's judgement of reaching the year's target. */
export type Likelihood = 'certain' | 'possible' | 'impossible';

/** What mid-year monitoring said about one indicator of the form. */
export interface MonitoringNote {
  /** Index into the form's indicators, as in `indicators[3]`. */
  indicatorIndex: number;
  /** The monitoring period as the task named it ("1–7月"). */
  period: string;
  likelihood: Likelihood;
  /** The value completed by then, verbatim. */
  completed: string;
}

/** How many 佐证材料 (evidence files) are attached to one indicator of the form. */
export interface EvidenceCount {
  /** Index into the form's indicators, as in `indicators[3]`. */
  indicatorIndex: number;
  count: number;
}

/** Facts about a form that do not live on the form. */
export interface ReviewContext {
  history?: readonly PriorValue[];
  monitoring?: readonly MonitoringNote[];
  /** Evidence counts per indicator, where the files are held (the server); an indicator not listed has none. Absent: not known. */
  evidence?: readonly EvidenceCount[];
}

/** The empty context: nothing known beyond the form. */
export const NO_CONTEXT: ReviewContext = Object.freeze({});

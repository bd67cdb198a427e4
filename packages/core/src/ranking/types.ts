/** Risk ranking for sampling (抽查): what goes in, what a signal reports, what comes out. */
import type { Msg } from '../present';
import type { Finding } from '../review/types';
import type { ScoredEvaluation } from '../scoring/types';

/** A mid-year monitoring (绩效运行监控, usually January–July) light on one indicator of the form. */
export interface MonitoringLight {
  /** Index into the form's indicators, as in `indicators[3]`. */
  indicatorIndex: number;
  light: 'red' | 'yellow' | 'green';
}

/** How many evidence files (佐证材料) are attached to one indicator: the type review's context uses. */
export type { EvidenceCount } from '../review/context';
import type { EvidenceCount } from '../review/context';

/** A self-score of the same unit (实施单位) in another year. */
export interface YearScore {
  year: number;
  /** The claimed 总分; null when the form left it blank. */
  score: number | null;
}

/**
 * What is known about a form beyond the form itself. Every part is optional: a missing part means
 * "not known", never "none" (no monitoring data is not the same as no red lights).
 */
export interface RankContext {
  /** The unit's self-scores in other years (this form's own year is taken from the form). */
  otherYears?: readonly YearScore[];
  /** Mid-year monitoring lights, when monitoring exists for the form. */
  monitoring?: readonly MonitoringLight[];
  /** Evidence counts per indicator; when given, an indicator not listed has no evidence. */
  evidence?: readonly EvidenceCount[];
}

/** One form to rank: the caller's key, the form scored and reviewed, and what else is known. */
export interface RankInput {
  /** A stable key chosen by the caller ("seed-2020.txt#1", a database id); ties sort by it. */
  id: string;
  scored: ScoredEvaluation;
  findings: readonly Finding[];
  context?: RankContext;
}

/** What a signal measures on one form; the engine turns the amount into points. */
export interface Measure {
  /** The signal-specific quantity (points of score gap, decades of funds …); 0 or less is silent. */
  amount: number;
  messageId: string;
  data: Record<string, unknown>;
}

/** Options of a signal: numbers (weights, thresholds) and lists of ids. Profiles override them. */
export type SignalOptions = Record<string, number | readonly string[]>;

/** What is passed to every signal. */
export interface SignalInput {
  scored: ScoredEvaluation;
  findings: readonly Finding[];
  context: RankContext;
}

/** Documentation of a signal, in both languages (docs/ranking.md is generated from it). */
export interface SignalDocs {
  /** A short name ("自评虚高"), used as a column title. */
  title: Msg;
  /** What it measures and how the amount is counted. */
  what: Msg;
  /** Why it points to risk. */
  why: Msg;
  /** The unit of the amount ("points of gap per 100"), shown beside the weight. */
  unit: Msg;
}

/**
 * A risk signal: one file in signals/, with metadata, documented options and a pure measure.
 * Points = min(weight × amount, cap), rounded half up at 2 decimals; every signal has `weight`
 * and `cap` among its options.
 */
export interface Signal<O extends SignalOptions = SignalOptions> {
  id: string;
  docs: SignalDocs;
  messages: Record<string, Msg>;
  defaultOptions: O & { weight: number; cap: number };
  /** What each option means (docs/ranking.md lists them with their defaults). */
  optionDocs: Record<keyof O | 'weight' | 'cap', Msg>;
  measure(input: SignalInput, options: O & { weight: number; cap: number }): Measure | null;
}

/** One signal's contribution to a form's risk score, with its reason rendered in both languages. */
export interface SignalHit {
  signalId: string;
  points: number;
  /** The amount before weighting, as the signal measured it. */
  amount: number;
  messageId: string;
  data: Record<string, unknown>;
  message: Msg;
}

/** A ranked form: its place, its score and every signal that contributed, largest first. */
export interface RankedForm<T extends RankInput = RankInput> {
  input: T;
  id: string;
  /** 1 for the highest risk. */
  rank: number;
  /** Σ points of the signals, rounded at 2 decimals. */
  score: number;
  signals: SignalHit[];
}

/** A risk profile: per signal, "off" or option overrides (weights and thresholds are data). */
export type RiskProfile = Record<string, 'off' | Partial<Record<string, number | readonly string[]>>>;

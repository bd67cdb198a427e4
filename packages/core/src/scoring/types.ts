/** The result of scoring: for every indicator, what the evidence proves beside what is claimed. */
import type { Evaluation } from '../model';
import type { DamageReason } from '../grammar/damage';
import type { ParsedValue } from '../grammar/types';
import type { Msg } from '../present';
import type { Grade, Template } from '../templates/types';
import type { Completeness } from './completeness';
import type { Explanation } from './messages';

/** How an indicator's proven score was derived. */
export type Method =
  | 'ge' // A ≥ T → W, else W·A/T
  | 'le' // A ≤ T → W, else W·T/A
  | 'eq' // within tolerance → W, else as ge/le on the bad side
  | 'range' // inside → W, below W·A/L, above W·U/A
  | 'date' // on time → W, late within the year → band, not done → band
  | 'qualitative' // band by the words of the actual
  | 'unverifiable' // the evidence proves nothing checkable (中长期, prose without a number)
  | 'no-weight'; // the indicator has no 分值

/** What the evidence says about the target. */
export type Status = 'met' | 'partial' | 'not-met' | 'unverifiable';

/** The claimed score against the proven range. */
export type Check = 'consistent' | 'above' | 'below' | 'unverifiable' | 'missing';

export interface ScoreRange {
  min: number;
  max: number;
}

/** Why a row's target or actual cannot be read (grammar/damage.ts); null for a cell that reads. */
export interface Damage {
  target: DamageReason | null;
  actual: DamageReason | null;
}

/** Why an actual that reads is still no evidence: a copy of the target, or the unit's own verdict. */
export type NotEvidence = 'copies-target' | 'verdict';

export interface ScoredIndicator {
  index: number;
  /** The 一级指标 in force: as written (normalised), or inferred from the 二级指标. */
  level1: string;
  level1Source: 'given' | 'inferred' | 'unknown';
  /** 二级指标 normalised (spaces removed: "经济效 益指标" → "经济效益指标"). */
  level2: string;
  target: ParsedValue;
  actual: ParsedValue;
  /** Present when OCR or extraction damaged a value cell: that cell is read as unknown. */
  damage?: Damage;
  /** Present when the actual proves nothing: it copies the target, or is only a verdict (已完成). */
  notEvidence?: NotEvidence;
  method: Method;
  status: Status;
  /** Scores the evidence supports, rounded at 2 decimals; null when unverifiable or no weight. */
  proven: ScoreRange | null;
  /** actual / target for quantitative ≥ targets (1.75 = 75% above); null otherwise. */
  achievement: number | null;
  claimed: number | null;
  weight: number | null;
  check: Check;
  /** Why this score: its message id and data, and the text rendered from them. */
  explanation: Explanation;
}

export interface ScoredFunds {
  /**
   * 全年执行数 / 全年预算数 of the 年度资金总额 row, as a decimal string ("0.8045"), or null. This
   * is the one execution rate: the server's columns, the dashboard and the exports all show it.
   */
  rate: string | null;
  /** The budget the rate divides by: 全年预算数, else 年初预算数, of the total row or the sub-rows summed. */
  budget: string | null;
  /** The spending the rate divides: 全年执行数 of the total row or the sub-rows summed. */
  executed: string | null;
  /** The rate printed on the form, as a share ("0.86"), or null when blank/unreadable. */
  printedRate: string | null;
  /** The template's execution weight (or the form's 分值 when reported apart). */
  weight: number | null;
  proven: number | null;
  claimed: number | null;
  /** Whether the execution score counts towards the total under the template. */
  counted: boolean;
  explanation: Explanation;
}

export interface Level1Sum {
  name: string;
  weight: number;
  claimed: number;
  proven: ScoreRange;
}

export interface ScoredEvaluation {
  evaluation: Evaluation;
  template: Template;
  /** How the template was chosen: named by the form / config, or detected from the form's weights. */
  templateSource: 'given' | 'detected' | 'default';
  /** Why this template: what the form states that chose it ("预算执行情况标明20分"). */
  templateEvidence: Msg;
  indicators: ScoredIndicator[];
  funds: ScoredFunds;
  level1: Level1Sum[];
  /** Whether the page shows the whole form; when not, the grades below are withheld (null). */
  completeness: Completeness;
  totals: {
    /** Σ indicator 分值 (+ execution weight when counted). */
    weight: number;
    /** Σ claimed indicator 得分 (+ claimed execution score when counted). */
    claimedSum: number;
    /** The 总分 得分 printed on the form. */
    claimedTotal: number | null;
    proven: ScoreRange;
    grade: { claimed: Grade | null; proven: { min: Grade; max: Grade } | null };
  };
}

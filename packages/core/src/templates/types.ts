/**
 * A scoring template: what varies by place and year, as data. Shared code reads these
 * properties and never branches on a template's id.
 */
import type { Msg } from '../present';
import type { Grade } from '../workflow/grades';

/** Grades are workflow vocabulary (core/src/workflow); a template only sets the totals each needs. */
export type { Grade };

export interface Template {
  id: string;
  name: Msg;
  /** Points of the whole form (100). */
  total: number;
  /**
   * 预算执行率: its weight and whether it counts inside `total`. For `indicators-100` the funds
   * row carries its own 分值 (100) and is reported apart: counted = false.
   */
  execution: {
    weight: number;
    counted: boolean;
    /** linear: min(W, W·rate); tiered: the score of the first tier whose minRate ≤ rate. */
    formula: { kind: 'linear' } | { kind: 'tiered'; tiers: { minRate: number; share: number }[] };
  };
  /** Expected 一级指标 weights (canonical 一级 names → points); empty when not prescribed. */
  level1Weights: Record<string, number>;
  /** Where a missing 满意度指标's points go, per 10号 ("原则上"). */
  missingSatisfactionTo: string | null;
  /** Qualitative bands as shares of the weight. */
  bands: { achieved: [number, number]; partial: [number, number]; notAchieved: [number, number] };
  /** A time target missed but done within the year falls in this band. */
  lateWithinYear: 'partial' | 'notAchieved';
  /** Actual above target by more than this share is over-achievement to explain (0.2 = 20%). */
  overAchievementThreshold: number;
  /** Relative tolerance for '=' targets. */
  equalTolerance: number;
  /** Grades by minimum total, highest first. */
  grades: { grade: Grade; min: number }[];
  /** Local rules read by review: minimum number of indicators, minimum satisfaction target (%). */
  minIndicators: number;
  satisfactionMinTarget: number;
  /** 一级指标 a form must have (canonical names). */
  requiredLevel1: string[];
  /**
   * Words of 一级 names whose rows are criteria scored on documents against a 评价标准 (the
   * 决策/过程 parts of the 10号 evaluation framework): evidence rules ask them for no measured actual.
   */
  documentCriteria: string[];
  /**
   * Words of 一级 names whose indicators need 佐证材料 (evidence) for a full score: review notes a
   * full score on such a row with no file attached (when evidence counts are known).
   */
  evidenceRequired: string[];
  /** False for a form with no score columns: it yields no total and no grade. */
  scored: boolean;
  /** False when the form's layout was not recognised: only rules that need no template run. */
  recognised: boolean;
}

/** The outcome of judging one indicator's evidence, and helpers to build one. */
import type { Big } from '../money';
import type { Direction } from '../taxonomy';
import type { Template } from '../templates/types';
import type { BandName, Explanation } from './messages';
import type { Method, Status } from './types';

/** The outcome of reading the evidence at weight W (exact; rounded by the caller). */
export interface Judgement {
  method: Method;
  status: Status;
  range: [Big, Big] | null;
  achievement: Big | null;
  explanation: Explanation;
}

/** What judging needs besides the two cells. */
export interface JudgeContext {
  year: number;
  template: Template;
  /** The direction the indicator's name or 二级 implies (taxonomy), used where the target has no operator. */
  nameDirection: Direction | null;
}

const BAND_STATUS: Record<BandName, Status> = { achieved: 'met', partial: 'partial', notAchieved: 'not-met' };

/** A band of the weight as a judgement. */
export function bandJudgement(method: Method, band: BandName, w: Big, template: Template, explain: (min: Big, max: Big) => Explanation): Judgement {
  const [lo, hi] = template.bands[band];
  const min = w.times(lo);
  const max = w.times(hi);
  return { method, status: BAND_STATUS[band], range: [min, max], achievement: null, explanation: explain(min, max) };
}

/** A judgement that proves nothing. */
export function unverifiable(explanation: Explanation): Judgement {
  return { method: 'unverifiable', status: 'unverifiable', range: null, achievement: null, explanation };
}


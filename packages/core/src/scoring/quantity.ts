/**
 * Quantitative scoring in exact decimals: the score a single actual value earns against a
 * target (≥, ≤, =, range), and the weakest score an interval of possible actuals earns.
 */
import { Big } from '../money';
import type { Direction } from '../taxonomy';

/** A quantitative target in the target's unit: for ge/le/eq low = high = T. */
export interface QuantTarget {
  method: 'ge' | 'le' | 'eq' | 'range';
  low: Big;
  high: Big;
  /** The direction the indicator's name implies; decides which side of an '=' target is bad. */
  nameDirection: Direction | null;
  /** Relative tolerance of an '=' target (a share, 0 = exact). */
  tolerance: number;
}

/** Where a value fell: meeting the target, short of it, or beyond it on the bad side. */
export type Side = 'in' | 'below' | 'above';

/** The score at one value and where the value fell; x null stands for "unbounded above". */
export interface Point {
  x: Big | null;
  score: Big;
  side: Side;
}

function ge(x: Big | null, t: Big, w: Big, zero: Big): Point {
  if (x === null || x.gte(t)) return { x, score: w, side: 'in' };
  // x < t: nothing positive is proven when the target or the value is not positive.
  if (t.lte(0) || x.lte(0)) return { x, score: zero, side: 'below' };
  return { x, score: w.times(x).div(t), side: 'below' };
}

function le(x: Big | null, t: Big, w: Big, zero: Big): Point {
  if (x !== null && x.lte(t)) return { x, score: w, side: 'in' };
  // Unbounded above, or a target of 0 (incidents) exceeded: no proportion to give.
  if (x === null || t.lte(0)) return { x, score: zero, side: 'above' };
  return { x, score: w.times(t).div(x), side: 'above' };
}

/** The score at value x (null = unbounded above) for weight w. */
export function scoreAt(target: QuantTarget, x: Big | null, w: Big): Point {
  const zero = new Big(0);
  const { low, high } = target;
  switch (target.method) {
    case 'ge':
      return ge(x, low, w, zero);
    case 'le':
      return le(x, low, w, zero);
    case 'range':
      if (x !== null && x.lt(low)) return ge(x, low, w, zero);
      return le(x, high, w, zero);
    case 'eq': {
      const tol = target.tolerance === 0 ? 0 : low.abs().times(target.tolerance);
      if (x !== null && x.minus(low).abs().lte(tol)) return { x, score: w, side: 'in' };
      // Off target: only the side the name calls bad costs points (合格率 above 100 does not).
      if (x !== null && x.lt(low)) return target.nameDirection === '<=' ? { x, score: w, side: 'in' } : ge(x, low, w, zero);
      return target.nameDirection === '>=' ? { x, score: w, side: 'in' } : le(x, low, w, zero);
    }
  }
}

/**
 * The weakest score over the actual's possible values [lo, hi] (hi null = unbounded). Every
 * scoring function here rises then falls at most once, so the minimum is at an end.
 */
export function weakest(target: QuantTarget, lo: Big, hi: Big | null, w: Big): Point {
  const a = scoreAt(target, lo, w);
  if (hi !== null && hi.eq(lo)) return a;
  const b = scoreAt(target, hi, w);
  return b.score.lt(a.score) ? b : a;
}

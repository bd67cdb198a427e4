/**
 * What the evidence proves for one indicator: the method, status and score range for a weight
 * W, read from the parsed 年度指标值 and 实际完成值. Nothing is guessed: an actual that proves
 * nothing checkable is unverifiable.
 */
import type { ParsedValue } from '../grammar/types';
import { unitsCompatible, valueInUnit } from '../grammar/units';
import { Big, isDecimal } from '../money';
import { pts, quote } from './format';
import { judgeDate } from './judge-date';
import { judgeQuantity, type QuantActual } from './judge-quantity';
import { bandMsg, unverifiableMsg } from './messages';
import { bandJudgement, unverifiable, type Judgement, type JudgeContext } from './outcome';

export type { Judgement, JudgeContext } from './outcome';

const GRADE_BAND = { achieved: 'achieved', partial: 'partial', 'not-achieved': 'notAchieved' } as const;

function actualInterval(a: ParsedValue): QuantActual | null {
  if (a.kind === 'number') {
    if (!isDecimal(a.value)) return null;
    const v = new Big(a.value);
    if (a.op === '>=' || a.op === '>') return { lo: a.value, hi: null, lead: 'lower', unit: a.unit };
    // An upper bound on a non-negative quantity: anything from 0 up to the bound.
    if (a.op === '<=' || a.op === '<') return { lo: v.lt(0) ? a.value : '0', hi: a.value, lead: 'upper', unit: a.unit };
    return { lo: a.value, hi: a.value, lead: 'plain', unit: a.unit };
  }
  if (a.kind === 'range' && isDecimal(a.low) && isDecimal(a.high)) return { lo: a.low, hi: a.high, lead: 'range', unit: a.unit };
  return null;
}

/** Read the evidence of one indicator at weight w. */
export function judge(target: ParsedValue, actual: ParsedValue, w: Big, ctx: JudgeContext): Judgement {
  const t = target;
  const a = actual;
  const quantTarget =
    (t.kind === 'number' && isDecimal(t.value)) || (t.kind === 'range' && isDecimal(t.low) && isDecimal(t.high));
  // A qualitative actual that concedes a shortfall is evidence against the claim whatever the target.
  if (a.kind === 'qualitative' && a.grade !== null && a.grade !== 'achieved' && (quantTarget || t.kind === 'date')) {
    const band = GRADE_BAND[a.grade];
    return bandJudgement('qualitative', band, w, ctx.template, (min, max) => bandMsg(quote(a.text), band, pts(min), pts(max), true));
  }
  if (a.kind === 'empty') return unverifiable(unverifiableMsg({ why: 'actual-empty' }));
  if (a.kind === 'placeholder') return unverifiable(unverifiableMsg({ why: 'actual-placeholder', actual: quote(a.text) }));
  if (quantTarget && (t.kind === 'number' || t.kind === 'range')) {
    const interval = actualInterval(a);
    if (interval === null) {
      if (a.kind === 'qualitative' && a.grade !== null) {
        return unverifiable(unverifiableMsg({ why: 'actual-no-number', actual: quote(a.text), target: quote(t.text) }));
      }
      if (a.kind === 'date') return unverifiable(unverifiableMsg({ why: 'kind-mismatch', actual: quote(a.text), target: quote(t.text) }));
      return unverifiable(unverifiableMsg({ why: 'actual-vague', actual: quote(a.text) }));
    }
    const tUnit = t.unit;
    if (!unitsCompatible(interval.unit, tUnit)) {
      return unverifiable(unverifiableMsg({ why: 'units', actualUnit: interval.unit ?? '', targetUnit: tUnit ?? '' }));
    }
    // Most actuals are bare or in the target's own unit: no conversion (and no decimal work) needed.
    const same = interval.unit === null || tUnit === null || interval.unit === tUnit;
    const lo = same ? interval.lo : valueInUnit(interval.lo, interval.unit, tUnit);
    const hi = interval.hi === null ? null : same ? interval.hi : valueInUnit(interval.hi, interval.unit, tUnit);
    if (lo === null || (interval.hi !== null && hi === null)) {
      return unverifiable(unverifiableMsg({ why: 'units', actualUnit: interval.unit ?? '', targetUnit: tUnit ?? '' }));
    }
    return judgeQuantity(t, { ...interval, lo, hi }, interval, quote(a.text), w, ctx);
  }
  if (t.kind === 'date') return judgeDate(t, a, w, ctx);
  // The target is words (or blank): only the actual's own words can grade it.
  if (a.kind === 'qualitative' && a.grade !== null) {
    const band = GRADE_BAND[a.grade];
    return bandJudgement('qualitative', band, w, ctx.template, (min, max) => bandMsg(quote(a.text), band, pts(min), pts(max), false));
  }
  if (a.kind === 'qualitative' || a.kind === 'unknown') return unverifiable(unverifiableMsg({ why: 'actual-vague', actual: quote(a.text) }));
  return unverifiable(unverifiableMsg({ why: 'target-not-checkable', target: quote(t.text) }));
}

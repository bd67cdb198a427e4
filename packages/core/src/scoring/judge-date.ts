/**
 * 时效 (date) judgement: on or before the date → W; late but done within the year → the
 * template's late band; later, or never shown done → the not-achieved band.
 */
import type { ParsedValue } from '../grammar/types';
import type { Big } from '../money';
import { decimalText, pts, quote } from './format';
import { bandJudgement, unverifiable, type Judgement, type JudgeContext } from './outcome';
import { dateLateMsg, dateMetMsg, unverifiableMsg } from './messages';

type DateValue = Extract<ParsedValue, { kind: 'date' }>;

/** Judge a date target; the actual should be a date too. */
export function judgeDate(t: DateValue, a: ParsedValue, w: Big, ctx: JudgeContext): Judgement {
  if (a.kind !== 'date') {
    if (a.kind === 'qualitative' && a.grade === 'achieved') {
      return unverifiable(unverifiableMsg({ why: 'actual-no-number', actual: quote(a.text), target: quote(t.text) }));
    }
    if (a.kind === 'qualitative' || a.kind === 'unknown') return unverifiable(unverifiableMsg({ why: 'actual-vague', actual: quote(a.text) }));
    return unverifiable(unverifiableMsg({ why: 'kind-mismatch', actual: quote(a.text), target: quote(t.text) }));
  }
  const tt = quote(t.text);
  const at = quote(a.text);
  // An actual "after X" (op '>=') never shows when it was done: read it as not done in time.
  const done = a.op === '>=' ? null : a.date;
  const onTime = t.op === '>=' ? done !== null && done >= t.date : done !== null && done <= t.date;
  if (onTime) {
    return { method: 'date', status: 'met', range: [w, w], achievement: null, explanation: dateMetMsg(tt, at, decimalText(w)) };
  }
  // Within the year: the form's year, or the target's own year when the deadline lies beyond it.
  const targetYear = Number(t.date.slice(0, 4));
  const yearEnd = `${Math.max(ctx.year, Number.isFinite(targetYear) ? targetYear : ctx.year)}-12-31`;
  const withinYear = done !== null && done <= yearEnd && t.op !== '>=';
  const band = withinYear ? ctx.template.lateWithinYear : 'notAchieved';
  return bandJudgement('date', band, w, ctx.template, (min, max) => dateLateMsg(tt, at, withinYear, band, pts(min), pts(max)));
}

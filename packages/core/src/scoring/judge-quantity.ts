/**
 * Quantitative judgement (≥, ≤, =, range): the weakest score the actual's possible values earn,
 * its status and the explanation with the arithmetic written out.
 */
import type { Op, ParsedValue } from '../grammar/types';
import { Big } from '../money';
import { qty, decimalText } from './format';
import type { Judgement, JudgeContext } from './outcome';
import { aboveMsg, belowMsg, boundOnlyMsg, metMsg, type Lead } from './messages';
import { weakest, type QuantTarget } from './quantity';
import type { Status } from './types';

/** The actual as an interval of decimal strings; hi null = unbounded above. */
export interface QuantActual {
  lo: string;
  hi: string | null;
  lead: Lead;
  unit: string | null;
}

type NumTarget = Extract<ParsedValue, { kind: 'number' | 'range' }>;

const OP_SYMBOL: Record<Op, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

function methodOf(t: NumTarget, ctx: JudgeContext): QuantTarget['method'] {
  if (t.kind === 'range') return 'range';
  // '>' and '<' are read as ≥ and ≤: forms write them loosely ("大于等于" and "大于" alike).
  if (t.op === '>=' || t.op === '>') return 'ge';
  if (t.op === '<=' || t.op === '<') return 'le';
  if (t.op === '=') return 'eq';
  return ctx.nameDirection === '<=' ? 'le' : 'ge';
}

/**
 * The actual's value at one end for display: in its own unit, with the target-unit figure
 * beside it when a conversion changed the number ("0.5亿元（合5000万元）").
 */
function shown(orig: string, conv: string, aUnit: string | null, tUnit: string | null) {
  const unit = aUnit ?? tUnit;
  const own = qty(orig, unit);
  if (aUnit === null || tUnit === null || aUnit === tUnit || new Big(orig).eq(conv)) return own;
  const c = qty(conv, tUnit);
  return { zh: `${own.zh}（合${c.zh}）`, en: `${own.en} (= ${c.en})` };
}

/** Judge a number or range target against an actual interval already in the target's unit. */
export function judgeQuantity(
  t: NumTarget,
  conv: QuantActual,
  orig: QuantActual,
  text: string,
  w: Big,
  ctx: JudgeContext,
): Judgement {
  const method = methodOf(t, ctx);
  const low = new Big(t.kind === 'range' ? t.low : t.value);
  const high = new Big(t.kind === 'range' ? t.high : t.value);
  const target: QuantTarget = {
    method,
    low,
    high,
    nameDirection: ctx.nameDirection,
    tolerance: ctx.template.equalTolerance,
  };
  const lo = new Big(conv.lo);
  const hi = conv.hi === null ? null : new Big(conv.hi);
  const p = weakest(target, lo, hi, w);

  const status: Status = p.score.eq(w) ? 'met' : p.score.eq(0) ? 'not-met' : 'partial';
  const achievement = method === 'ge' && p.x !== null && low.gt(0) ? p.x.div(low) : null;
  const range: [Big, Big] = [p.score, p.score];

  const tUnit = t.unit;
  const tHigh = qty(t.kind === 'range' ? t.high : t.value, tUnit);
  const tBare = t.kind === 'range' ? { zh: `${decimalText(t.low)}–${tHigh.zh}`, en: `${decimalText(t.low)}–${tHigh.en}` } : tHigh;
  const tOp =
    t.kind === 'number' && t.op !== null ? { zh: OP_SYMBOL[t.op] + tBare.zh, en: OP_SYMBOL[t.op] + tBare.en } : tBare;
  // The lead names the bound as written for an upper bound; otherwise the value the score rests on.
  const atHi = conv.lead === 'upper' || (p.x !== null && hi !== null && p.x.eq(hi) && !p.x.eq(lo));
  const a =
    atHi && orig.hi !== null && conv.hi !== null
      ? shown(orig.hi, conv.hi, orig.unit, tUnit)
      : shown(orig.lo, conv.lo, orig.unit, tUnit);
  const ws = decimalText(w);
  const s = decimalText(p.score.round(2, Big.roundHalfUp));

  let explanation;
  if (p.side === 'in') {
    const sym = method === 'ge' ? '≥' : method === 'le' ? '≤' : method === 'eq' ? '=' : null;
    explanation = metMsg(conv.lead, sym, a, tBare, tOp, ws, text);
  } else if (p.side === 'below' && conv.lead === 'upper') {
    explanation = boundOnlyMsg('upper', text, tOp);
  } else if (p.side === 'below') {
    const bound = low;
    const formula = p.x === null || p.x.lte(0) || bound.lte(0) ? null : `${ws}×${decimalText(p.x)}/${decimalText(bound)}`;
    const tShown = method === 'range' ? qty(t.kind === 'range' ? t.low : t.value, tUnit) : tBare;
    explanation = belowMsg(conv.lead, a, tShown, formula, s, text);
  } else if (p.x === null) {
    explanation = boundOnlyMsg('lower', text, tOp);
  } else {
    const bound = method === 'range' ? high : low;
    const formula = bound.lte(0) ? null : `${ws}×${decimalText(bound)}/${decimalText(p.x)}`;
    const tShown = method === 'range' ? qty(t.kind === 'range' ? t.high : t.value, tUnit) : tBare;
    explanation = aboveMsg(conv.lead, a, tShown, formula, s, text);
  }
  return { method, status, range, achievement, explanation };
}

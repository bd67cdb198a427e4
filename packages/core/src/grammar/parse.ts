/**
 * parseValue: one 年度指标值 or 实际完成值 cell to a typed value. It never throws and reads at
 * most the first WINDOW characters for structure, while the returned text is always the whole
 * input, unchanged.
 *
 * Rules a reader of a result should know:
 * - Several numbers with different meanings ("完成6期培训，900人") give `unknown`, unless exactly
 *   one of them carries a comparison ("共3批，≥20家"), or ctx.unit (the paired cell's unit) is
 *   matched by exactly one of them. A bare year ("2020年度") beside other values is context.
 * - A date beside a number is `unknown` unless ctx.unit picks the number.
 * - Template stars left in ("≥**人", "(≥**人)") are a `placeholder`: nothing was filled in.
 * - "每亩300" is the number 300 with unit null (the currency is not written) and prose true;
 *   "每亩300元" has unit "元/亩".
 * - "9月前", "12月底前", "11月底完成": the month is included (date = its last day, op '<=').
 * - Chinese numerals count only right before a count unit and outside listed words ("不少于两期"
 *   is ≥2期, "一次性补助" and "一定提高" are not numbers): see chinese-numerals.ts.
 */
import { findDates, type DateToken } from './dates';
import { normalize, squeeze } from './normalize';
import { findNumbers, type NumberToken } from './numbers';
import { gradeOf, isVague } from './qualitative';
import type { Op, ParseContext, ParsedValue } from './types';
import { unitInfo } from './units';
import { PLACEHOLDERS } from './vocabulary';
import { Big } from '../money';

// Dates are masked with MASK (they count as words around a number: prose); a list number with
// ORDINAL_MASK (it does not).
const MASK = '\uE000';
const ORDINAL_MASK = '\uE001';
const OP_CHARS = /[≥≤<>=]/;
const OP_CHARS_G = /[≥≤<>=]/g;
const SYMBOL_OP: Record<string, Op> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };
// Punctuation and brackets do not make a cell prose.
const PUNCT = /[()[\]{}【】《》"'“”‘’,，。.;；:：、!！?？~*\-\uE001]/g;
const STARS = /\*\*|××|xx/i;
const DATE_BEFORE = /(截至|截止到|截止至|截止|最迟|最晚|不晚于|不迟于)$/;
const DATE_AFTER_LE = /^(之前|以前|前|以内|之内|内)/;
const DATE_AFTER_GE = /^(之后|以后|后|起|开始)/;
const RANGE_SEP = /^[-~至到]$/;
// A list number opening the cell ("1.", "1、", "(1)") is not a value.
const ORDINAL = /^(?:\(\d{1,2}\)|\d{1,2}[、.])(?=[^\d.])/;

/** Parse one target or actual cell. Never throws; `text` of the result is the input as given. */
export function parseValue(text: string, ctx: ParseContext): ParsedValue {
  if (typeof text !== 'string') return { kind: 'unknown', text };
  try {
    return parseCell(text, ctx);
  } catch {
    // Defence in depth only: the property tests show no input reaches here.
    return { kind: 'unknown', text };
  }
}

function parseCell(text: string, ctx: ParseContext): ParsedValue {
  if (text.trim() === '') return { kind: 'empty', text };
  const sq = squeeze(text);
  if (PLACEHOLDERS.test(sq)) return { kind: 'placeholder', text };
  if (STARS.test(sq) && !/\d/.test(sq)) return { kind: 'placeholder', text };
  let s = normalize(text);
  const ordinal = ORDINAL.exec(s);
  if (ordinal) s = ORDINAL_MASK.repeat(ordinal[0].length) + s.slice(ordinal[0].length);
  const year = Number.isInteger(ctx?.year) ? ctx.year : Number.NaN;
  let dates = findDates(s, year);
  let masked = s;
  for (const d of dates) masked = masked.slice(0, d.start) + MASK.repeat(d.end - d.start) + masked.slice(d.end);
  const numbers = findNumbers(masked);
  if (dates.length > 1 || numbers.length > 0) dates = dates.filter((d) => !d.yearOnly);
  if (dates.length > 0) {
    if (numbers.length > 0) {
      const n = byUnit(numbers, ctx);
      return n ? numberValue(text, n, masked, numbers) : { kind: 'unknown', text };
    }
    return dates.length === 1 ? dateValue(text, s, dates[0]) : { kind: 'unknown', text };
  }
  if (numbers.length > 0) return numbersValue(text, masked, numbers, ctx);
  return qualitative(text, sq, masked);
}

function dateValue(text: string, s: string, d: DateToken): ParsedValue {
  if (d.date === null) return { kind: 'unknown', text };
  // A bare year is a date only on its own: "2020年度" yes, "高于2019年水平" no.
  if (d.yearOnly && residue(s, [d]).replace(OP_CHARS_G, '') !== '') return { kind: 'unknown', text };
  const before = s.slice(0, d.start);
  const after = s.slice(d.end);
  const ops = new Set<'<=' | '=' | '>='>();
  const sym = SYMBOL_OP[before.slice(-1)];
  if (sym) ops.add(sym === '<' || sym === '<=' ? '<=' : sym === '=' ? '=' : '>=');
  if (DATE_BEFORE.test(before) || d.deadline || DATE_AFTER_LE.test(after)) ops.add('<=');
  if (DATE_AFTER_GE.test(after)) ops.add('>=');
  if (ops.size > 1) return { kind: 'unknown', text };
  // Any other comparison sign left around the date is malformed ("≥≥10月").
  if (OP_CHARS.test(sym ? before.slice(0, -1) : before) || OP_CHARS.test(after)) return { kind: 'unknown', text };
  const op = ops.size === 1 ? [...ops][0] : '=';
  return { kind: 'date', text, op, date: d.date, precision: d.precision, yearInferred: d.yearInferred };
}

/** Text left once the given spans are removed, without punctuation. */
function residue(masked: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const sp of spans) {
    out += masked.slice(at, sp.start);
    at = sp.end;
  }
  return (out + masked.slice(at)).replace(PUNCT, '');
}

function numbersValue(text: string, masked: string, numbers: NumberToken[], ctx: ParseContext): ParsedValue {
  if (numbers.length === 2) {
    const [a, b] = numbers;
    const sep = masked.slice(a.end, b.start);
    if (RANGE_SEP.test(sep) && !a.prefixOp && !a.suffixOp && !b.prefixOp && !a.approxMore) {
      return rangeValue(text, masked, a, b);
    }
  }
  if (numbers.length === 1) return numberValue(text, numbers[0], masked, numbers);
  const withOp = numbers.filter((n) => n.prefixOp || n.suffixOp);
  const pick = withOp.length === 1 ? withOp[0] : byUnit(numbers, ctx);
  return pick ? numberValue(text, pick, masked, numbers) : { kind: 'unknown', text };
}

/** The single number whose unit has the base of ctx.unit, if exactly one has. */
function byUnit(numbers: NumberToken[], ctx: ParseContext): NumberToken | null {
  const want = ctx?.unit ? unitInfo(ctx.unit).base : '';
  if (want === '') return null;
  const hits = numbers.filter((n) => n.unit !== null && unitInfo(n.unit).base === want);
  return hits.length === 1 ? hits[0] : null;
}

function numberValue(text: string, n: NumberToken, masked: string, all: NumberToken[]): ParsedValue {
  if (n.prefixOp && n.suffixOp && n.prefixOp !== n.suffixOp) return { kind: 'unknown', text };
  const rest = residue(masked, all);
  if (OP_CHARS.test(rest) || rest.includes('%')) return { kind: 'unknown', text };
  const op = n.prefixOp ?? n.suffixOp ?? (n.approxMore ? '>=' : null);
  const unit = n.per ? (n.unit ? `${n.unit}/${n.per}` : null) : n.unit;
  const prose = all.length > 1 || rest.length > 0 || n.per !== null;
  return { kind: 'number', text, op, value: n.value, unit, prose };
}

function rangeValue(text: string, masked: string, a: NumberToken, b: NumberToken): ParsedValue {
  // "5万-10万元" writes the magnitude on both ends; "1-3次" only on the high end.
  const sameUnit = a.unit === null || a.unit === b.unit || (b.unit !== null && b.unit.startsWith(a.unit));
  if (!sameUnit || new Big(a.value).gt(b.value)) return { kind: 'unknown', text };
  const rest = residue(masked, [{ start: a.start, end: b.end }]);
  if (OP_CHARS.test(rest) || rest.includes('%')) return { kind: 'unknown', text };
  return { kind: 'range', text, low: a.value, high: b.value, unit: b.unit ?? a.unit, prose: rest.length > 0 };
}

function qualitative(text: string, sq: string, masked: string): ParsedValue {
  // Digits left unread, or a comparison with no number ("≥", "≥高"), are not readable words.
  if (/\d/.test(masked) || OP_CHARS.test(masked)) return { kind: 'unknown', text };
  const grade = gradeOf(sq);
  const vague = isVague(sq);
  if (grade === null && !vague) return { kind: 'unknown', text };
  return { kind: 'qualitative', text, grade, vague };
}

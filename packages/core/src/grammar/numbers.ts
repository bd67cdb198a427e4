/**
 * Numbers in a normalised cell, each with the comparison written before or after it, its unit
 * and its span: "≥20家", "90%以上", "1.2万亩", ">=530元/人*月", "每亩300", "100余家".
 */
import { Big, canonical } from '../money';
import type { Op } from './types';
import { APPROX_MORE_WORDS, COUNT_UNITS, MULTIPLIERS, SUFFIX_OP_WORDS, UNITS, UNIT_ALIASES } from './vocabulary';

/** One number found in the text. */
export interface NumberToken {
  start: number;
  end: number;
  /** Comparison written before the number (≥20), after it (20以上), or implied by 余/多. */
  prefixOp: Op | null;
  suffixOp: Op | null;
  approxMore: boolean;
  value: string;
  unit: string | null;
  /** "每亩300": the unit the number is per (亩). */
  per: string | null;
}

const SYMBOL_OP: Record<string, Op> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/%]/g, '\\$&');
const UNIT_WORDS = [...new Set([...Object.keys(UNITS), ...Object.keys(UNIT_ALIASES), ...COUNT_UNITS, '个工作日', '分'])]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const MULT = MULTIPLIERS.map(([p]) => p).join('|');
const SIMPLE_UNIT = `(?:(?:${MULT})?(?:${UNIT_WORDS}))`;
// A unit: a simple one with an optional per-part (元/人*月), or a bare magnitude (万, 亿).
const UNIT = new RegExp(`${SIMPLE_UNIT}(?:/${SIMPLE_UNIT}(?:\\*${SIMPLE_UNIT})*)?|${MULT}`, 'y');
const NUMBER = /(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?)/g;
const APPROX = new RegExp(`(?:${APPROX_MORE_WORDS.join('|')})`, 'y');
const SUFFIX = new RegExp(`(?:${SUFFIX_OP_WORDS.map(([w]) => w).join('|')})`, 'y');
const SUFFIX_OP = new Map(SUFFIX_OP_WORDS);
const PER = new RegExp(`每(${SIMPLE_UNIT})$`);
// What may follow a bare 万 for it still to be "nothing after it".
const TRAILER = /^[\s,.;:!?。、)\]】]*$/;

/** Canonical unit text: aliases folded (百分比 → %), 个工作日 → 工作日. */
function canonicalUnit(u: string): string {
  if (u === '个工作日') return '工作日';
  return UNIT_ALIASES[u] ?? u;
}

function sticky(re: RegExp, s: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/** Every number in s (dates already masked out), left to right. */
export function findNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m !== null; m = NUMBER.exec(s)) {
    let start = m.index;
    let end = start + m[0].length;
    let digits = m[0].replace(/,/g, '');
    // A leading minus only at the very start of the cell: elsewhere a dash separates a range.
    if (start === 1 && s[0] === '-') {
      digits = `-${digits}`;
      start = 0;
    }
    const sym = start > 0 ? SYMBOL_OP[s[start - 1]] : undefined;
    if (sym) start -= 1;
    const approx = sticky(APPROX, s, end);
    if (approx) end += approx.length;
    let unit = sticky(UNIT, s, end);
    if (unit) end += unit.length;
    const suffix = sticky(SUFFIX, s, end);
    if (suffix) end += suffix.length;
    // Assumption: a bare 万 (or 亿) closing the cell means 万元 (亿元): in these forms a number
    // "in ten-thousands" with no unit is an amount of money ("25万" beside "≤42万元").
    if ((unit === '万' || unit === '亿') && !suffix && TRAILER.test(s.slice(end))) unit += '元';
    const per = PER.exec(s.slice(Math.max(0, start - 8), start));
    out.push({
      start: per ? start - per[0].length : start,
      end,
      prefixOp: sym ?? null,
      suffixOp: suffix ? (SUFFIX_OP.get(suffix) ?? null) : null,
      approxMore: approx !== null,
      value: canonical(new Big(digits)),
      unit: unit ? canonicalUnit(unit) : null,
      per: per ? canonicalUnit(per[1]) : null,
    });
    NUMBER.lastIndex = end;
  }
  return out;
}

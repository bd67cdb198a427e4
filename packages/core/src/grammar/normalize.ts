/**
 * Normalisation of a cell before it is read: full-width to ASCII, one spelling per operator,
 * no spaces, comparison words turned into symbols. The result is only used for reading;
 * the parsed value always keeps the text as given.
 */
import { toHalfWidth } from '../money';
import { chineseNumeralsToDigits } from './chinese-numerals';
import { toSimplified } from './traditional';
import { PREFIX_OP_WORDS } from './vocabulary';

/** Only this many characters are read for structure, so huge cells cost bounded work. */
export const WINDOW = 500;

const OP_SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

// Comparison words only count before a number (or a dash and a number), never in prose alone.
const OP_WORDS = new RegExp(`(${PREFIX_OP_WORDS.map(([w]) => w).join('|')})(?=-?\\d)`, 'g');
const OP_WORD_SYMBOL = new Map(PREFIX_OP_WORDS.map(([w, op]) => [w, OP_SYMBOL[op]]));

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
// ≮ "not less than" is ≥, ≯ "not greater than" is ≤; the small-form signs ﹤﹥﹦ are the plain ones.
const RARE_SIGNS = /[≮≯﹤﹥﹦]/g;
const RARE_SIGN_OF: Readonly<Record<string, string>> = { '≮': '≥', '≯': '≤', '﹤': '<', '﹥': '>', '﹦': '=' };
const GE = /[≧⩾]|>=|=>/g;
const LE = /[≦⩽]|<=|=</g;
const DASHES = /[—–―─‐‑−]/g;
const TILDES = /[〜∼]/g;
const DOTS = /[·•×]/g;
// "98 %(百分比)" and "98(百分比)" both mean 98 %.
const PERCENT_NOTE = /%?\(百分比\)/g;
const PERCENT_SIGNS = /[﹪٪]/g;
// 百分之95 is 95%.
const PERCENT_OF = /百分之(\d+(?:\.\d+)?)/g;

/**
 * The cell's first WINDOW characters (after leading spaces), full-width folded, spaces removed,
 * traditional characters read as simplified (個 → 个, 萬元 → 万元) and pinyin glosses dropped.
 */
export function squeeze(text: string): string {
  return toSimplified(toHalfWidth(text.trimStart().slice(0, WINDOW))).replace(SPACES, '');
}

/**
 * squeeze() plus one spelling for every operator, dash and comparison word; Chinese numerals
 * before a count unit become digits first (两期 → 2期), so 不少于两期 reads as ≥2期.
 */
export function normalize(text: string): string {
  return chineseNumeralsToDigits(squeeze(text))
    .replace(RARE_SIGNS, (c) => RARE_SIGN_OF[c] ?? c)
    .replace(GE, '≥')
    .replace(LE, '≤')
    .replace(/==/g, '=')
    .replace(DASHES, '-')
    .replace(TILDES, '~')
    .replace(DOTS, '*')
    .replace(PERCENT_SIGNS, '%')
    .replace(PERCENT_OF, '$1%')
    .replace(PERCENT_NOTE, '%')
    .replace(OP_WORDS, (w) => OP_WORD_SYMBOL.get(w) ?? w);
}

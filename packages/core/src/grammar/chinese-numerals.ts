/**
 * Chinese numerals before a count unit, rewritten as digits before the cell is read:
 * "完成两次" → "完成2次", "不少于两期" → "不少于2期", "一百零五家" → "105家".
 *
 * The rule is conservative, because 一 and 十 are everywhere in prose:
 * - the numeral is a whole run of 零〇一二两三四五六七八九十百千万 spelled the standard way
 *   (十二, 一十二, 二十, 一百零五, 两千, 一万零五十); abbreviations such as 一百五 are not read;
 * - it starts with a digit or 十 (百家, 千家万户 are words, not 100 or 1000);
 * - a count unit the grammar knows follows it directly (COUNT_UNITS, 人, 名, 人次 …);
 * - it is not part of a listed word (CHINESE_NUMERAL_EXCLUDED_WORDS: 一定, 一次性, 第一, 三农 …),
 *   not after 第/每/初/其 or a digit, and the unit is not followed by another numeral (一村一品);
 * - at most 99,999,999 (no 亿).
 * Anything else is left as written, so the cell reads exactly as it did before.
 */
import { COUNT_UNITS, CHINESE_NUMERAL_BAD_BEFORE, CHINESE_NUMERAL_EXCLUDED_WORDS, UNITS } from './vocabulary';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const RUN = /[零〇一二两三四五六七八九十百千万]{1,16}/g;
const NUMERAL_CHAR = /^[零〇一二两三四五六七八九十百千万]/;
const FIRST_OK = /^[零〇一二两三四五六七八九十]/;
const COUNT_WORDS = [
  ...new Set([...COUNT_UNITS, ...Object.keys(UNITS).filter((u) => UNITS[u].kind === 'count')]),
].sort((a, b) => b.length - a.length);
const DIGIT_NAMES = '零一二三四五六七八九';
const PLACE_NAMES = ['千', '百', '十', ''];

/** The standard spelling of 0 ≤ n < 10000 (leading says whether it opens the numeral: 十二 vs 一十二). */
function section(n: number, leading: boolean): string {
  const ds = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    if (ds[i] === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += leading && out === '' && i === 2 && ds[i] === 1 ? '十' : DIGIT_NAMES[ds[i]] + PLACE_NAMES[i];
  }
  return out;
}

/** The standard spelling of an integer 0 ≤ n < 10^8: 12 → 十二, 105 → 一百零五, 10050 → 一万零五十. */
export function toChineseNumeral(n: number): string {
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return section(low, true);
  const rest = low === 0 ? '' : (low < 1000 ? '零' : '') + section(low, false);
  return `${section(high, true)}万${rest}`;
}

/** The value of a Chinese numeral spelled the standard way, or null (一百五, 十四五, 二二). */
export function readChineseNumeral(s: string): number | null {
  let total = 0;
  let sec = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch];
    else if (ch in PLACES) {
      sec += (digit || 1) * PLACES[ch];
      digit = 0;
    } else if (ch === '万') {
      total += (sec + digit) * 10000;
      sec = 0;
      digit = 0;
    } else return null;
  }
  const n = total + sec + digit;
  if (n >= 1e8) return null;
  // Only the standard spelling (两 for 二, 〇 for 零, 一十 for a leading 十) is accepted: the
  // lenient reading above would make 十四五 fifty-four-ish and 一百五 105.
  const folded = s.replace(/两/g, '二').replace(/〇/g, '零');
  const std = toChineseNumeral(n);
  return folded === std || (folded.startsWith('一十') && folded.slice(1) === std) ? n : null;
}

/** Spans of the excluded words in s, as [start, end) pairs. */
function excludedSpans(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const w of CHINESE_NUMERAL_EXCLUDED_WORDS) {
    for (let at = s.indexOf(w); at !== -1; at = s.indexOf(w, at + 1)) out.push([at, at + w.length]);
  }
  return out;
}

/** s with every Chinese numeral that counts something (see the rule above) written in digits. */
export function chineseNumeralsToDigits(s: string): string {
  if (!/[零〇一二两三四五六七八九十]/.test(s)) return s;
  let spans: [number, number][] | null = null;
  return s.replace(RUN, (run: string, at: number) => {
    // A run cut at its length limit (or after a numeral) is not a whole numeral.
    const before = s.slice(Math.max(0, at - 1), at);
    if (!FIRST_OK.test(run) || NUMERAL_CHAR.test(before) || CHINESE_NUMERAL_BAD_BEFORE.test(before)) return run;
    const after = s.slice(at + run.length);
    const unit = COUNT_WORDS.find((u) => after.startsWith(u));
    if (unit === undefined || NUMERAL_CHAR.test(after.slice(unit.length))) return run;
    const n = readChineseNumeral(run);
    if (n === null) return run;
    spans ??= excludedSpans(s);
    const end = at + run.length + unit.length;
    // A word inside the numeral itself (万一 in 二万一千) is the numeral, not that word.
    const inRun = (a: number, b: number) => a >= at && b <= at + run.length;
    if (spans.some(([a, b]) => a < end && b > at && !inRun(a, b))) return run;
    return String(n);
  });
}

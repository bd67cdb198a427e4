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

/**
 * The text with every Chinese numeral that counts something (see the rule above) written in
 * digits, after the ranges, percentages and dates of chineseNumeralPhrasesToDigits.
 */
export function chineseNumeralsToDigits(text: string): string {
  if (!/[零〇一二两三四五六七八九十]/.test(text)) return text;
  const s = chineseNumeralPhrasesToDigits(text);
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

const NUM = '[零〇一二两三四五六七八九十百千万]';
// 三至五次, 三到五期: a range of two numerals before a count unit, both ends read.
const RANGE = new RegExp(`(${NUM}{1,8})(至|到|~|-)(${NUM}{1,8})(?=${COUNT_WORDS.join('|')})`, 'g');
// 百分之九十五, 百分之九十五点五: a percentage spelled out.
const PERCENT = new RegExp(`百分之(${NUM}{1,4})(?:点([零〇一二三四五六七八九]{1,4}))?`, 'g');
// 二〇二〇年: a year spelled digit by digit.
const YEAR = /(?<![零〇一二三四五六七八九十])([〇零一二三四五六七八九]{4})(?=年)/g;
// 十月, 十二月底, 十月三十日: a month (1–12) that a day, a year or an end-of-month word places as a date.
const MONTH_DAY = new RegExp(`(?<=^|年|[^${NUM.slice(1, -1)}])(${NUM}{1,3})月(?:(${NUM}{1,3})([日号]))?`, 'g');
const MONTH_AFTER = /^(?:底|末|份|前|中旬|上旬|下旬|初)/;
const DIGIT_OF: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Ranges, percentages and dates written in Chinese numerals, rewritten in digits so the cell
 * reads like its digit spelling: 三至五次 → 3至5次, 百分之九十五 → 95%, 二〇二〇年十月三十日 →
 * 2020年10月30日. A month is read only where it is a date: after a year, before a day, or before
 * 底/末/份/前/旬 (十月底前); a bare 一月 in prose is left alone.
 */
export function chineseNumeralPhrasesToDigits(s: string): string {
  let out = /[至到~-]/.test(s) ? s.replace(RANGE, (m: string, a: string, sep: string, b: string) => {
    const x = readChineseNumeral(a);
    const y = readChineseNumeral(b);
    return x === null || y === null ? m : `${x}${sep}${y}`;
  }) : s;
  if (out.includes('百分之')) {
    out = out.replace(PERCENT, (m: string, whole: string, frac: string | undefined) => {
      const n = readChineseNumeral(whole);
      if (n === null) return m;
      return frac ? `${n}.${[...frac].map((c) => DIGIT_OF[c]).join('')}%` : `${n}%`;
    });
  }
  if (out.includes('年')) out = out.replace(YEAR, (y: string) => [...y].map((c) => DIGIT_OF[c]).join(''));
  if (out.includes('月')) {
    out = out.replace(MONTH_DAY, (m: string, mon: string, day: string | undefined, mark: string | undefined, at: number, whole: string) => {
      const mm = readChineseNumeral(mon);
      if (mm === null || mm < 1 || mm > 12) return m;
      if (day !== undefined) {
        const dd = readChineseNumeral(day);
        return dd === null || dd < 1 || dd > 31 ? m : `${mm}月${dd}${mark}`;
      }
      const before = whole.slice(Math.max(0, at - 1), at);
      return /\d年|年/.test(before) || MONTH_AFTER.test(whole.slice(at + m.length)) ? `${mm}月` : m;
    });
  }
  return out;
}

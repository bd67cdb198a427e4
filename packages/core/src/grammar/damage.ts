/**
 * Damaged values: text that OCR or PDF extraction broke so that it cannot be what it says. A
 * comparison sign read as a digit or a letter ("≥90%" → "290%", "工5%", "^80%"), a digit read as a
 * letter ("14.8万元" → "M.8万元", "第0份" → "第O份"), a stray symbol inside a number ("290$",
 * "5=50%", "10 2、0%"), or a share above 100% ("满意度 290%"). Such a value is not evidence of
 * anything: scoring treats it as unreadable instead of reading a wrong number from it.
 */
import { squeeze } from './normalize';

/** Why a value cannot be read. */
export type DamageReason = 'letter-in-number' | 'stray-symbol' | 'share-over-100' | 'lost-digits';

/** What the reader knows about the value: whether its indicator measures a share (合格率, 满意度). */
export interface DamageContext {
  /** The indicator is a share bounded by 100% (a 合格率, 覆盖率, 满意度 …). */
  share: boolean;
}

// A Latin letter glued before an amount, a share or a whole-cell number, not part of a word or a
// code (PM2.5, A4纸 stay readable): M.8万元, I0%.
const LETTER_BEFORE_DIGIT = /(?<![A-Za-z])[A-Za-z]\.?\d+(?:\.\d+)?(?:[万千亿]?元|%|$)/;
// A letter shaped like a digit standing where a number belongs: 第O份, ≥I0家, =l00%.
const LETTER_AS_DIGIT = /(?:^|[第≥≤<>=约达])[OolI]+(?=[\d.%万千百元个份家人次项期场户天件套台所座处条篇本册批]|$)/;
// Symbols no number carries: a caret or a dollar sign beside a digit; 工 where ≥ was printed.
// A comparison misread as a digit and "=" opening the cell: 5=50%. A page break splitting a number: 102、0%.
const STRAY_SYMBOL = /[\^$#@|][\d.]|\d[\^$#@|]|^工\d|^\d=\d|\d\d、\d%/;
const MARKS = /[A-Za-z\uff21-\uff3a\uff41-\uff5a^$#@|工、=\uff1d\uff04\uff3e\uff03\uff20\uff5c]/;
const THREE_DIGITS = /\d\s*\d\s*\d/;
const PERCENT = /(\d+(?:\.\d+)?)%/g;

/** Why the value cannot be read, or null when nothing marks it as damaged. */
export function damageOf(text: string, ctx: DamageContext): DamageReason | null {
  if (typeof text !== 'string') return null;
  // Most cells hold none of the marks of damage: answer those without reading them.
  if (!MARKS.test(text) && !(ctx.share && THREE_DIGITS.test(text))) return null;
  const s = squeeze(text)
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤');
  if (!/\d|[第≥≤<>=约达][OolI]/.test(s)) return null;
  if (LETTER_BEFORE_DIGIT.test(s) || LETTER_AS_DIGIT.test(s)) return 'letter-in-number';
  if (STRAY_SYMBOL.test(s)) return 'stray-symbol';
  if (ctx.share) {
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(s); m !== null; m = PERCENT.exec(s)) if (Number(m[1]) > 100) return 'share-over-100';
  }
  return null;
}

// A bare amount with its unit (8万亩) and a target that may carry a comparison sign (≥28万亩).
const BARE = /^(\d+(?:\.\d+)?)\s*([^\d\s.]*)$/;
const BOUND = /^(?:[≥≤><=≧≦＞＜＝]|不低于|不少于|不高于|不超过|大于等于|小于等于)?\s*(\d+(?:\.\d+)?)\s*([^\d\s.]*)$/;

/**
 * An actual that lost its leading digits: its digits are the target's last ones (28万亩 → 8万亩,
 * 250万亩 → 50万亩, 21 → 1) in the same unit, and the row still claims full marks. Extraction that
 * drops the first digits of a cell (corpus 121: amounts printed '.32', '.06') leaves exactly this; a
 * real shortfall of that size scored in full would be a coincidence of digits. Such an actual is
 * unreadable, not evidence of a shortfall.
 */
export function lostDigits(target: string, actual: string, fullMarks: boolean): boolean {
  if (!fullMarks) return false;
  const a = BARE.exec(squeeze(actual));
  const t = a && BOUND.exec(squeeze(target));
  if (!a || !t || a[2] !== t[2]) return false;
  const [ai, ti] = [a[1].split('.')[0], t[1].split('.')[0]];
  return Number(a[1]) > 0 && ti.length > ai.length && ti.endsWith(ai) && a[1].split('.')[1] === t[1].split('.')[1];
}

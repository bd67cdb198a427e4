/** Number and value formatting for explanations, in the paper form's way ("35家", "1.67分"). */
import { Big, canonical } from '../money';

const SHORT_CANONICAL = /^(?:0|-?[1-9]\d*)(?:\.\d{0,3}[1-9])?$/;

/** A decimal for display: exact when short, else half-up at 4 decimals. */
export function decimalText(b: Big | number | string): string {
  // Grammar values are already canonical decimal strings: show them as they are.
  if (typeof b === 'string' && SHORT_CANONICAL.test(b)) return b;
  const v = new Big(b);
  const s = canonical(v);
  const dot = s.indexOf('.');
  return dot >= 0 && s.length - dot - 1 > 4 ? canonical(v.round(4, Big.roundHalfUp)) : s;
}

/** A value with its unit: zh writes "35家", en "35 家" (but "15%" in both). */
export function qty(value: Big | string, unit: string | null): { zh: string; en: string } {
  const n = decimalText(value);
  if (!unit) return { zh: n, en: n };
  return { zh: n + unit, en: unit === '%' || unit === '‰' ? n + unit : `${n} ${unit}` };
}

/** A score rounded half up at 2 decimals, shown without trailing zeros ("4", "1.67"). */
export function pts(b: Big | number): string {
  return canonical(new Big(b).round(2, Big.roundHalfUp));
}

/** The cell text as quoted in a message: trimmed, long text cut at 40 characters. */
export function quote(text: string): string {
  // Defensive: an Evaluation read from JSON without validation may hold null here.
  const t = String(text ?? '').trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

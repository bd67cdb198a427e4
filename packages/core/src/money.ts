/**
 * Exact decimal arithmetic for money and scores. Amounts are decimal strings in the model and
 * Big values while computing; binary floating point is never used for money.
 */
import Big from 'big.js';

export { Big };

// Half-up is what budget officers do by hand (四舍五入).
Big.RM = Big.roundHalfUp;
Big.DP = 12;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True when s is a plain decimal string such as "45.8966". */
export function isDecimal(s: string): boolean {
  return DECIMAL.test(s);
}

/** Big from a decimal string, or null for null/blank/invalid. */
export function toBig(s: string | null | undefined): Big | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return DECIMAL.test(t) ? new Big(t) : null;
}

/**
 * Read an amount from a cell's text: "45.8966", "4,753.66", "4753.66万元", "１２.５".
 * Returns the canonical decimal string or null when the cell holds no amount (blank, "—", prose).
 */
export function parseAmount(text: string): string | null {
  const t = toHalfWidth(text).replace(/[,，\s]/g, '').replace(/(万元|元|万)$/, '');
  if (!DECIMAL.test(t)) return null;
  return canonical(new Big(t));
}

/** A Big as a decimal string without exponent or trailing zeros ("45.8966", "42"). */
export function canonical(b: Big): string {
  const s = b.toFixed(Math.max(0, decimals(b)));
  return s === '-0' ? '0' : s;
}

function decimals(b: Big): number {
  // Big keeps digits in b.c and exponent in b.e: digits after the point = len - e - 1.
  return Math.max(0, b.c.length - b.e - 1);
}

/** Sum of decimal strings; nulls count as zero. Exact. */
export function sumMoney(values: (string | null)[]): string {
  let acc = new Big(0);
  for (const v of values) {
    const b = toBig(v);
    if (b) acc = acc.plus(b);
  }
  return canonical(acc);
}

/** Round a score half up at 2 decimals and return it as a number (scores are small, 2 decimals). */
export function roundScore(b: Big | number): number {
  return Number(new Big(b).round(2, Big.roundHalfUp).toFixed(2));
}

/** Convert full-width digits, operators and punctuation to their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

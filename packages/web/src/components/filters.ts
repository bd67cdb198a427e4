/** Small helpers shared by the list, dashboard and public pages. */
import { percent } from '@jixiao/core';

/** Years offered by the filters: this year back to 2018. */
export function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2017 }, (_, i) => now - i);
}

/** Rate as a percentage ("0.8045" → "80.45%"). */
export function pct(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  try {
    return percent(v);
  } catch {
    return String(v); // not a number (Big rejects it): shown as sent
  }
}

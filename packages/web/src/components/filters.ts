/** Small helpers shared by the list, dashboard and public pages. */

/** Years offered by the filters: this year back to 2018. */
export function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2017 }, (_, i) => now - i);
}

/** Rate as a percentage ("0.8045" → "80.45%"). */
export function pct(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? `${(n * 100).toFixed(2).replace(/\.?0+$/, '')}%` : String(v);
}

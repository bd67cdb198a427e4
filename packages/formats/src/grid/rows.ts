/** Small helpers over grid rows shared by the section readers. */
import type { GridCell, GridRow } from './types';

/** The cells of a row that hold text (after trimming). */
export function filled(row: GridRow): GridCell[] {
  return row.filter((c) => c.text.trim() !== '');
}

/** Index of the first cell in the first `within` filled cells that satisfies the test, or -1. */
export function findLabel(row: GridRow, test: (text: string) => boolean, within = 2): number {
  let seen = 0;
  for (let i = 0; i < row.length && seen < within; i++) {
    const t = row[i].text.trim();
    if (!t) continue;
    if (test(t)) return i;
    seen++;
  }
  return -1;
}

/** Location of the end of a list of rows, for notes about what is missing. */
export function endLocation(rows: GridRow[]): string {
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.length) return r[r.length - 1].location;
  }
  return 'end';
}

/**
 * Remove repeated cells of merged columns until the row has `want` cells: the longest run of
 * equal adjacent non-empty cells loses one copy at a time. Returns how many were removed.
 */
export function dedupeMerged(cells: GridCell[], want: number): { cells: GridCell[]; removed: number } {
  const out = cells.slice();
  let removed = 0;
  // Merged columns add a few copies; a row far longer than its header is not a merge (and
  // deduplicating it would be quadratic), so it is left for the caller to report.
  if (out.length - want > 64) return { cells: out, removed };
  while (out.length > want) {
    let bestStart = -1;
    let bestLen = 1;
    for (let i = 0; i < out.length; ) {
      let j = i + 1;
      const t = out[i].text.trim();
      while (t && j < out.length && out[j].text.trim() === t) j++;
      if (j - i > bestLen) {
        bestLen = j - i;
        bestStart = i;
      }
      i = j;
    }
    if (bestStart < 0) break;
    out.splice(bestStart + 1, 1);
    removed++;
  }
  return { cells: out, removed };
}

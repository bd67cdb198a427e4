/**
 * One page to rows: its rules are merged and grouped into tables, each table rebuilt cell by
 * cell, and the words outside every table read as lines; tables and lines in reading order.
 */
import { tableRows } from './cells';
import { freeRows } from './free-lines';
import { mergeH, mergeV } from './rules';
import { textSize } from './scale';
import { findTables, type TableFrame } from './tables';
import type { PageLayout, PageRow } from './types';

/** A page with its tables found, ready to be read (after columns are shared across pages). */
export interface PageFrames {
  page: PageLayout;
  tables: TableFrame[];
  /** The tolerance used: a fraction of the page's text size. */
  tol: number;
}

/** Merge the page's rules and find its tables. */
export function pageFrames(page: PageLayout): PageFrames {
  const size = textSize(page.words, Math.max(page.width, page.height) / 80);
  const tol = Math.max(0.25 * size, 1e-3);
  const h = mergeH(page.h, tol, 1.5 * size);
  const v = mergeV(page.v, tol, 1.2 * size);
  return { page, tables: findTables(h, v, tol), tol };
}

/** The rows of a page, tables and free lines in reading order (top to bottom). */
export function pageRows(f: PageFrames): PageRow[] {
  const out: PageRow[] = [];
  let words = f.page.words;
  f.tables.forEach((t, k) => {
    const r = tableRows(t, words, f.tol);
    words = words.filter((w) => !r.used.has(w));
    r.rows.forEach((row, i) => out.push({ cells: row.cells, y: row.y, table: k + 1, index: i + 1 }));
  });
  freeRows(words).forEach((row, i) => out.push({ cells: row.cells, y: row.y, table: 0, index: i + 1 }));
  // A table is placed by its top edge, so a line beside the table does not split its rows.
  const top = new Map<number, number>();
  for (const r of out) if (r.table) top.set(r.table, Math.min(top.get(r.table) ?? Infinity, r.y));
  const at = (r: PageRow) => (r.table ? top.get(r.table)! : r.y);
  return out.sort((a, b) => at(a) - at(b) || a.table - b.table || a.y - b.y);
}

/**
 * Pages to one grid for the shared form reader. A table that runs over a page break keeps its
 * columns: the last table of a page and the first of the next, when they have the same left and
 * right edges, share their column boundaries, so that a page holding only merged cells (goals,
 * 总分) still puts its text in the columns the header named.
 */
import type { GridCell, GridRow } from '../grid/types';
import { pageFrames, pageRows, type PageFrames } from './page-rows';
import { withColumns } from './tables';
import type { PageLayout } from './types';

/** The grid of a document, the page (1-based) each grid row came from, and its block ("3:1" table 1 of page 3, "3:0" free lines). */
export interface DocumentGrid {
  rows: GridRow[];
  pageOf: number[];
  blockOf: string[];
}

/** Rebuild the grid of every page, tables continued over page breaks sharing their columns. */
export function documentGrid(pages: { number: number; layout: PageLayout }[]): DocumentGrid {
  const frames = pages.map((p) => pageFrames(p.layout));
  shareColumns(frames);
  const rows: GridRow[] = [];
  const pageOf: number[] = [];
  const blockOf: string[] = [];
  frames.forEach((f, i) => {
    const p = pages[i].number;
    for (const r of pageRows(f)) {
      if (r.table === 0 && isPageNumber(r.cells.map((c) => c.text).join(' '), r.y, f.page.height)) continue;
      const row: GridRow = r.cells.map((c, k) => {
        const location = r.table ? `page ${p}, table ${r.table}, row ${r.index}, cell ${k + 1}` : `page ${p}, line ${r.index}`;
        const cell: GridCell = { text: c.text, location };
        if (c.conf !== undefined) cell.conf = c.conf;
        return cell;
      });
      rows.push(row);
      pageOf.push(p);
      blockOf.push(`${p}:${r.table}`);
    }
  });
  return { rows, pageOf, blockOf };
}

function shareColumns(frames: PageFrames[]): void {
  const pairs: [PageFrames, PageFrames][] = [];
  for (let i = 0; i + 1 < frames.length; i++) pairs.push([frames[i], frames[i + 1]]);
  const link = (a: PageFrames, b: PageFrames, forward: boolean) => {
    const last = a.tables[a.tables.length - 1];
    const first = b.tables[0];
    if (!last || !first) return;
    const tol = 3 * Math.max(a.tol, b.tol);
    if (Math.abs(last.x0 - first.x0) > tol || Math.abs(last.x1 - first.x1) > tol) return;
    if (forward) b.tables[0] = withColumns(first, last.xs, Math.max(a.tol, b.tol));
    else a.tables[a.tables.length - 1] = withColumns(last, first.xs, Math.max(a.tol, b.tol));
  };
  // Forward then back: a table over three pages ends with the columns of all three.
  for (const [a, b] of pairs) link(a, b, true);
  for (const [a, b] of pairs.reverse()) link(a, b, false);
}

const PAGE_NUMBER = /^[-—–\s]*(第\s*\d+\s*页(\s*[,，/、]?\s*共\s*\d+\s*页)?|page\s*\d+(\s*(of|\/)\s*\d+)?|\d{1,4}(\s*\/\s*\d{1,4})?)[-—–\s]*$/i;

// Page numbers in the top or bottom margin are the printer's, not the form's.
function isPageNumber(text: string, y: number, height: number): boolean {
  return (y < 0.08 * height || y > 0.9 * height) && PAGE_NUMBER.test(text);
}

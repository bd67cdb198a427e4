/**
 * Tables that are not part of a form: a document often holds forms among other tables (a 部门决算
 * PDF, a summary sheet printed after the forms). A ruled table with no form label of its own that
 * does not continue an open form (one whose 总分 row has not come yet) is left out of the grid,
 * with one note naming it, instead of a note for every one of its cells.
 */
import { fundRowKey, fundsColumn, isGoalsHeading, isTitle } from '../grid/labels';
import { isFundsColumnsRow, isHeaderRow } from '../grid/read-head';
import { isIndicatorHeader, totalLabelIndex } from '../grid/read-indicators';
import { filled, findLabel } from '../grid/rows';
import type { GridRow } from '../grid/types';
import type { DocumentGrid } from './document';

/** A table left out: where it was and how many rows and cells it had, and the grid row it stood before. */
export interface SkippedTable {
  location: string;
  rows: number;
  cells: number;
  before: number;
}

/** The grid without foreign tables, the tables left out, and the lines before the first form. */
export function dropForeignTables(g: DocumentGrid): { grid: DocumentGrid; skipped: SkippedTable[]; preface: GridRow[] } {
  const keep: number[] = [];
  const skipped: SkippedTable[] = [];
  let open = false;
  // Text before the first form's title (a report's heading and preface) is not part of the form:
  // read into it, a heading like "2020年度部门决算" would give the form its year.
  const firstTitle = g.rows.findIndex((r) => {
    const f = filled(r);
    return f.length > 0 && f.length <= 3 && isTitle(f[0].text);
  });
  const preface: GridRow[] = [];
  for (let i = 0; i < g.rows.length; ) {
    if (i < firstTitle && g.blockOf[i].endsWith(':0')) {
      preface.push(g.rows[i++]);
      continue;
    }
    let j = i;
    while (j < g.rows.length && g.blockOf[j] === g.blockOf[i]) j++;
    const isTable = !g.blockOf[i].endsWith(':0');
    const labelled = g.rows.slice(i, j).some(isFormRow);
    if (isTable && !labelled && !open) {
      const cells = g.rows.slice(i, j).reduce((n, r) => n + filled(r).length, 0);
      if (cells) skipped.push({ location: g.rows[i].find((c) => c.text.trim())?.location ?? g.rows[i][0]?.location ?? '', rows: j - i, cells, before: keep.length });
    } else {
      for (let k = i; k < j; k++) {
        keep.push(k);
        if (isFormRow(g.rows[k])) open = true;
        if (totalLabelIndex(g.rows[k]) >= 0) open = false;
      }
    }
    i = j;
  }
  return { grid: { rows: keep.map((k) => g.rows[k]), pageOf: keep.map((k) => g.pageOf[k]), blockOf: keep.map((k) => g.blockOf[k]) }, skipped, preface };
}

/**
 * A row only a form has: its title, a header field with its value, the funds or goals or indicator
 * headings. A list of projects (序号, 项目名称, 全年预算数, 执行率 …) names some of the same labels
 * among many others: a header or funds-heading row must be mostly form labels.
 */
function isFormRow(r: GridRow): boolean {
  const f = filled(r);
  if (!f.length) return false;
  if (f.length <= 3 && isTitle(f[0].text)) return true;
  if (isHeaderRow(r) && f.length <= 6) return true;
  if (isFundsColumnsRow(r) && f.filter((c) => fundsColumn(c.text) !== null).length >= 0.6 * f.length) return true;
  return isIndicatorHeader(r) || findLabel(r, (t) => fundRowKey(t) !== null) >= 0 || findLabel(r, isGoalsHeading) >= 0;
}

/**
 * The seed's text layout: one table cell per tab-prefixed line, table rows separated by blank
 * lines. Also read: cells written as `text |` lines with `|` for a blank cell (an HTML table
 * rendered line by line), and lines without a prefix that continue the cell above (a cell's
 * own line breaks).
 */
import { readForms } from '../grid/read-forms';
import type { GridCell, GridRow, ImportOptions, ImportResult } from '../grid/types';
import { notText, tooLarge } from './limits';

/** Split the cell-per-line layout into rows of cells located as "row R, cell C". */
export function parseCellText(text: string): GridRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // A document either prefixes cells with a tab or ends them with " |"; deciding once keeps a
  // cell's own text that happens to end in "|" from being read as a new cell.
  const barMode = !lines.some((l) => l.startsWith('\t'));
  const rows: GridRow[] = [];
  let row: GridCell[] | null = null;
  const add = (t: string) => {
    if (!row) {
      row = [];
      rows.push(row);
    }
    row.push({ text: t, location: `row ${rows.length}, cell ${row.length + 1}` });
  };
  for (const line of lines) {
    if (!barMode && line.startsWith('\t')) {
      add(line.slice(1).trim());
    } else if (line.trim() === '') {
      row = null;
    } else if (barMode && line.trim() === '|') {
      add('');
    } else if (barMode && /\s\|$/.test(line)) {
      add(line.replace(/\s\|$/, '').trim());
    } else if (row && (row as GridCell[]).length) {
      const r = row as GridCell[];
      const last = r[r.length - 1];
      last.text = last.text ? `${last.text}\n${line.trim()}` : line.trim();
    } else {
      add(line.trim());
    }
  }
  return rows;
}

/** Import forms from the cell-per-line layout. Never throws. */
export function importText(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, issues: [notText()] };
  const big = tooLarge(text);
  if (big) return { ok: false, issues: [big] };
  return readForms(parseCellText(text), { ...opts, format: opts.format ?? 'cells' });
}

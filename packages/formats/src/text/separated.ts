/**
 * Tab- and comma-separated text: a paste from Excel/WPS (tabs), a CSV saved by Excel/LibreOffice
 * (另存为 CSV), and jixiao's own CSV export. Both keep the sheet's grid: a merged cell is its text
 * followed by empty cells, so the rows are read as a real grid, by the header's columns.
 */
import type { GridRow, ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { LIMITS } from '../safety/limits';
import { importError } from '../safety/limits';

export type Separator = '\t' | ',';

/** Records of the text (RFC 4180 quoting, as Excel writes both CSV and clipboard text). */
export function parseSeparated(text: string, sep: Separator): string[][] | { tooMany: string } {
  const records: string[][] = [];
  let rec: string[] = [];
  let cell = '';
  let quoted = false;
  let cells = 0;
  const t = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (quoted) {
      if (ch === '"') {
        if (t[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      rec.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && t[i + 1] === '\n') i++;
      rec.push(cell);
      records.push(rec);
      cells += rec.length;
      if (cells > LIMITS.maxCells) return { tooMany: `row ${records.length}` };
      rec = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || rec.length) {
    rec.push(cell);
    records.push(rec);
  }
  return records;
}

/** Grid rows of the records: cells trimmed of the CSV formula guard jixiao and others add. */
export function separatedGrid(records: string[][]): GridRow[] {
  return records.map((rec, r) =>
    rec.map((c, i) => ({ text: unguard(c), location: `row ${r + 1}, cell ${i + 1}` })),
  );
}

// A leading apostrophe keeps Excel from reading text as a formula ('=, '+, '-, '@): it is not text.
function unguard(s: string): string {
  return /^'+[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/** How many records of the first lines split into at least three fields, as a share of the non-blank ones. */
export function separatedShare(text: string, sep: Separator): number {
  const sample = text.slice(0, 200_000);
  const recs = parseSeparated(sample, sep);
  if ('tooMany' in recs) return 0;
  let nonBlank = 0;
  let wide = 0;
  for (const r of recs.slice(0, 2000)) {
    if (r.every((c) => !c.trim())) continue;
    nonBlank++;
    if (r.length >= 3) wide++;
  }
  return nonBlank >= 3 ? wide / nonBlank : 0;
}

/** Import tab- or comma-separated text in the form's layout. Never throws. */
export function importSeparated(text: string, sep: Separator, opts: ImportOptions = {}): ImportResult {
  const recs = parseSeparated(text, sep);
  if ('tooMany' in recs) return importError('too-many-cells', recs.tooMany, `单元格过多（上限 ${LIMITS.maxCells}）`, `too many cells (limit ${LIMITS.maxCells})`);
  return readGrid(separatedGrid(recs), opts, sep === '\t' ? 'tsv' : 'csv', null);
}

/**
 * Markdown-like pipe tables (`| a | b |`), as chat tools and some converters write them. Merged
 * cells appear as runs of empty cells, which the form reader already understands. Lines outside
 * the table (a title above it) are rows of one cell.
 */
import { readForms } from '../grid/read-forms';
import type { GridRow, ImportOptions, ImportResult } from '../grid/types';
import { notText, tooLarge } from '../text/limits';

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Split one table line into cell texts; `\|` is a literal bar. */
function splitCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.map((c) => c.replace(/<br\s*\/?>/gi, '\n'));
}

/** Rows of cells from pipe-table text, located as "line L, cell C". */
export function parsePipeText(text: string): GridRow[] {
  const rows: GridRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      if (!line.trim() || SEPARATOR.test(line.trim())) return;
      const cells = line.trim().startsWith('|') ? splitCells(line) : [line.trim()];
      rows.push(cells.map((t, c) => ({ text: t, location: `line ${i + 1}, cell ${c + 1}` })));
    });
  return rows;
}

/** Import forms from pipe tables. Never throws. */
export function importPipe(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, issues: [notText()] };
  const big = tooLarge(text);
  if (big) return { ok: false, issues: [big] };
  return readForms(parsePipeText(text), { ...opts, format: opts.format ?? 'pipe' });
}

/** Write forms' grid rows as a pipe table (used by tests and for pasting into chat or markdown). */
export function gridToPipe(rows: string[][]): string {
  return rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`).join('\n');
}

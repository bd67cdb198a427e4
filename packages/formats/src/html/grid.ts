/**
 * html → grid: every <table> row by row with rowspan/colspan expanded to empty cells (the text
 * once, at the top-left cell), and the text outside tables (title, year) as one-cell rows. Walks
 * are iterative, so deeply nested markup cannot exhaust the stack.
 */
import { parse } from 'parse5';
import type { GridCell, GridRow } from '../grid/types';
import { LIMITS } from '../safety/limits';
import { TEMPLATE_META } from './export';

interface El {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'title', 'svg', 'math', 'iframe', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'pre', 'blockquote', 'caption', 'center', 'form', 'fieldset', 'hr', 'address', 'figure',
]);

/** Result of reading an html document into a grid. */
export type HtmlGrid = { rows: GridRow[]; templates: string[] | null } | { tooMany: string };

/** Parse html text and build its grid. */
export function htmlGrid(html: string): HtmlGrid {
  const doc = parse(html) as unknown as El;
  const rows: GridRow[] = [];
  const st = { tables: 0, blocks: 0, cells: 0, buf: '' };
  let templates: string[] | null = null;
  const flush = () => {
    const t = collapse(st.buf);
    st.buf = '';
    if (t) rows.push([{ text: t, location: `text ${++st.blocks}` }]);
  };
  // Iterative pre-order walk; a 'flush' marker after a block element ends its text.
  const stack: (El | 'flush')[] = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'flush') {
      flush();
      continue;
    }
    const name = n.nodeName;
    if (name === '#text') {
      st.buf += n.value ?? '';
      continue;
    }
    if (name === 'meta' && attrOf(n, 'name') === TEMPLATE_META) templates = parseTemplates(attrOf(n, 'content'));
    if (SKIP.has(name) || name === '#comment' || name === '#documentType') continue;
    // A part of jixiao's own export that is no form (the 佐证材料 list).
    if (attrOf(n, 'data-jixiao-skip') === '1') continue;
    if (name === 'br') {
      st.buf += '\n';
      continue;
    }
    if (name === 'table') {
      flush();
      const over = tableRows(n, ++st.tables, rows, st);
      if (over) return { tooMany: over };
      rows.push([]);
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push('flush');
    }
    const kids = n.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return { rows, templates };
}

function tableRows(table: El, t: number, out: GridRow[], st: { cells: number }): string | null {
  const verbatim = attrOf(table, 'data-verbatim') === '1';
  // Rows of this table only (not of tables nested in its cells).
  const trs: El[] = [];
  for (const k of table.childNodes ?? []) {
    if (k.nodeName === 'tr') trs.push(k);
    else if (k.nodeName === 'thead' || k.nodeName === 'tbody' || k.nodeName === 'tfoot')
      for (const r of k.childNodes ?? []) if (r.nodeName === 'tr') trs.push(r);
  }
  // pending[c] = rows still covered by a rowspan in column c.
  const pending: number[] = [];
  trs.forEach((tr, ri) => {
    const row: GridCell[] = [];
    const location = (c: number) => `table ${t}, row ${ri + 1}, cell ${c + 1}`;
    const fillCovered = () => {
      while (pending[row.length] > 0) {
        pending[row.length]--;
        row.push({ text: '', location: location(row.length) });
      }
    };
    for (const td of tr.childNodes ?? []) {
      if (td.nodeName !== 'td' && td.nodeName !== 'th') continue;
      fillCovered();
      if (row.length >= LIMITS.maxColumns) break;
      const colspan = clampInt(attrOf(td, 'colspan'), 1, LIMITS.maxColumns - row.length);
      const rowspan = clampInt(attrOf(td, 'rowspan'), 1, trs.length - ri);
      const c0 = row.length;
      row.push({ text: cellText(td, verbatim), location: location(c0) });
      for (let j = 1; j < colspan; j++) row.push({ text: '', location: location(row.length) });
      for (let j = 0; j < colspan; j++) pending[c0 + j] = Math.max(pending[c0 + j] ?? 0, rowspan - 1);
    }
    for (let c = row.length; c < pending.length; c++) {
      // Covered cells at the row's end.
      if (pending[c] > 0) {
        while (row.length < c) row.push({ text: '', location: location(row.length) });
        pending[c]--;
        row.push({ text: '', location: location(c) });
      }
    }
    st.cells += row.length;
    out.push(row);
  });
  return st.cells > LIMITS.maxCells ? `table ${t}` : null;
}

/** A cell's text; our own export keeps whitespace verbatim, other pages have it collapsed. */
function cellText(td: El, verbatim: boolean): string {
  let s = '';
  const stack: (El | '\n')[] = [...(td.childNodes ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n === '\n') {
      s += '\n';
      continue;
    }
    if (n.nodeName === '#text') s += n.value ?? '';
    else if (n.nodeName === 'br') s += '\n';
    else if (!SKIP.has(n.nodeName) && n.nodeName !== '#comment') {
      const block = BLOCK.has(n.nodeName) || n.nodeName === 'tr' || n.nodeName === 'table';
      if (block) stack.push('\n');
      const kids = n.childNodes ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      if (block && s && !s.endsWith('\n')) s += '\n';
    }
    if (s.length > LIMITS.maxCellChars) break;
  }
  return verbatim ? s : collapse(s);
}

/** Collapse runs of spaces and tabs (html's own rule) but keep the line breaks <br> and blocks make. */
function collapse(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter((l, i, a) => l !== '' || (i > 0 && i < a.length - 1 && a[i - 1] !== ''))
    .join('\n')
    .trim();
}

function attrOf(n: El, name: string): string | undefined {
  return n.attrs?.find((a) => a.name === name)?.value;
}

function clampInt(v: string | undefined, min: number, max: number): number {
  const n = v === undefined ? min : parseInt(v, 10);
  return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : min;
}

function parseTemplates(content: string | undefined): string[] | null {
  try {
    const v: unknown = JSON.parse(content ?? '');
    return Array.isArray(v) && v.every((t) => typeof t === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** Which text layout a text is, from its content, and import through the matching importer. */
import type { ImportOptions, ImportResult } from '../grid/types';
import { importFlat } from '../flat/flat';
import { importJson } from '../json/json';
import { importPipe } from '../pipe/pipe';
import { importText } from './cells';
import { notText, tooLarge } from './limits';
import { LIMITS, importError } from '../safety/limits';
import { importSeparated, separatedShare } from './separated';

export type TextFormat = 'json' | 'cells' | 'pipe' | 'flat' | 'tsv' | 'csv';

/**
 * Decide by content: JSON starts with { or [; the cell layout has tab-prefixed lines (or
 * " |"-terminated ones); pipe tables have lines framed by bars; flattened text has few lines
 * holding many words. Looks at the first 2,000 lines only.
 */
export function detectTextFormat(text: string): TextFormat {
  const t = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(t)) return 'json';
  const lines = t.split(/\r\n|\r|\n/, 2000);
  let nonBlank = 0;
  let tabbed = 0;
  let inner = 0;
  let framed = 0;
  let barEnded = 0;
  let words = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    nonBlank++;
    if (l.startsWith('\t')) tabbed++;
    if (/[^\t]\t|\t\t/.test(l.replace(/^\t/, '\u0001'))) inner++;
    const s = l.trim();
    const bars = s.split('|').length - 1;
    if (s.startsWith('|') && s.endsWith('|') && bars >= 3) framed++;
    else if (s === '|' || / \|$/.test(s)) barEnded++;
    words += s.split(/\s+/).length;
  }
  if (nonBlank === 0) return 'cells';
  // The cell layout puts one tab before a cell; a paste from Excel has tabs between cells.
  if (inner >= 3 && inner * 2 >= nonBlank) return 'tsv';
  if (tabbed >= 3 && tabbed * 5 >= nonBlank) return 'cells';
  if (t.includes(',') && separatedShare(t, ',') >= 0.6) return 'csv';
  if (framed * 2 >= nonBlank) return 'pipe';
  if (barEnded * 2 >= nonBlank) return 'cells';
  return words >= nonBlank * 8 ? 'flat' : 'cells';
}

/** Import any text layout, choosing the importer with detectTextFormat. Never throws. */
export function importAnyText(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, issues: [notText()] };
  const big = tooLarge(text);
  if (big) return { ok: false, issues: [big] };
  const format = detectTextFormat(text);
  const cells = tooManyCells(text, format);
  if (cells) return cells;
  switch (format) {
    case 'json':
      return importJson(text, opts);
    case 'pipe':
      return importPipe(text, opts);
    case 'flat':
      return importFlat(text, opts);
    case 'cells':
      return importText(text, opts);
    case 'tsv':
      return importSeparated(text, '\t', opts);
    case 'csv':
      return importSeparated(text, ',', opts);
  }
}

/**
 * Refuse, before parsing, a pipe table or cell layout with more cells in a row (bars in a line)
 * or in the file than the grid bounds allow: an 18 MB line of bars once took 35 s and 3.6 GB.
 * One pass, counting only; flattened text and JSON have their own bounds.
 */
export function tooManyCells(text: string, format: TextFormat): ImportResult | null {
  if (format !== 'pipe' && format !== 'cells') return null;
  let total = 0;
  let inRow = 0;
  let line = 1;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (format === 'cells' && !blank) total++;
      line++;
      inRow = 0;
      blank = true;
    } else if (ch === 124 && format === 'pipe') {
      total++;
      if (++inRow > LIMITS.maxColumns + 1)
        return importError('too-many-cells', `line ${line}`, `第 ${line} 行的单元格超过 ${LIMITS.maxColumns} 个`, `line ${line} has more than ${LIMITS.maxColumns} cells`);
    } else if (ch !== 32 && ch !== 9 && ch !== 13) blank = false;
    if (total > LIMITS.maxCells)
      return importError('too-many-cells', `line ${line}`, `文件的单元格超过 ${LIMITS.maxCells} 个`, `the file has more than ${LIMITS.maxCells} cells`);
  }
  return null;
}

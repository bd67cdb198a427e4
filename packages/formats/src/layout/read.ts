/**
 * The last step of every document importer: the shared form reader over the grid, then the
 * template ids our own exporters recorded beside the table (the paper form does not show them).
 */
import { readForms } from '../grid/read-forms';
import type { GridRow, ImportOptions, ImportResult } from '../grid/types';

// These formats state their merged cells (gridSpan, colspan, merge ranges) or, as Excel's CSV and
// clipboard text, keep a merged cell's place with empty cells: their rows are real grids.
const EXPLICIT_MERGES = new Set(['xlsx', 'docx', 'html', 'tsv', 'csv']);

/** Read the forms of a grid; `templates` (one per form, from our export metadata) restores template ids. */
export function readGrid(rows: GridRow[], opts: ImportOptions, format: string, templates: string[] | null): ImportResult {
  const r = readForms(rows, { ...opts, format, explicitMerges: EXPLICIT_MERGES.has(format) });
  if (r.ok && templates && templates.length === r.forms.length)
    r.forms.forEach((f, i) => (f.evaluation.template = templates[i]));
  return r;
}

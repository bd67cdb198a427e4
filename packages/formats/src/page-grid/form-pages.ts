/**
 * Which pages each form of a document is on, named as a person would ("第3–4页"): from the page
 * of its title row to the page of its 总分 row (or its last row), splitting the grid as the
 * shared reader does — at each title.
 */
import { isTitle } from '../grid/labels';
import { note, noteText } from '../grid/notes';
import { totalLabelIndex } from '../grid/read-indicators';
import { filled } from '../grid/rows';
import type { GridRow, ImportNote, ImportedForm } from '../grid/types';

/** A form's pages and its rows in the grid ([start, end)). */
export interface FormSpan {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The page span of each form, in the reader's order. */
export function formPages(rows: GridRow[], pageOf: number[]): FormSpan[] {
  const starts: number[] = [];
  rows.forEach((r, i) => {
    const f = filled(r);
    if (f.length && f.length <= 3 && isTitle(f[0].text)) starts.push(i);
  });
  if (starts.length === 0) starts.push(rows.findIndex((r) => filled(r).length > 0));
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : rows.length;
    let last = s;
    let total = -1;
    for (let i = Math.max(0, s); i < end; i++) {
      if (!filled(rows[i]).length) continue;
      last = i;
      if (total < 0 && totalLabelIndex(rows[i]) >= 0) total = i;
    }
    return { from: pageOf[Math.max(0, s)] ?? 1, to: pageOf[total >= 0 ? total : last] ?? 1, start: k === 0 ? 0 : s, end };
  });
}

/** "第3页" or "第3–4页". */
export function pageSpan(p: { from: number; to: number }): string {
  return p.from === p.to ? `第${p.from}页` : `第${p.from}–${p.to}页`;
}

/** Name every form by its pages (a note first in its list); returns the spans, or null when they do not match the forms. */
export function notePages(forms: ImportedForm[], rows: GridRow[], pageOf: number[]): FormSpan[] | null {
  const spans = formPages(rows, pageOf);
  if (spans.length !== forms.length) return null;
  forms.forEach((f, i) => {
    const { from, to } = spans[i];
    const pagesEn = from === to ? `page ${from}` : `pages ${from}–${to}`;
    const n = note('form-pages', pageSpan(spans[i]), { pages: pageSpan(spans[i]), pagesEn });
    f.notes.unshift(n);
    const src = f.evaluation.source;
    if (src) src.notes = [noteText(n), ...(src.notes ?? [])];
  });
  return spans;
}

/** Add notes to a form after it was read: to its notes and to evaluation.source.notes. */
export function appendNotes(form: ImportedForm, notes: ImportNote[]): void {
  if (!notes.length) return;
  form.notes.push(...notes);
  const src = form.evaluation.source;
  if (src) src.notes = [...(src.notes ?? []), ...notes.map(noteText)];
}

/** What every part of the paper-form sheet needs: the form, its view model, and how to edit it. */
import type { Evaluation, Severity } from '@jixiao/core';
import type { EditorView } from './viewModel';
import { worse } from './viewModel';

export interface SheetProps {
  ev: Evaluation;
  view: EditorView;
  editable: boolean;
  /**
   * Apply an edit: a pure updater of the evaluation as it then stands (not as it was rendered), so
   * two clicks before a re-render make two edits.
   */
  onChange(update: (ev: Evaluation) => Evaluation): void;
}

/** The CSS class marking a cell that has findings, by the worst severity. */
export function cellClass(view: EditorView, path: string, base = ''): string {
  let w: Severity | null = null;
  for (const f of view.byPath.get(path) ?? []) w = worse(w, f.severity);
  return [base, w ? `jx-f-${w}` : ''].filter(Boolean).join(' ');
}

/** Hover text for a cell: the findings on it, one per line. */
export function cellTitle(view: EditorView, path: string, pick: (m: { zh: string; en: string }) => string): string | undefined {
  const list = view.byPath.get(path);
  return list?.length ? list.map((f) => pick(f.message)).join('\n') : undefined;
}

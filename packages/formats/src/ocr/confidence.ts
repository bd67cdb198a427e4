/**
 * Low-confidence OCR cells of a form, noted one by one at their location so that a person checks
 * them against the original (the reader lists the scored ones in source.unreadable).
 */
import { LOW_CONFIDENCE } from '../grid/confidence';
import { clip, note } from '../grid/notes';
import type { GridRow, ImportedForm } from '../grid/types';
import { appendNotes } from '../page-grid/form-pages';

/** Add a note for every cell of `rows` read with low confidence. */
export function noteLowConfidence(form: ImportedForm, rows: GridRow[]): void {
  const notes = [];
  for (const r of rows)
    for (const c of r)
      if (c.conf !== undefined && c.conf < LOW_CONFIDENCE && c.text.trim())
        notes.push(note('ocr-low-confidence', c.location, { conf: Math.round(c.conf), text: clip(c.text.trim()) }));
  appendNotes(form, notes);
}

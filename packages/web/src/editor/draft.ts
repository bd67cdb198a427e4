/** Local drafts: unsaved edits kept in localStorage so a closed tab or crash never loses them. */
import type { Evaluation } from '@jixiao/core';

export interface Draft {
  baseVersion: number;
  evaluation: Evaluation;
  at: string;
}

const key = (id: string) => `jx_draft:${id}`;

/** The stored draft of a form, if any. */
export function loadDraft(id: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return null;
    const d = JSON.parse(raw) as Draft;
    return d && typeof d.baseVersion === 'number' && d.evaluation ? d : null;
  } catch {
    return null;
  }
}

/** Store the draft (overwrites the previous one). */
export function saveDraft(id: string, d: Draft): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(d));
  } catch {
    /* storage full or disabled: the beforeunload warning still protects the edit */
  }
}

/** Forget the draft once the server has the edit. */
export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    /* nothing to clear */
  }
}

/**
 * The editor's state machine as a pure reducer: load (with a local draft restored or merged), edits,
 * save with the 409 version-conflict merge, workflow transitions and finance's 复核 draft. The hook
 * (useFormEditor.ts) does the I/O and dispatches what came back; everything decided is here.
 */
import { FUNDS_REVIEW_KEY, type Evaluation, type Msg } from '@jixiao/core';
import type { ApiError, ApiResult } from '../api/client';
import type { CommentEntry, FinanceReview, FormResource, VersionEntry } from '../api/types';
import type { Draft } from './draft';

/** A version conflict to merge: the version both sides started from and the server's form now. */
export interface Conflict {
  base: Evaluation;
  theirs: FormResource;
}

export interface EditorState {
  form: FormResource | null;
  /** The evaluation being edited. */
  ev: Evaluation | null;
  /**
   * The evaluation the server holds as this editor last saw it; `ev !== saved` means unsaved edits.
   * null after a restored draft or a merge: those edits are not on the server yet.
   */
  saved: Evaluation | null;
  loadError: Msg | null;
  /** When the local draft now shown was taken (null when none was restored). */
  restoredAt: string | null;
  saving: boolean;
  conflict: Conflict | null;
  /** Finance's 复核 as being entered (the form's stored one until changed). */
  review: FinanceReview | null;
  reviewMode: boolean;
  comments: CommentEntry[];
  versions: VersionEntry[];
}

export const initialEditorState: EditorState = {
  form: null,
  ev: null,
  saved: null,
  loadError: null,
  restoredAt: null,
  saving: false,
  conflict: null,
  review: null,
  reviewMode: false,
  comments: [],
  versions: [],
};

export type EditorAction =
  | { type: 'loadFailed'; error: Msg }
  /** The form as read; `restore` is the plan for a local draft (see planDraft). */
  | { type: 'loaded'; form: FormResource; restore: DraftPlan; conflictBase?: Evaluation }
  | { type: 'edit'; update: (ev: Evaluation) => Evaluation }
  | { type: 'editReview'; update: (cur: FinanceReview | null) => FinanceReview }
  | { type: 'saveStarted' }
  /** The answer to a PUT of `sent`. */
  | { type: 'saveAnswered'; sent: Evaluation; result: ApiResult<FormResource> }
  /** The merge dialog's result: the server's form with my choices applied, not yet saved. */
  | { type: 'merged'; merged: Evaluation }
  | { type: 'mergeCancelled' }
  | { type: 'transitioned'; form: FormResource }
  | { type: 'draftDiscarded' }
  | { type: 'reviewMode'; on: boolean }
  | { type: 'sideLoaded'; comments?: CommentEntry[]; versions?: VersionEntry[] };

/** Unsaved edits: the evaluation shown is not the one the server holds. */
export function isDirty(s: EditorState): boolean {
  return !!s.ev && !!s.form && s.ev !== s.saved;
}

/** What to do with a local draft found on load. */
export type DraftPlan =
  /** None, or nothing to restore (the same as the server, or the user may not edit): forget it. */
  | { kind: 'none'; clear: boolean }
  /** Taken from the version the server still has: show it as the edit. */
  | { kind: 'restore'; draft: Draft }
  /** Taken from an older version: the server moved on, merge it like a save conflict. */
  | { kind: 'merge'; draft: Draft };

/** Decide what a draft found on load becomes, given the form the server returned. */
export function planDraft(form: FormResource, draft: Draft | null, editable: boolean): DraftPlan {
  if (!draft) return { kind: 'none', clear: false };
  if (!editable || JSON.stringify(draft.evaluation) === JSON.stringify(form.evaluation)) return { kind: 'none', clear: true };
  return draft.baseVersion === form.version ? { kind: 'restore', draft } : { kind: 'merge', draft };
}

/** A 409 whose body carries the server's current form: open the merge instead of failing. */
export function conflictOf(error: ApiError): FormResource | null {
  return error.status === 409 && error.body.current ? (error.body.current as FormResource) : null;
}

/** Take a form from the server as the new starting point: its evaluation is what is saved. */
const accept = (s: EditorState, form: FormResource): EditorState => ({ ...s, form, ev: form.evaluation, saved: form.evaluation, review: form.financeReview });

/** The editor's reducer. */
export function editorReducer(s: EditorState, a: EditorAction): EditorState {
  switch (a.type) {
    case 'loadFailed':
      return { ...s, loadError: a.error };
    case 'loaded': {
      const next = accept(s, a.form);
      const r = a.restore;
      if (r.kind === 'none') return next;
      const restored = { ...next, ev: r.draft.evaluation, saved: null, restoredAt: r.draft.at };
      if (r.kind === 'restore') return restored;
      return { ...restored, conflict: { base: a.conflictBase ?? a.form.evaluation, theirs: a.form } };
    }
    case 'edit':
      // Edits apply to the evaluation as it stands when React runs them, never to a stale render's copy.
      return s.ev ? { ...s, ev: a.update(s.ev) } : s;
    case 'editReview':
      return { ...s, review: a.update(s.review) };
    case 'saveStarted':
      return { ...s, saving: true };
    case 'saveAnswered': {
      const r = a.result;
      // What was typed while the save was under way stays unsaved: `saved` is what was sent.
      if (r.ok) return { ...s, saving: false, form: r.value, saved: a.sent };
      const theirs = conflictOf(r.error);
      // The base of the merge is the version this edit started from: the form as last loaded or saved.
      if (theirs && s.form) return { ...s, saving: false, conflict: { base: s.form.evaluation, theirs } };
      return { ...s, saving: false };
    }
    case 'merged':
      if (!s.conflict) return s;
      // Now based on their version; the merged edit is unsaved until the next save.
      return { ...s, form: s.conflict.theirs, saved: s.conflict.theirs.evaluation, ev: a.merged, conflict: null };
    case 'mergeCancelled':
      return { ...s, conflict: null };
    case 'transitioned':
      return { ...accept(s, a.form), reviewMode: false };
    case 'draftDiscarded':
      return s.form ? { ...s, ev: s.form.evaluation, saved: s.form.evaluation, restoredAt: null } : s;
    case 'reviewMode':
      return { ...s, reviewMode: a.on, review: a.on && !s.review ? { scores: {}, comment: '' } : s.review };
    case 'sideLoaded':
      return { ...s, comments: a.comments ?? s.comments, versions: a.versions ?? s.versions };
  }
}

/**
 * Drop untouched rows (no score, no reason) so only what the reviewer entered is sent, and — given
 * the form — any key naming a row it no longer has (the server refuses those).
 */
export function cleanReview(r: FinanceReview | null, comment: string, ev?: Evaluation): FinanceReview {
  const scores: FinanceReview['scores'] = {};
  const exists = (k: string) => !ev || k === FUNDS_REVIEW_KEY || (/^\d+$/.test(k) && Number(k) < ev.indicators.length);
  for (const [k, v] of Object.entries(r?.scores ?? {})) if ((v.score !== null || v.reason.trim()) && exists(k)) scores[k] = v;
  return { scores, comment };
}

/** The reviewer's reason on the newest 'return' in the history. */
export function returnReason(versions: readonly VersionEntry[]): string | null | undefined {
  return [...versions].sort((a, b) => b.version - a.version).find((v) => v.action === 'return')?.comment;
}

/** Comments per indicator row, for the count on each row's comment button. */
export function commentCounts(comments: readonly CommentEntry[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of comments) if (typeof c.indicator === 'number') out.set(c.indicator, (out.get(c.indicator) ?? 0) + 1);
  return out;
}

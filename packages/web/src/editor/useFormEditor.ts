/**
 * Everything the editor page does with the server for one form: load it (restoring or merging a
 * local draft), keep unsaved edits in a draft and guard them, save with the 409 merge, run workflow
 * transitions, and load comments and history. Decisions live in the reducer (editorState.ts).
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { App } from 'antd';
import { allowedActions, type Allowed, type Evaluation } from '@jixiao/core';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { Action, FinanceReview, FormResource } from '../api/types';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { clearDraft, loadDraft, saveDraft } from './draft';
import { cleanReview, conflictOf, editorReducer, initialEditorState, isDirty, planDraft, type EditorState } from './editorState';
import { useLeaveGuard } from './useLeaveGuard';
import { ACTION_KEYS } from './labels';
import { navigate, setNavigationBlocker } from '../router';

export interface FormEditor extends EditorState {
  dirty: boolean;
  /** What the user may do with the form now (null until loaded). */
  can: Allowed | null;
  /** Apply a pure updater to the evaluation as it then stands. */
  edit(update: (ev: Evaluation) => Evaluation): void;
  editReview(update: (cur: FinanceReview | null) => FinanceReview): void;
  /** Save; resolves to the saved form, or null (conflict dialog opened, or an error shown). */
  save(): Promise<FormResource | null>;
  /** A workflow action; a submit saves unsaved edits first. */
  transition(action: Action, comment?: string): Promise<void>;
  /** Record finance's 复核 (the rows touched) with its overall comment. */
  saveReview(comment: string): Promise<void>;
  setReviewMode(on: boolean): void;
  /** Take the merge dialog's result as the edit and save it. */
  merge(merged: Evaluation): Promise<void>;
  cancelMerge(): void;
  discardDraft(): void;
  /** Delete the form (a draft) and go back to the list; false when the server refused. */
  remove(): Promise<boolean>;
  /** Post a comment; true when the server took it. */
  sendComment(text: string, indicator: number | null): Promise<boolean>;
}

/** The editor of form `id` (the page is keyed by id, so one hook instance serves one form). */
export function useFormEditor(id: string): FormEditor {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  const latestLoad = useLatest();
  const latestSide = useLatest();
  const { form, ev, review } = state;
  const dirty = isDirty(state);

  const loadSide = useCallback(async () => {
    const r = await latestSide.run((signal) => Promise.all([api.listComments(id, signal), api.listVersions(id, signal)]));
    if (!r) return;
    const [c, v] = r;
    dispatch({ type: 'sideLoaded', comments: c.ok ? c.value : undefined, versions: v.ok ? v.value : undefined });
  }, [id, latestSide]);

  useEffect(() => {
    void latestLoad.run(async (signal) => {
      const r = await api.getForm(id, signal);
      if (!r.ok) return { r };
      const restore = planDraft(r.value, loadDraft(id), user ? allowedActions(user.role, r.value.status).edit : false);
      // The draft's own version is the merge base: what the server had when the edit began.
      const base = restore.kind === 'merge' ? await api.getVersion(id, restore.draft.baseVersion, signal) : null;
      return { r, restore, base };
    }).then((got) => {
      if (!got) return;
      const { r, restore, base } = got;
      if (!r.ok) return dispatch({ type: 'loadFailed', error: r.error.message });
      if (restore?.kind === 'none' && restore.clear) clearDraft(id);
      dispatch({ type: 'loaded', form: r.value, restore: restore ?? { kind: 'none', clear: false }, conflictBase: base?.ok ? base.value.evaluation : undefined });
      void loadSide();
    });
    // The user is read once, when the form loads; a new login remounts the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // Keep every unsaved edit in a local draft; warn before the tab closes or the route changes.
  useEffect(() => {
    if (!dirty || !ev || !form) return;
    saveDraft(id, { baseVersion: form.version, evaluation: ev, at: new Date().toISOString() });
  }, [dirty, ev, form, id]);
  useLeaveGuard(dirty, t('leaveWarning'));

  const edit = useCallback((update: (cur: Evaluation) => Evaluation) => dispatch({ type: 'edit', update }), []);
  const editReview = useCallback((update: (cur: FinanceReview | null) => FinanceReview) => dispatch({ type: 'editReview', update }), []);

  /** PUT `sent` at `version`; the reducer records the answer (a 409 opens the merge). */
  const put = useCallback(
    async (version: number, sent: Evaluation): Promise<FormResource | null> => {
      dispatch({ type: 'saveStarted' });
      const r = await api.saveForm(id, version, sent);
      dispatch({ type: 'saveAnswered', sent, result: r });
      if (r.ok) {
        clearDraft(id);
        message.success(t('saved'));
        void loadSide();
        return r.value;
      }
      if (!conflictOf(r.error)) message.error(m(r.error.message));
      return null;
    },
    [id, message, t, m, loadSide],
  );

  const save = useCallback(async (): Promise<FormResource | null> => {
    if (!form || !ev) return null;
    return put(form.version, ev);
  }, [form, ev, put]);

  // 合并并保存: the merged edit is saved against the version it was merged with, at once.
  const mergeAndSave = useCallback(
    async (merged: Evaluation) => {
      const theirs = state.conflict?.theirs;
      if (!theirs) return;
      dispatch({ type: 'merged', merged });
      await put(theirs.version, merged);
    },
    [state.conflict, put],
  );

  const transition = useCallback(
    async (action: Action, comment?: string, financeReview?: FinanceReview) => {
      let f = form;
      if (!f) return;
      if (dirty && action === 'submit') {
        f = await save();
        if (!f) return;
      }
      const r = await api.transition(id, f.version, action, { comment, financeReview });
      if (!r.ok) return void message.error(m(r.error.message));
      dispatch({ type: 'transitioned', form: r.value });
      message.success(t('transitionDone', { action: t(ACTION_KEYS[action]) }));
      void loadSide();
    },
    [form, dirty, save, id, message, m, t, loadSide],
  );

  const sendComment = useCallback(
    async (text: string, indicator: number | null) => {
      const r = await api.addComment(id, text, indicator);
      if (!r.ok) {
        message.error(m(r.error.message));
        return false;
      }
      void loadSide();
      return true;
    },
    [id, message, m, loadSide],
  );

  const remove = useCallback(async () => {
    if (!form) return false;
    const r = await api.deleteForm(id, form.version);
    if (!r.ok) {
      message.error(m(r.error.message));
      return false;
    }
    clearDraft(id);
    message.success(t('deleted'));
    // The form is gone: its unsaved edits no longer hold the user on the page.
    setNavigationBlocker(null);
    navigate('/forms');
    return true;
  }, [form, id, message, m, t]);

  const can = useMemo(() => (form && user ? allowedActions(user.role, form.status, !!form.targetsLocked) : null), [form, user]);
  return {
    ...state,
    dirty,
    can,
    edit,
    editReview,
    save,
    transition: (action, comment) => transition(action, comment),
    saveReview: (comment) => transition('finance-review', undefined, cleanReview(review, comment, ev ?? undefined)),
    setReviewMode: (on) => dispatch({ type: 'reviewMode', on }),
    merge: mergeAndSave,
    cancelMerge: () => dispatch({ type: 'mergeCancelled' }),
    discardDraft: () => {
      clearDraft(id);
      dispatch({ type: 'draftDiscarded' });
    },
    sendComment,
    remove,
  };
}

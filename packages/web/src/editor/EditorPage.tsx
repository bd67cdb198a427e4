/**
 * The form editor: the paper form with live scoring and review, findings beside it, workflow,
 * comments and history. Unsaved edits live in a local draft and a version conflict opens a merge.
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Badge, Button, Spin, Tabs } from 'antd';
import type { Evaluation, Msg } from '@jixiao/core';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import * as api from '../api';
import { useLatest } from '../api/latest';
import type { Action, CommentEntry, FinanceReview, FormResource, VersionEntry } from '../api/types';
import { Link, setNavigationBlocker } from '../router';
import { buildView } from './viewModel';
import { HeaderTables } from './HeaderTables';
import { IndicatorTable } from './IndicatorTable';
import { FindingsPanel } from './FindingsPanel';
import { CommentsPanel } from './CommentsPanel';
import { WorkflowBar } from './WorkflowBar';
import { allowed } from './permissions';
import { clearDraft, loadDraft, saveDraft } from './draft';
import { updateAt } from './update';
import { ACTION_KEYS, timeText } from './labels';

// History and the merge dialog need antd's Table: load them when first shown.
const HistoryPanel = lazy(() => import('./HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
const ConflictModal = lazy(() => import('./ConflictModal').then((m) => ({ default: m.ConflictModal })));

/** Drop untouched rows (no score, no reason) so only what the reviewer entered is sent. */
function cleanReview(r: FinanceReview | null, comment: string): FinanceReview {
  const scores: FinanceReview['scores'] = {};
  for (const [k, v] of Object.entries(r?.scores ?? {})) if (v.score !== null || v.reason.trim()) scores[k] = v;
  return { scores, comment };
}

interface Conflict {
  base: Evaluation;
  theirs: FormResource;
}

/** The editor route /forms/:id. */
export function EditorPage({ id }: { id: string }) {
  const { t, m } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const [form, setForm] = useState<FormResource | null>(null);
  const [ev, setEv] = useState<Evaluation | null>(null);
  const [loadError, setLoadError] = useState<Msg | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reviewMode, setReviewMode] = useState(false);
  const [reviewDraft, setReviewDraft] = useState<FinanceReview | null>(null);
  const [comments, setComments] = useState<CommentEntry[]>([]);
  const [versions, setVersions] = useState<VersionEntry[]>([]);
  const [tab, setTab] = useState('findings');
  const [commentTarget, setCommentTarget] = useState<number | null>(null);
  const savedRef = useRef<Evaluation | null>(null);

  const dirty = !!ev && !!form && ev !== savedRef.current;
  const can = form && user ? allowed(user.role, form.status, !!form.targetsLocked) : null;

  // Comments and history load again after each save: only the newest answer is shown.
  const latestSide = useLatest();
  const latestLoad = useLatest();
  const loadSide = useCallback(async () => {
    const r = await latestSide.run((signal) => Promise.all([api.listComments(id, signal), api.listVersions(id, signal)]));
    if (!r) return;
    const [c, v] = r;
    if (c.ok) setComments(c.value);
    if (v.ok) setVersions(v.value);
  }, [id, latestSide]);

  const accept = useCallback((f: FormResource, keepEdit: Evaluation | null = null) => {
    setForm(f);
    savedRef.current = keepEdit ? null : f.evaluation;
    setEv(keepEdit ?? f.evaluation);
    setReviewDraft(f.review);
  }, []);

  useEffect(() => {
    void latestLoad.run(async (signal) => {
      const r = await api.getForm(id, signal);
      if (signal.aborted) return {};
      if (!r.ok) {
        setLoadError(r.error.message);
        return {};
      }
      const f = r.value;
      const draft = loadDraft(id);
      const editable = user ? allowed(user.role, f.status).edit : false;
      if (draft && editable && JSON.stringify(draft.evaluation) !== JSON.stringify(f.evaluation)) {
        if (draft.baseVersion === f.version) {
          accept(f, draft.evaluation);
          setRestoredAt(draft.at);
        } else {
          // The server moved on since the draft was taken: merge it like a save conflict.
          const b = await api.getVersion(id, draft.baseVersion, signal);
          if (signal.aborted) return {};
          accept(f);
          setConflict({ base: b.ok ? b.value.evaluation : f.evaluation, theirs: f });
          setEv(draft.evaluation);
          savedRef.current = null;
          setRestoredAt(draft.at);
        }
      } else {
        if (draft) clearDraft(id);
        accept(f);
      }
      void loadSide();
      return {};
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  // Keep every unsaved edit in a local draft; warn before the tab closes or the route changes.
  useEffect(() => {
    if (!dirty || !ev || !form) return;
    saveDraft(id, { baseVersion: form.version, evaluation: ev, at: new Date().toISOString() });
  }, [dirty, ev, form, id]);
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    const unblock = setNavigationBlocker(() => window.confirm(t('leaveWarning')));
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      unblock();
    };
  }, [dirty, t]);

  // Edits apply to the evaluation as it stands when React runs them, never to a stale render's copy.
  const edit = useCallback((update: (cur: Evaluation) => Evaluation) => setEv((cur) => (cur ? update(cur) : cur)), []);
  const editReview = useCallback((update: (cur: FinanceReview | null) => FinanceReview) => setReviewDraft(update), []);

  const deferred = useDeferredValue(ev);
  const view = useMemo(() => (deferred ? buildView(deferred) : null), [deferred]);

  const save = useCallback(async (): Promise<FormResource | null> => {
    if (!form || !ev) return null;
    setSaving(true);
    const sent = ev;
    const r = await api.saveForm(id, form.version, sent);
    setSaving(false);
    if (r.ok) {
      setForm(r.value);
      savedRef.current = sent;
      clearDraft(id);
      message.success(t('saved'));
      void loadSide();
      return r.value;
    }
    if (r.error.status === 409 && r.error.body.current) {
      setConflict({ base: form.evaluation, theirs: r.error.body.current as FormResource });
      return null;
    }
    message.error(m(r.error.message));
    return null;
  }, [form, ev, id, message, t, m, loadSide]);

  const transition = useCallback(
    async (action: Action, comment?: string, review?: FinanceReview) => {
      let f = form;
      if (!f) return;
      if (dirty && action === 'submit') {
        f = await save();
        if (!f) return;
      }
      const r = await api.transition(id, f.version, action, { comment, review });
      if (!r.ok) return void message.error(m(r.error.message));
      accept(r.value);
      setReviewMode(false);
      message.success(t('transitionDone', { action: t(ACTION_KEYS[action]) }));
      void loadSide();
    },
    [form, dirty, save, id, message, m, t, accept, loadSide],
  );

  const sendComment = async (text: string, indicator: number | null) => {
    const r = await api.addComment(id, text, indicator);
    if (!r.ok) {
      message.error(m(r.error.message));
      return false;
    }
    void loadSide();
    return true;
  };

  const commentCounts = useMemo(() => {
    const out = new Map<number, number>();
    for (const c of comments) if (typeof c.indicator === 'number') out.set(c.indicator, (out.get(c.indicator) ?? 0) + 1);
    return out;
  }, [comments]);

  if (loadError) return <Alert type="error" showIcon title={t('error', { msg: m(loadError) })} />;
  if (!form || !ev || !view || !can) return <div className="jx-center"><Spin /></div>;

  // The newest 'return' in the history carries the reviewer's reason.
  const returnComment = [...versions].sort((a, b) => b.version - a.version).find((v) => v.action === 'return')?.comment;
  return (
    <div className="jx-editor">
      <div className="jx-editor-top">
        <Link to="/forms">← {t('navForms')}</Link>
        <WorkflowBar
          form={form}
          role={user?.role ?? ''}
          template={ev.template}
          onTemplate={(v) => edit((cur) => updateAt(cur, 'template', v))}
          can={can}
          dirty={dirty}
          saving={saving}
          reviewMode={reviewMode}
          onSave={() => void save()}
          onTransition={(a, c) => void transition(a, c)}
          onReviewMode={(on) => {
            setReviewMode(on);
            if (on && !reviewDraft) setReviewDraft({ scores: {}, comment: '' });
          }}
          onSaveReview={(comment) => void transition('finance-review', undefined, cleanReview(reviewDraft, comment))}
        />
      </div>
      {restoredAt && dirty && (
        <Alert
          type="info"
          showIcon
          closable
          title={t('draftRestored', { at: timeText(restoredAt, true) })}
          action={
            <Button size="small" onClick={() => { clearDraft(id); setEv(form.evaluation); savedRef.current = form.evaluation; setRestoredAt(null); }}>
              {t('discardDraft')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {form.status === 'returned' && returnComment && <Alert type="warning" showIcon title={`${t('returnReason')}：${returnComment}`} style={{ marginBottom: 8 }} data-testid="return-reason" />}
      {form.targetsLocked && can.edit && <Alert type="info" showIcon title={t('targetsLocked')} description={t('targetsLockedHint', { at: timeText(form.targetsLocked.at) })} style={{ marginBottom: 8 }} data-testid="targets-locked" />}
      {view.failure && <Alert type="error" showIcon title={view.failure} />}
      <div className="jx-editor-body">
        <div className="jx-paper" data-testid="paper">
          <HeaderTables ev={ev} view={view} editable={can.edit} onChange={edit} />
          <IndicatorTable
            ev={ev}
            view={view}
            editable={can.edit}
            locked={form.targetsLocked ?? null}
            onChange={edit}
            review={{ value: reviewDraft, editable: reviewMode, onChange: editReview }}
            commentCounts={commentCounts}
            onComment={(i) => { setCommentTarget(i); setTab('comments'); }}
          />
          {form.review?.comment && !reviewMode && (
            <div className="jx-review-comment">
              <b>{t('reviewComment')}：</b>
              <span>{form.review.comment}</span>
            </div>
          )}
        </div>
        <aside className="jx-side">
          <div className="jx-summary" data-testid="summary">
            <Badge color="red" text={`${t('severity_error')} ${view.counts.error}`} />
            <Badge color="orange" text={`${t('severity_warning')} ${view.counts.warning}`} />
            <Badge color="blue" text={`${t('severity_info')} ${view.counts.info}`} />
          </div>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            size="small"
            items={[
              { key: 'findings', label: `${t('findings')} (${view.findings.length})`, children: <FindingsPanel findings={view.findings} ev={ev} /> },
              { key: 'comments', label: `${t('comments')} (${comments.length})`, children: <CommentsPanel comments={comments} ev={ev} target={commentTarget} onTarget={setCommentTarget} onSend={sendComment} /> },
              { key: 'history', label: t('history'), children: <Suspense fallback={<Spin />}><HistoryPanel formId={id} versions={versions} /></Suspense> },
            ]}
          />
        </aside>
      </div>
      {conflict && ev && (
        <Suspense fallback={null}>
        <ConflictModal
          base={conflict.base}
          mine={ev}
          theirs={conflict.theirs.evaluation}
          onCancel={() => setConflict(null)}
          onMerge={(merged) => {
            setForm(conflict.theirs);
            savedRef.current = conflict.theirs.evaluation;
            setEv(merged);
            setConflict(null);
          }}
        />
        </Suspense>
      )}
    </div>
  );
}

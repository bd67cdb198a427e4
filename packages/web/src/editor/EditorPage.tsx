/**
 * The form editor: the paper form with live scoring and review, findings beside it, workflow,
 * comments and history. The work with the server (drafts, saving, merging, transitions) is in
 * useFormEditor; this page lays out the parts.
 */
import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Spin } from 'antd';
import { mayDelete } from '@jixiao/core';
import * as api from '../api';
import type { EffectiveSettings } from '../api/settings';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { Link, navigate } from '../router';
import { buildView } from './viewModel';
import { useEngine } from './engine';
import { HeaderTables } from './HeaderTables';
import { IndicatorTable } from './IndicatorTable';
import { WorkflowBar } from './WorkflowBar';
import { EditorNotices } from './EditorNotices';
import { EditorSide } from './EditorSide';
import { evidenceCounts, useEvidence } from '../evidence/useEvidence';
import { useFormEditor } from './useFormEditor';
import { commentCounts, returnReason } from './editorState';
import { updateAt } from './update';
import { pathLabel } from './labels';
import { gridKeyDown } from './gridKeys';
import { InvalidCellsContext, useInvalidCellRegistry } from './invalidCells';

// The merge dialog needs antd's Table: load it when first shown.
// 复核 by a panel (checklist, re-score, the panel's result): only panel members and finance load it.
const PanelReview = lazy(() => import('../sampling/PanelReview'));
const ConflictModal = lazy(() => import('./ConflictModal').then((m) => ({ default: m.ConflictModal })));

/** The editor route /forms/:id. */
export function EditorPage({ id }: { id: string }) {
  const { t, m } = useI18n();
  const { user } = useSession();
  const ed = useFormEditor(id);
  const { form, ev, can } = ed;
  const [tab, setTab] = useState('findings');
  const [commentTarget, setCommentTarget] = useState<number | null>(null);

  const deferred = useDeferredValue(ev);
  const eng = useEngine();
  // 佐证材料: the list for the panel, and its counts per row for review (as the server reviews the form).
  const evidence = useEvidence(id);
  const rowEvidence = useMemo(() => (evidence.list ? evidenceCounts(evidence.list.items) : null), [evidence.list]);
  const evidenceContext = useMemo(() => (rowEvidence ? { evidence: rowEvidence } : undefined), [rowEvidence]);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const [evidenceTarget, setEvidenceTarget] = useState<number | null>(null);
  const view = useMemo(() => (deferred && eng ? buildView(deferred, undefined, eng, evidenceContext) : null), [deferred, eng, evidenceContext]);
  const counts = useMemo(() => commentCounts(ed.comments), [ed.comments]);
  const { message, modal } = App.useApp();
  const i18n = useI18n();
  // What finance has set for this form's organisation and year: its template (not the unit's choice).
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const formOrg = form?.orgId;
  const formYear = ev?.year;
  useEffect(() => {
    if (formOrg === undefined || formYear === undefined) return;
    void api.getEffectiveSettings(formYear, formOrg).then((r) => r.ok && setSettings(r.value));
  }, [formOrg, formYear]);
  const invalid = useInvalidCellRegistry();
  // Ctrl+S (⌘S) saves wherever the focus is on this page, instead of the browser saving the page.
  const saveKey = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveKey.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // A cell whose text does not parse keeps its old value in the form: saving now would lose what
  // was typed without a word. Refuse, say so, and take the user to the first such cell.
  const blockedByInvalid = () => {
    if (invalid.count === 0) return false;
    message.error(t('invalidCellsBlock', { n: invalid.count }));
    document.querySelector<HTMLElement>('.jx-paper [aria-invalid=true]')?.focus();
    return true;
  };

  saveKey.current = () => {
    if (can?.edit && ed.dirty && !ed.saving && !blockedByInvalid()) void ed.save();
  };
  if (ed.loadError) return <Alert type="error" showIcon title={t('error', { msg: m(ed.loadError) })} />;
  if (!form || !ev || !view || !can) return <div className="jx-center"><Spin /></div>;

  return (
    <InvalidCellsContext.Provider value={invalid.report}>
    <div className="jx-editor">
      <div className="jx-editor-top">
        <Link to="/forms">← {t('navForms')}</Link>
        <WorkflowBar
          form={form}
          role={user?.role ?? ''}
          template={ev.template}
          onTemplate={(v) => ed.edit((cur) => updateAt(cur, 'template', v))}
          can={can}
          dirty={ed.dirty}
          saving={ed.saving}
          reviewMode={ed.reviewMode}
          onSave={() => void (blockedByInvalid() || ed.save())}
          onTransition={(a, c) => {
            if (a === 'submit' && blockedByInvalid()) return;
            // Submitting or publishing with error-level findings: list them and ask, or — when
            // finance has set that errors block — say so and stop.
            const errors = view.findings.filter((f) => f.severity === 'error');
            if ((a === 'submit' || a === 'publish') && errors.length > 0) {
              const blocks = !!settings?.errorsBlock.value;
              const content = (
                <div>
                  <p>{blocks ? t('errorsBlockHint') : t('errorsConfirmHint', { n: errors.length })}</p>
                  <ul className="jx-confirm-errors" data-testid="confirm-errors">
                    {errors.map((f, k) => (
                      <li key={k}>
                        <b>{pathLabel(f.path, ev, i18n)}</b>：{m(f.message)}
                      </li>
                    ))}
                  </ul>
                </div>
              );
              const action = t(a === 'submit' ? 'submit' : 'publish');
              if (blocks) modal.error({ title: t('errorsBlockTitle', { action }), content, width: 640, okText: t('close'), okButtonProps: { id: 'close-errors' } });
              else modal.confirm({ title: t('errorsConfirmTitle', { action, n: errors.length }), content, width: 640, okText: t('actionAnyway', { action }), cancelText: t('cancel'), okButtonProps: { danger: true, id: 'confirm-with-errors' }, cancelButtonProps: { id: 'cancel-with-errors' }, onOk: () => void ed.transition(a, c) });
              return;
            }
            void ed.transition(a, c);
          }}
          onReviewMode={ed.setReviewMode}
          onSaveReview={(comment) => void ed.saveReview(comment)}
          templateLocked={!!settings && settings.template.orgId !== null && user?.role === 'unit_editor'}
          canDelete={!!user && mayDelete(user.role, form.status)}
          onDelete={() => void ed.remove()}
        />
      </div>
      <EditorNotices form={form} view={view} restoredAt={ed.restoredAt} dirty={ed.dirty} editable={can.edit} returnComment={returnReason(ed.versions)} onDiscardDraft={ed.discardDraft} />
      <div className="jx-editor-body">
        <div
          className="jx-paper"
          data-testid="paper"
          onKeyDown={(e) => gridKeyDown(e.nativeEvent, e.currentTarget)}
        >
          <HeaderTables ev={ev} view={view} editable={can.edit} onChange={ed.edit} />
          <IndicatorTable
            ev={ev}
            view={view}
            editable={can.edit}
            locked={form.targetsLocked ?? null}
            onChange={ed.edit}
            review={{ value: ed.review, editable: ed.reviewMode, onChange: ed.editReview }}
            commentCounts={counts}
            onComment={(i) => { setCommentTarget(i); setTab('comments'); }}
            evidenceCounts={rowEvidence ? new Map(rowEvidence.map((x) => [x.indicatorIndex, x.count])) : undefined}
            onEvidence={evidence.list ? (i) => { setEvidenceTarget(i); setEvidenceOpen(true); } : undefined}
          />
          {user && (user.role === 'expert' || user.role === 'finance_reviewer' || user.role === 'admin') && (
            <Suspense fallback={null}>
              <PanelReview formId={Number(form.id)} ev={ev} />
            </Suspense>
          )}
          {form.financeReview?.comment && !ed.reviewMode && (
            <div className="jx-review-comment">
              <b>{t('reviewComment')}：</b>
              <span>{form.financeReview.comment}</span>
            </div>
          )}
        </div>
        <EditorSide
          formId={id}
          ev={ev}
          view={view}
          comments={ed.comments}
          versions={ed.versions}
          tab={tab}
          onTab={setTab}
          commentTarget={commentTarget}
          onCommentTarget={setCommentTarget}
          onSendComment={ed.sendComment}
          cycleVersion={form.targetsLocked ? form.version : null}
          // 下达整改 from a finding (issue 15): finance, on a form it reviews (not an editable one, whose findings still move).
          rectifyFrom={user?.role === 'finance_reviewer' && !['draft', 'returned'].includes(form.status) ? (f) => navigate(`/rectification?formId=${id}&open=1&ref=${encodeURIComponent(`${f.ruleId}@${f.path}`)}`) : undefined}
          evidence={evidence.list}
          evidenceEditable={can.edit}
          onEvidenceChanged={evidence.reload}
          evidenceOpen={evidenceOpen}
          onEvidenceOpen={setEvidenceOpen}
          evidenceTarget={evidenceTarget}
          onEvidenceTarget={setEvidenceTarget}
        />
      </div>
      {ed.conflict && (
        <Suspense fallback={null}>
          <ConflictModal base={ed.conflict.base} mine={ev} theirs={ed.conflict.theirs.evaluation} onCancel={ed.cancelMerge} onMerge={(merged) => void ed.merge(merged)} />
        </Suspense>
      )}
    </div>
    </InvalidCellsContext.Provider>
  );
}

/** The panel beside the paper form: finding counts, then findings, comments and history as tabs. */
import { lazy, Suspense, useState } from 'react';
import { Badge, Spin, Tabs } from 'antd';
import type { Evaluation, Finding } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { CommentEntry, VersionEntry } from '../api/types';
import type { EvidenceList } from '../api/evidence';
import type { EditorView } from './viewModel';
import { FindingsPanel } from './FindingsPanel';
import { CommentsPanel } from './CommentsPanel';

// History needs antd's Table: load it when first shown.
const HistoryPanel = lazy(() => import('./HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
// What the budget year said beside each target (issue 14): only for forms with locked targets, loaded when shown.
const CyclePanel = lazy(() => import('../cycle/CyclePanel').then((m) => ({ default: m.CyclePanel })));
const CYCLE_TAB = { zh: '目标与监控', en: 'Targets & monitoring' };
// 佐证材料 (issue 15): the panel and its viewer load when first opened.
const EvidencePanel = lazy(() => import('../evidence/EvidencePanel').then((m) => ({ default: m.EvidencePanel })));
const EVIDENCE_TAB = { zh: '佐证材料', en: 'Evidence' };

interface Props {
  formId: string;
  ev: Evaluation;
  view: EditorView;
  comments: CommentEntry[];
  versions: VersionEntry[];
  tab: string;
  onTab(key: string): void;
  /** The indicator row a new comment is about (null: the whole form). */
  commentTarget: number | null;
  onCommentTarget(i: number | null): void;
  onSendComment(text: string, indicator: number | null): Promise<boolean>;
  /** The form's version when its targets are locked (it may come from approved targets): shows the 目标与监控 tab. */
  cycleVersion?: number | null;
  /** When given, each finding offers 下达整改 (finance opens a rectification item from it). */
  rectifyFrom?(f: Finding): void;
  /** The form's 佐证材料 (null while loading) and whether files may be added and removed. */
  evidence?: EvidenceList | null;
  evidenceEditable?: boolean;
  onEvidenceChanged?(): void;
  /** The evidence disclosure is open, and the row new files go to (a row's paper-clip button opens it for that row). */
  evidenceOpen?: boolean;
  onEvidenceOpen?(open: boolean): void;
  evidenceTarget?: number | null;
  onEvidenceTarget?(i: number | null): void;
}

/** The side panel. */
export function EditorSide(p: Props) {
  const { t, m } = useI18n();
  const { view } = p;
  const [cycleOpen, setCycleOpen] = useState(false);
  return (
    <aside className="jx-side">
      <div className="jx-summary" data-testid="summary">
        <Badge color="red" text={`${t('severity_error')} ${view.counts.error}`} />
        <Badge color="orange" text={`${t('severity_warning')} ${view.counts.warning}`} />
        <Badge color="blue" text={`${t('severity_info')} ${view.counts.info}`} />
      </div>
      {p.cycleVersion != null && (
        // A fourth tab would not fit the panel's width: a disclosure above the tabs instead.
        <details className="jx-cycle-details" onToggle={(e) => setCycleOpen((e.currentTarget as HTMLDetailsElement).open)}>
          <summary data-testid="tab-cycle">{m(CYCLE_TAB)}</summary>
          {cycleOpen && <Suspense fallback={<Spin />}><CyclePanel formId={p.formId} ev={p.ev} version={p.cycleVersion} /></Suspense>}
        </details>
      )}
      {p.evidence && (
        <details className="jx-cycle-details" open={!!p.evidenceOpen} onToggle={(e) => p.onEvidenceOpen?.((e.currentTarget as HTMLDetailsElement).open)}>
          <summary data-testid="tab-evidence">{m(EVIDENCE_TAB)} ({p.evidence.items.length})</summary>
          {p.evidenceOpen && (
            <Suspense fallback={<Spin />}>
              <EvidencePanel formId={p.formId} ev={p.ev} items={p.evidence.items} limits={p.evidence.limits} editable={!!p.evidenceEditable} target={p.evidenceTarget ?? null} onTarget={(i) => p.onEvidenceTarget?.(i)} onChanged={() => p.onEvidenceChanged?.()} />
            </Suspense>
          )}
        </details>
      )}
      <Tabs
        activeKey={p.tab}
        onChange={p.onTab}
        size="small"
        items={[
          { key: 'findings', label: `${t('findings')} (${view.findings.length})`, children: <FindingsPanel findings={view.findings} ev={p.ev} rectifyFrom={p.rectifyFrom} /> },
          {
            key: 'comments',
            label: `${t('comments')} (${p.comments.length})`,
            children: <CommentsPanel comments={p.comments} ev={p.ev} target={p.commentTarget} onTarget={p.onCommentTarget} onSend={p.onSendComment} />,
          },
          { key: 'history', label: t('history'), children: <Suspense fallback={<Spin />}><HistoryPanel formId={p.formId} versions={p.versions} /></Suspense> },
        ]}
      />
    </aside>
  );
}

/**
 * One row of the 绩效指标 table: the merged 一级/二级 cells when the row starts a block, the row's
 * own cells (approved targets under a lock), the proven score, finance's 复核 cells, row buttons.
 */
import type { ReactNode } from 'react';
import { App, Button, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, LockOutlined, MessageOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { Evaluation, Indicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { FinanceReview, TargetsLock } from '../api/types';
import { NumberCell, TextCell } from './cells';
import { cellClass, cellTitle } from './sheetContext';
import { blankIndicator, insertIndicator, removeIndicator, setBlockText, updateAt } from './update';
import type { EditorView, RowView } from './viewModel';
import { timeText } from './labels';
import { moveIndicator } from './rows';

const EVIDENCE = { zh: '佐证材料', en: 'Evidence' };

export interface ReviewProps {
  value: FinanceReview | null;
  editable: boolean;
  /** An updater of the review as it then stands. */
  onChange(update: (cur: FinanceReview | null) => FinanceReview): void;
}

interface Props {
  row: Indicator;
  rv: RowView;
  view: EditorView;
  editable: boolean;
  /** Approved targets: 三级指标, 年度指标值 and 分值 read-only, no rows added or removed. */
  locked: TargetsLock | null;
  onChange(update: (ev: Evaluation) => Evaluation): void;
  /** Finance's 复核 columns, when they are shown. */
  review?: ReviewProps;
  /** The row-buttons column is shown (editing, or comments possible). */
  showActions: boolean;
  commentCount: number;
  onComment?(index: number): void;
  /** 佐证材料 attached to the row, and opening the evidence panel for it (the editor only). */
  evidenceCount?: number;
  onEvidence?(index: number): void;
  /** The 机审参考分 column is shown (not on the public page, which shows self and 复核 scores). */
  machine?: boolean;
}

const CHECK_CLASS: Record<string, string> = {
  consistent: 'jx-ok',
  above: 'jx-above',
  below: 'jx-below',
  unverifiable: 'jx-unverifiable',
  missing: 'jx-unverifiable',
};

/** An indicator row. */
export function IndicatorRow({ row, rv: r, view, editable, locked, onChange, review, showActions, commentCount, onComment, evidenceCount = 0, onEvidence, machine = true }: Props) {
  const { t, m } = useI18n();
  const i = r.index;
  const rowsEditable = editable && !locked;
  const cell = (k: keyof Indicator) => `indicators[${i}].${k}`;
  const set = (path: string) => (v: unknown) => onChange((cur) => updateAt(cur, path, v));
  const rvScore = review?.value?.scores[String(i)];
  const { message } = App.useApp();
  // Removing a row takes effect at once and offers 撤销 (undo): the row comes back where it was.
  const remove = () => {
    const gone = row;
    let after: Evaluation | null = null;
    let before: Evaluation | null = null;
    onChange((cur) => {
      before = cur;
      after = removeIndicator(cur, i);
      return after;
    });
    const key = `removed-${i}-${Date.now()}`;
    message.open({
      key,
      type: 'info',
      duration: 8,
      content: (
        <span data-testid="removed-notice">
          {t('indicatorRemoved', { name: gone.name || t('indicatorNo', { n: i + 1 }) })}{' '}
          <Button
            size="small"
            type="link"
            data-testid="undo-remove"
            onClick={() => {
              message.destroy(key);
              onChange((cur) => (cur === after && before ? before : insertIndicator(cur, i - 1, gone)));
            }}
          >
            {t('undo')}
          </Button>
        </span>
      ),
    });
  };
  const s = r.scored;
  // A locked cell: the approved value as text, with a lock whose tooltip says why and who can unlock.
  const lockedCell = (node: ReactNode, testId: string) => (
    <Tooltip title={locked ? t('targetsLockedHint', { at: timeText(locked.at) }) : ''}>
      <span className="jx-locked" data-testid={`locked-${testId}`}>
        <LockOutlined className="jx-lock-icon" aria-label={t('targetsLocked')} />
        {node}
      </span>
    </Tooltip>
  );
  // 三级指标, 年度指标值 and 分值 of approved targets: read-only under a lock while locked.
  const approved = (k: 'name' | 'target' | 'weight', make: (editable: boolean) => ReactNode) => (locked ? lockedCell(make(false), cell(k)) : make(editable));
  const td = (k: keyof Indicator, node: ReactNode, extra = '') => (
    <td className={cellClass(view, cell(k), extra)} data-path={cell(k)} title={cellTitle(view, cell(k), m)}>
      {node}
    </td>
  );
  const setReview = (patch: Partial<{ score: number | null; reason: string }>) => {
    if (!review) return;
    review.onChange((value) => {
      const cur = value ?? { scores: {}, comment: '' };
      const old = cur.scores[String(i)] ?? { score: null, reason: '' };
      return { ...cur, scores: { ...cur.scores, [String(i)]: { ...old, ...patch } } };
    });
  };

  return (
    <tr data-row={i} data-path={`indicators[${i}]`} className={r.worst ? `jx-row-${r.worst}` : ''}>
      {r.level1Span > 0 && (
        <td rowSpan={r.level1Span} className={cellClass(view, cell('level1'), 'jx-c jx-merged')} data-path={cell('level1')}>
          <TextCell label={t('level1')} value={row.level1} editable={editable} onChange={(v) => onChange((cur) => setBlockText(cur, i, r.level1Span, 'level1', v))} />
        </td>
      )}
      {r.level2Span > 0 && (
        <td rowSpan={r.level2Span} className={cellClass(view, cell('level2'), 'jx-c jx-merged')} data-path={cell('level2')}>
          <TextCell label={t('level2')} value={row.level2} editable={editable} onChange={(v) => onChange((cur) => setBlockText(cur, i, r.level2Span, 'level2', v))} />
          {r.level1Inferred && <div className="jx-analysis-note">{t('inferredLevel1', { name: r.level1Inferred })}</div>}
        </td>
      )}
      {td('name', approved('name', (ed) => <TextCell label={t('level3')} value={row.name} editable={ed} onChange={set(cell('name'))} testId={cell('name')} />))}
      {td('target', approved('target', (ed) => <TextCell label={t('target')} value={row.target} editable={ed} onChange={set(cell('target'))} testId={cell('target')} />), 'jx-c')}
      {td('actual', <TextCell label={t('actual')} value={row.actual} editable={editable} onChange={set(cell('actual'))} testId={cell('actual')} />, 'jx-c')}
      {td('weight', approved('weight', (ed) => <NumberCell label={t('weight')} value={row.weight} editable={ed} onChange={set(cell('weight'))} testId={cell('weight')} />), 'jx-c')}
      {td('score', <NumberCell label={t('score')} value={row.score} editable={editable} onChange={set(cell('score'))} testId={cell('score')} />, 'jx-c')}
      {machine && (
        <td className={`jx-c jx-analysis ${s ? CHECK_CLASS[s.check] ?? '' : ''}`} data-testid={`proven-${i}`}>
          <Tooltip title={s ? m(s.explanation) : undefined}>
            <span className="jx-proven">{r.provenText || '—'}</span>
          </Tooltip>
        </td>
      )}
      {td('deviation', <TextCell label={t('deviation')} value={row.deviation} editable={editable} onChange={set(cell('deviation'))} testId={cell('deviation')} />)}
      {review && (
        <td className="jx-c jx-review">
          <NumberCell label={t('reviewScore')} value={rvScore?.score ?? null} editable={review.editable} onChange={(v) => setReview({ score: v })} testId={`review-score-${i}`} />
        </td>
      )}
      {review && (
        <td className="jx-review">
          <TextCell label={t('reviewReason')} value={rvScore?.reason ?? ''} editable={review.editable} onChange={(v) => setReview({ reason: v })} testId={`review-reason-${i}`} />
        </td>
      )}
      {showActions && (
        <td className="jx-noprint jx-actions">
          {onComment && (
            <Tooltip title={t('addComment')}>
              <Button size="small" type="text" icon={<MessageOutlined />} aria-label={`${t('addComment')} ${t('indicatorNo', { n: i + 1 })}`} onClick={() => onComment(i)} data-testid={`comment-${i}`} tabIndex={-1}>
                {commentCount || null}
              </Button>
            </Tooltip>
          )}
          {onEvidence && (
            <Tooltip title={m(EVIDENCE)}>
              <Button size="small" type="text" icon={<PaperClipOutlined />} aria-label={`${m(EVIDENCE)} ${t('indicatorNo', { n: i + 1 })}`} onClick={() => onEvidence(i)} data-testid={`evidence-${i}`} tabIndex={-1}>
                {evidenceCount || null}
              </Button>
            </Tooltip>
          )}
          {rowsEditable && (
            <>
              <Tooltip title={t('moveUp')}>
                <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={`${t('moveUp')} ${t('indicatorNo', { n: i + 1 })}`} onClick={() => onChange((cur) => moveIndicator(cur, i, -1))} data-testid={`move-up-${i}`} tabIndex={-1} />
              </Tooltip>
              <Tooltip title={t('moveDown')}>
                <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`${t('moveDown')} ${t('indicatorNo', { n: i + 1 })}`} onClick={() => onChange((cur) => moveIndicator(cur, i, 1))} data-testid={`move-down-${i}`} tabIndex={-1} />
              </Tooltip>
              <Tooltip title={t('addIndicatorBelow')}>
                <Button size="small" type="text" icon={<PlusOutlined />} aria-label={`${t('addIndicatorBelow')} ${t('indicatorNo', { n: i + 1 })}`} onClick={() => onChange((cur) => insertIndicator(cur, i, blankIndicator()))} data-testid={`add-below-${i}`} tabIndex={-1} />
              </Tooltip>
              <Tooltip title={t('removeIndicator')}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('removeIndicator')} ${t('indicatorNo', { n: i + 1 })}`} onClick={remove} data-testid={`remove-${i}`} tabIndex={-1} />
              </Tooltip>
            </>
          )}
        </td>
      )}
    </tr>
  );
}

/**
 * The 绩效指标 table in the official layout: merged 一级/二级 cells (rowSpan), the unit's claimed
 * 得分 beside the score the evidence proves, and — during 复核 — the finance bureau's own score.
 */
import { Button, Tooltip } from 'antd';
import { DeleteOutlined, LockOutlined, MessageOutlined, PlusOutlined } from '@ant-design/icons';
import type { Indicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { FinanceReview, TargetsLock } from '../api/types';
import { NumberCell, TextCell } from './cells';
import { cellClass, cellTitle, type SheetProps } from './sheetContext';
import { blankIndicator, insertIndicator, removeIndicator, setBlockText, updateAt } from './update';
import { fmt, rangeText } from './viewModel';
import { timeText } from './labels';

export interface ReviewProps {
  value: FinanceReview | null;
  editable: boolean;
  /** An updater of the review as it then stands. */
  onChange(update: (cur: FinanceReview | null) => FinanceReview): void;
}

interface Props extends SheetProps {
  /** Approved targets: 三级指标, 年度指标值 and 分值 read-only, no rows added or removed. */
  locked?: TargetsLock | null;
  review?: ReviewProps;
  commentCounts?: Map<number, number>;
  onComment?(index: number): void;
}

const CHECK_CLASS: Record<string, string> = {
  consistent: 'jx-ok',
  above: 'jx-above',
  below: 'jx-below',
  unverifiable: 'jx-unverifiable',
  missing: 'jx-unverifiable',
};

/** The indicator table with 总分. */
export function IndicatorTable({ ev, view, editable, locked, onChange, review, commentCounts, onComment }: Props) {
  const { t, m } = useI18n();
  const rowsEditable = editable && !locked;
  const lockTip = locked ? t('targetsLockedHint', { at: timeText(locked.at) }) : '';
  // A locked cell: the approved value as text, with a lock whose tooltip says why and who can unlock.
  const lockedCell = (node: React.ReactNode, testId: string) => (
    <Tooltip title={lockTip}>
      <span className="jx-locked" data-testid={`locked-${testId}`}>
        <LockOutlined className="jx-lock-icon" aria-label={t('targetsLocked')} />
        {node}
      </span>
    </Tooltip>
  );
  const cell = (i: number, k: keyof Indicator) => `indicators[${i}].${k}`;
  const set = (path: string) => (v: unknown) => onChange((cur) => updateAt(cur, path, v));
  const showReview = !!review && (review.editable || !!review.value);
  const showActions = editable || !!onComment;
  const totals = view.scored?.totals;
  const reviewSum = review?.value ? sumReview(review.value, ev.indicators) : null;
  const setReview = (i: number, patch: Partial<{ score: number | null; reason: string }>) => {
    if (!review) return;
    review.onChange((value) => {
      const cur = value ?? { scores: {}, comment: '' };
      const old = cur.scores[String(i)] ?? { score: null, reason: '' };
      return { ...cur, scores: { ...cur.scores, [String(i)]: { ...old, ...patch } } };
    });
  };

  return (
    <table className="jx-sheet jx-indicators">
      <tbody>
        <tr className="jx-head-row">
          <th rowSpan={ev.indicators.length + (rowsEditable ? 3 : 2)} className="jx-vertical jx-first">
            {t('indicatorsHeader')}
          </th>
          <th className="w-l1">{t('level1')}</th>
          <th className="w-l2">{t('level2')}</th>
          <th className="w-name">{t('level3')}</th>
          <th className="w-val">{t('target')}</th>
          <th className="w-val">{t('actual')}</th>
          <th className="w-num">{t('weight')}</th>
          <th className="w-num">{t('score')}</th>
          <th className="w-num jx-analysis">{t('proven')}</th>
          <th className="w-dev">{t('deviation')}</th>
          {showReview && <th className="w-num jx-review">{t('reviewScore')}</th>}
          {showReview && <th className="w-dev jx-review">{t('reviewReason')}</th>}
          {showActions && <th className="w-act jx-noprint" />}
        </tr>
        {view.rows.map((r) => {
          const row = ev.indicators[r.index];
          const i = r.index;
          const rv = review?.value?.scores[String(i)];
          const s = r.scored;
          // 三级指标, 年度指标值 and 分值 of approved targets: read-only under a lock while locked.
          const approved = (k: 'name' | 'target' | 'weight', make: (editable: boolean) => React.ReactNode) => (locked ? lockedCell(make(false), cell(i, k)) : make(editable));
          const td = (k: keyof Indicator, node: React.ReactNode, extra = '') => (
            <td className={cellClass(view, cell(i, k), extra)} data-path={cell(i, k)} title={cellTitle(view, cell(i, k), m)}>
              {node}
            </td>
          );
          return (
            <tr key={i} data-row={i} data-path={`indicators[${i}]`} className={r.worst ? `jx-row-${r.worst}` : ''}>
              {r.level1Span > 0 && (
                <td rowSpan={r.level1Span} className={cellClass(view, cell(i, 'level1'), 'jx-c jx-merged')} data-path={cell(i, 'level1')}>
                  <TextCell label={t('level1')} value={row.level1} editable={editable} onChange={(v) => onChange((cur) => setBlockText(cur, i, r.level1Span, 'level1', v))} />
                </td>
              )}
              {r.level2Span > 0 && (
                <td rowSpan={r.level2Span} className={cellClass(view, cell(i, 'level2'), 'jx-c jx-merged')} data-path={cell(i, 'level2')}>
                  <TextCell label={t('level2')} value={row.level2} editable={editable} onChange={(v) => onChange((cur) => setBlockText(cur, i, r.level2Span, 'level2', v))} />
                  {r.level1Inferred && <div className="jx-analysis-note">{t('inferredLevel1', { name: r.level1Inferred })}</div>}
                </td>
              )}
              {td('name', approved('name', (ed) => <TextCell label={t('level3')} value={row.name} editable={ed} onChange={set(cell(i, 'name'))} testId={cell(i, 'name')} />))}
              {td('target', approved('target', (ed) => <TextCell label={t('target')} value={row.target} editable={ed} onChange={set(cell(i, 'target'))} testId={cell(i, 'target')} />), 'jx-c')}
              {td('actual', <TextCell label={t('actual')} value={row.actual} editable={editable} onChange={set(cell(i, 'actual'))} testId={cell(i, 'actual')} />, 'jx-c')}
              {td('weight', approved('weight', (ed) => <NumberCell label={t('weight')} value={row.weight} editable={ed} onChange={set(cell(i, 'weight'))} testId={cell(i, 'weight')} />), 'jx-c')}
              {td('score', <NumberCell label={t('score')} value={row.score} editable={editable} onChange={set(cell(i, 'score'))} testId={cell(i, 'score')} />, 'jx-c')}
              <td className={`jx-c jx-analysis ${s ? CHECK_CLASS[s.check] ?? '' : ''}`} data-testid={`proven-${i}`}>
                <Tooltip title={s ? m(s.explanation) : undefined}>
                  <span className="jx-proven">{r.provenText || '—'}</span>
                </Tooltip>
              </td>
              {td('deviation', <TextCell label={t('deviation')} value={row.deviation} editable={editable} onChange={set(cell(i, 'deviation'))} testId={cell(i, 'deviation')} />)}
              {showReview && (
                <td className="jx-c jx-review">
                  <NumberCell label={t('reviewScore')} value={rv?.score ?? null} editable={!!review?.editable} onChange={(v) => setReview(i, { score: v })} testId={`review-score-${i}`} />
                </td>
              )}
              {showReview && (
                <td className="jx-review">
                  <TextCell label={t('reviewReason')} value={rv?.reason ?? ''} editable={!!review?.editable} onChange={(v) => setReview(i, { reason: v })} testId={`review-reason-${i}`} />
                </td>
              )}
              {showActions && (
                <td className="jx-noprint jx-actions">
                  {onComment && (
                    <Tooltip title={t('addComment')}>
                      <Button size="small" type="text" icon={<MessageOutlined />} onClick={() => onComment(i)} data-testid={`comment-${i}`}>
                        {commentCounts?.get(i) || null}
                      </Button>
                    </Tooltip>
                  )}
                  {rowsEditable && (
                    <>
                      <Tooltip title={t('addIndicator')}>
                        <Button size="small" type="text" icon={<PlusOutlined />} onClick={() => onChange((cur) => insertIndicator(cur, i, blankIndicator()))} />
                      </Tooltip>
                      <Tooltip title={t('removeIndicator')}>
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onChange((cur) => removeIndicator(cur, i))} data-testid={`remove-${i}`} />
                      </Tooltip>
                    </>
                  )}
                </td>
              )}
            </tr>
          );
        })}
        {rowsEditable && (
          <tr className="jx-noprint">
            <td colSpan={9 + (showReview ? 2 : 0) + (showActions ? 1 : 0)} className="jx-add-row">
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange((cur) => insertIndicator(cur, cur.indicators.length - 1, blankIndicator()))} data-testid="add-indicator">
                {t('addIndicator')}
              </Button>
            </td>
          </tr>
        )}
        <tr className="jx-total-row">
          <th colSpan={5}>{t('totalScore')}</th>
          <td className={cellClass(view, 'total.weight', 'jx-c')} data-path="total.weight">
            <NumberCell label={`${t('totalScore')} ${t('weight')}`} value={ev.total.weight} editable={editable} onChange={set('total.weight')} testId="total.weight" />
          </td>
          <td className={cellClass(view, 'total.score', 'jx-c')} data-path="total.score" title={cellTitle(view, 'total.score', m)}>
            <NumberCell label={`${t('totalScore')} ${t('score')}`} value={ev.total.score} editable={editable} onChange={set('total.score')} testId="total.score" />
          </td>
          <td className="jx-c jx-analysis" data-testid="proven-total">
            {rangeText(totals?.proven)}
          </td>
          <td className="jx-grade-cell" data-testid="grade">
            {totals && (
              <span>
                {t('gradeClaimed')}：<b>{totals.grade.claimed ?? '—'}</b>　{t('gradeProven')}：
                <b>{totals.grade.proven ? (totals.grade.proven.min === totals.grade.proven.max ? totals.grade.proven.min : `${totals.grade.proven.min}–${totals.grade.proven.max}`) : '—'}</b>
                <span className="jx-muted">　Σ{fmt(totals.claimedSum)}</span>
              </span>
            )}
          </td>
          {showReview && (
            <td className="jx-c jx-review" data-testid="review-total">
              {reviewSum === null ? '' : fmt(reviewSum)}
            </td>
          )}
          {showReview && <td className="jx-review" />}
          {showActions && <td className="jx-noprint" />}
        </tr>
      </tbody>
    </table>
  );
}

/** The 复核 total as the server computes it: the reviewed score where given, else the unit's own. */
function sumReview(r: FinanceReview, rows: readonly Indicator[]): number {
  let cents = 0;
  rows.forEach((ind, i) => {
    const s = r.scores[String(i)]?.score ?? ind.score;
    if (s !== null) cents += Math.round(s * 100);
  });
  return cents / 100;
}

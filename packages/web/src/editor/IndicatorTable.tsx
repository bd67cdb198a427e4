/**
 * The 绩效指标 table in the official layout: merged 一级/二级 cells (rowSpan), the unit's claimed
 * 得分 beside the score the evidence proves, and — during 复核 — the finance bureau's own score.
 */
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { rangeText as coreRangeText, type Indicator } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { FinanceReview, TargetsLock } from '../api/types';
import { NumberCell } from './cells';
import { cellClass, cellTitle, type SheetProps } from './sheetContext';
import { blankIndicator, insertIndicator, updateAt } from './update';
import { fmt, rangeText } from './viewModel';
import { IndicatorRow, type ReviewProps } from './IndicatorRow';

interface Props extends SheetProps {
  /** Approved targets: 三级指标, 年度指标值 and 分值 read-only, no rows added or removed. */
  locked?: TargetsLock | null;
  review?: ReviewProps;
  commentCounts?: Map<number, number>;
  onComment?(index: number): void;
}

/** The indicator table with 总分. */
export function IndicatorTable({ ev, view, editable, locked, onChange, review, commentCounts, onComment }: Props) {
  const { t, m } = useI18n();
  const rowsEditable = editable && !locked;
  const set = (path: string) => (v: unknown) => onChange((cur) => updateAt(cur, path, v));
  const showReview = !!review && (review.editable || !!review.value);
  const showActions = editable || !!onComment;
  const totals = view.scored?.totals;
  const reviewSum = review?.value ? sumReview(review.value, ev.indicators) : null;

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
        {view.rows.map((r) => (
          <IndicatorRow
            key={r.index}
            row={ev.indicators[r.index]}
            rv={r}
            view={view}
            editable={editable}
            locked={locked ?? null}
            onChange={onChange}
            review={showReview ? review : undefined}
            showActions={showActions}
            commentCount={commentCounts?.get(r.index) ?? 0}
            onComment={onComment}
          />
        ))}
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
                <b>{coreRangeText(totals.grade.proven)}</b>
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

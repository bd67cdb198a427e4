/**
 * The 绩效指标 table in the official layout: merged 一级/二级 cells (rowSpan), the unit's claimed
 * 得分 beside the score the evidence proves, and — during 复核 — the finance bureau's own score.
 */
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { financeReviewTotals, FUNDS_REVIEW_KEY, rangeText as coreRangeText } from '@jixiao/core';
import { useI18n } from '../i18n';
import type { FinanceReview, TargetsLock } from '../api/types';
import { NumberCell, TextCell } from './cells';
import { cellClass, cellTitle, type SheetProps } from './sheetContext';
import { blankIndicator, insertIndicator, updateAt } from './update';
import { fmt, rangeText } from './viewModel';
import { IndicatorRow, type ReviewProps } from './IndicatorRow';
import { lazy, Suspense } from 'react';

// The add-under popover (antd AutoComplete) loads on the first editable table, not with the app.
const AddUnder = lazy(() => import('./AddUnder').then((m) => ({ default: m.AddUnder })));

interface Props extends SheetProps {
  /** Approved targets: 三级指标, 年度指标值 and 分值 read-only, no rows added or removed. */
  locked?: TargetsLock | null;
  review?: ReviewProps;
  commentCounts?: Map<number, number>;
  onComment?(index: number): void;
  /** 佐证材料 per row and the row button that opens them (the editor only). */
  evidenceCounts?: Map<number, number>;
  onEvidence?(index: number): void;
  /** Show the machine's 机审参考分 and its grade (false on the public page). */
  machine?: boolean;
}

/** The indicator table with 总分. */
export function IndicatorTable({ ev, view, editable, locked, onChange, review, commentCounts, onComment, evidenceCounts, onEvidence, machine = true }: Props) {
  const { t, m } = useI18n();
  const rowsEditable = editable && !locked;
  const set = (path: string) => (v: unknown) => onChange((cur) => updateAt(cur, path, v));
  const showReview = !!review && (review.editable || !!review.value);
  const showActions = editable || !!onComment;
  const totals = view.scored?.totals;
  // The 复核 total and grade as the server computes them (core): indicators plus, where the
  // template counts it, the execution score — finance's own where re-scored, else the unit's.
  const reviewTotals = review?.value ? financeReviewTotals(ev, review.value.scores) : null;
  const fundsReview = review?.value?.scores[FUNDS_REVIEW_KEY];
  const setFundsReview = (patch: Partial<{ score: number | null; reason: string }>) =>
    review?.onChange((value) => {
      const cur = value ?? { scores: {}, comment: '' };
      const old = cur.scores[FUNDS_REVIEW_KEY] ?? { score: null, reason: '' };
      return { ...cur, scores: { ...cur.scores, [FUNDS_REVIEW_KEY]: { ...old, ...patch } } };
    });
  const funds = view.scored?.funds;

  return (
    <table className="jx-sheet jx-indicators">
      <tbody>
        <tr className="jx-head-row">
          <th rowSpan={ev.indicators.length + (rowsEditable ? 3 : 2) + (showReview ? 1 : 0)} className="jx-vertical jx-first">
            {t('indicatorsHeader')}
          </th>
          <th className="w-l1">{t('level1')}</th>
          <th className="w-l2">{t('level2')}</th>
          <th className="w-name">{t('level3')}</th>
          <th className="w-val">{t('target')}</th>
          <th className="w-val">{t('actual')}</th>
          <th className="w-num">{t('weight')}</th>
          <th className="w-num">{t('score')}</th>
          {machine && <th className="w-num jx-analysis">{t('proven')}</th>}
          <th className="w-dev">{t('deviation')}</th>
          {showReview && <th className="w-num jx-review">{t('reviewScore')}</th>}
          {showReview && <th className="w-dev jx-review">{t('reviewReason')}</th>}
          {showActions && <th className="w-act jx-noprint" />}
        </tr>
        {/* The view may lag the evaluation by a render (useDeferredValue): draw only rows both have. */}
        {view.rows.filter((r) => r.index < ev.indicators.length).map((r) => (
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
            evidenceCount={evidenceCounts?.get(r.index) ?? 0}
            onEvidence={onEvidence}
            machine={machine}
          />
        ))}
        {rowsEditable && (
          <tr className="jx-noprint">
            <td colSpan={(machine ? 9 : 8) + (showReview ? 2 : 0) + (showActions ? 1 : 0)} className="jx-add-row">
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange((cur) => insertIndicator(cur, cur.indicators.length - 1, blankIndicator()))} data-testid="add-indicator">
                {t('addIndicator')}
              </Button>{' '}
              <Suspense fallback={null}>
                <AddUnder ev={ev} onChange={onChange} />
              </Suspense>
            </td>
          </tr>
        )}
        {showReview && review && (
          <tr className="jx-review-funds" data-testid="review-funds-row">
            <th colSpan={5}>
              {t('executionScoreRow')}
              {funds && !funds.counted && <span className="jx-muted">（{t('executionApart')}）</span>}
            </th>
            <td className="jx-c">{ev.funds.total.weight ?? funds?.weight ?? ''}</td>
            <td className="jx-c" data-testid="funds-claimed">{ev.funds.total.score ?? ''}</td>
            {machine && <td className="jx-c jx-analysis">{funds?.proven ?? ''}</td>}
            <td />
            <td className="jx-c jx-review">
              <NumberCell label={`${t('executionScoreRow')} ${t('reviewScore')}`} value={fundsReview?.score ?? null} editable={review.editable} onChange={(v) => setFundsReview({ score: v })} testId="review-score-funds" />
            </td>
            <td className="jx-review">
              <TextCell label={`${t('executionScoreRow')} ${t('reviewReason')}`} value={fundsReview?.reason ?? ''} editable={review.editable} onChange={(v) => setFundsReview({ reason: v })} testId="review-reason-funds" />
            </td>
            {showActions && <td className="jx-noprint" />}
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
          {machine && (
            <td className="jx-c jx-analysis" data-testid="proven-total">
              {rangeText(totals?.proven)}
            </td>
          )}
          <td className="jx-grade-cell" data-testid="grade">
            {totals && (
              <span>
                {t('gradeClaimed')}：<b data-testid="grade-claimed">{totals.grade.claimed ?? '—'}</b>
                {machine && (
                  <>
                    　{t('gradeProven')}：
                    <b>{coreRangeText(totals.grade.proven)}</b>
                    <span className="jx-muted">　Σ{fmt(totals.claimedSum)}</span>
                  </>
                )}
              </span>
            )}
          </td>
          {showReview && (
            <td className="jx-c jx-review" data-testid="review-total">
              {reviewTotals === null ? '' : fmt(reviewTotals.total)}
            </td>
          )}
          {showReview && (
            <td className="jx-review">
              {reviewTotals && (
                <span>
                  {t('gradeReview')}：<b data-testid="review-grade">{reviewTotals.grade}</b>
                </span>
              )}
            </td>
          )}
          {showActions && <td className="jx-noprint" />}
        </tr>
      </tbody>
    </table>
  );
}

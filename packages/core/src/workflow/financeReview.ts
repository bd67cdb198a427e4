/**
 * 财政复核 totals: the finance bureau re-scores some rows; every other row keeps the unit's own
 * score. The execution score (the funds row) is one of those rows, so a template that counts
 * 预算执行率 inside its total counts the reviewed — or else claimed — execution score in the 复核
 * total too. Server and browser compute the same total and grade with this one function.
 */
import type { Evaluation } from '../model';
import { Big, roundScore } from '../money';
import type { Msg } from '../result';
import { gradeOf } from '../scoring/grade';
import { resolveTemplate } from '../templates/registry';
import type { Grade } from './grades';

/** The key of the funds row (年度资金总额, the execution score) among a review's scores. */
export const FUNDS_REVIEW_KEY = 'funds';

/** The reviewer's score and reason per row: an indicator's index ("0", "1", …) or FUNDS_REVIEW_KEY. */
export type FinanceReviewScores = Record<string, { score: number | null; reason: string }>;

/** The 复核 total and its grade, with the parts they add up from. */
export interface FinanceReviewTotals {
  /** Indicators (reviewed or claimed) plus the execution score when the template counts it. */
  total: number;
  grade: Grade;
  indicators: number;
  /** The execution score in the total (reviewed or claimed); null when the template reports it apart. */
  execution: number | null;
}

/** A problem with one reviewed row, located by its key. */
export interface FinanceReviewProblem {
  key: string;
  code: 'no-such-row' | 'score-out-of-range' | 'reason-required';
  message: Msg;
}

/** The most a reviewed row may score: the indicator's 分值, or for the funds row its own 分值 (else the template's execution weight). */
export function reviewMaxScore(ev: Evaluation, key: string): number | null | undefined {
  if (key === FUNDS_REVIEW_KEY) return ev.funds.total.weight ?? resolveTemplate(ev).template.execution.weight;
  if (!/^\d+$/.test(key)) return undefined;
  const ind = ev.indicators[Number(key)];
  return ind ? ind.weight : undefined;
}

/** Every problem in a review's scores: rows that do not exist, scores outside 0..分值, missing reasons. */
export function financeReviewProblems(ev: Evaluation, scores: FinanceReviewScores): FinanceReviewProblem[] {
  const out: FinanceReviewProblem[] = [];
  for (const [key, s] of Object.entries(scores)) {
    const max = reviewMaxScore(ev, key);
    if (max === undefined) {
      out.push({ key, code: 'no-such-row', message: { zh: `没有可复核的行「${key}」`, en: `there is no row "${key}" to re-score` } });
      continue;
    }
    if (s.score !== null && (s.score < 0 || (max !== null && s.score > max)))
      out.push({ key, code: 'score-out-of-range', message: { zh: '复核得分须在 0 与分值之间', en: 'a re-check score must lie between 0 and the weight' } });
    if (!s.reason.trim()) out.push({ key, code: 'reason-required', message: { zh: '复核得分须说明理由', en: 'a re-check score needs a reason' } });
  }
  return out;
}

/** The 复核 total and grade of a form under a review (rows not re-scored keep the unit's score). */
export function financeReviewTotals(ev: Evaluation, scores: FinanceReviewScores): FinanceReviewTotals {
  const { template } = resolveTemplate(ev);
  const pick = (key: string, claimed: number | null) => {
    const r = scores[key];
    return r && r.score !== null ? r.score : claimed;
  };
  let indicators = new Big(0);
  ev.indicators.forEach((ind, i) => {
    const s = pick(String(i), ind.score);
    if (s !== null) indicators = indicators.plus(s);
  });
  const execution = template.execution.counted ? pick(FUNDS_REVIEW_KEY, ev.funds.total.score) : null;
  const total = roundScore(execution === null ? indicators : indicators.plus(execution));
  return { total, grade: gradeOf(total, template), indicators: roundScore(indicators), execution };
}

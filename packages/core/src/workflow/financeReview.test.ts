import { describe, expect, it } from 'vitest';
import type { Evaluation, Indicator } from '../model';
import { seedForm1 } from '../testing/seed-forms';
import { financeReviewProblems, financeReviewTotals, FUNDS_REVIEW_KEY } from './financeReview';

const ind = (level1: string, name: string, weight: number, score: number): Indicator => ({ level1, level2: '', name, target: '≥1', actual: '1', weight, score, deviation: '' });

/** A mof-2020 form: indicators 90 points (claimed 84) plus 执行率 10 points (claimed 9.5) = 93.5. */
function countedForm(): Evaluation {
  const ev = seedForm1();
  return {
    ...ev,
    template: 'mof-2020',
    funds: { ...ev.funds, total: { ...ev.funds.total, weight: 10, rate: '95%', score: 9.5 } },
    indicators: [ind('产出指标', 'a', 30, 30), ind('产出指标', 'b', 20, 18), ind('效益指标', 'c', 30, 26), ind('满意度指标', 'd', 10, 10)],
    total: { weight: 100, score: 93.5 },
  };
}

describe('financeReviewTotals', () => {
  it('counts the execution score when the template counts it: 93.5 re-scored on two indicators is 88.5, 良', () => {
    const ev = countedForm();
    expect(financeReviewTotals(ev, {})).toEqual({ total: 93.5, grade: '优', indicators: 84, execution: 9.5 });
    const two = { '0': { score: 27, reason: 'x' }, '2': { score: 24, reason: 'y' } };
    expect(financeReviewTotals(ev, two)).toEqual({ total: 88.5, grade: '良', indicators: 79, execution: 9.5 });
  });

  it('takes finance’s own score for the funds row', () => {
    const r = financeReviewTotals(countedForm(), { [FUNDS_REVIEW_KEY]: { score: 8, reason: '执行率按决算数' }, '0': { score: 27, reason: 'x' } });
    expect(r).toEqual({ total: 89, grade: '良', indicators: 81, execution: 8 });
  });

  it('leaves the execution score out when the form reports it apart (funds 分值 100 beside indicators of 100)', () => {
    const r = financeReviewTotals(seedForm1(), { '4': { score: 1.5, reason: 'x' } });
    expect(r.execution).toBeNull();
    expect(r.total).toBe(90.5);
    expect(r.grade).toBe('优');
  });

  it('adds at two decimals without binary drift', () => {
    const ev = countedForm();
    ev.indicators[0].score = 0.1;
    ev.indicators[1].score = 0.2;
    expect(financeReviewTotals(ev, {}).total).toBe(45.8);
  });
});

describe('financeReviewProblems', () => {
  it('refuses rows that do not exist, scores above the weight, and scores without a reason', () => {
    const ev = countedForm();
    const p = financeReviewProblems(ev, {
      '4': { score: 1, reason: 'x' },
      '-1': { score: 1, reason: 'x' },
      abc: { score: 1, reason: 'x' },
      [FUNDS_REVIEW_KEY]: { score: 11, reason: 'x' },
      '1': { score: 5, reason: ' ' },
      '0': { score: 30, reason: 'ok' },
    });
    // Integer-like keys come first in an object's own order.
    expect(p.map((x) => [x.key, x.code])).toEqual([
      ['1', 'reason-required'],
      ['4', 'no-such-row'],
      ['-1', 'no-such-row'],
      ['abc', 'no-such-row'],
      [FUNDS_REVIEW_KEY, 'score-out-of-range'],
    ]);
  });
});

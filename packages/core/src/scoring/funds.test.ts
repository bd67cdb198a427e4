import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation, type FundRow } from '../model';
import { FUNDS_20, INDICATORS_100, MOF_2020, MOF_2020_TIERED } from '../templates/builtin';
import { parsePrintedRate, scoreFunds } from './funds';

function row(initial: string | null, adjusted: string | null, executed: string | null, extra: Partial<FundRow> = {}): FundRow {
  return { initial, adjusted, executed, weight: null, rate: null, score: null, ...extra };
}

function form(total: FundRow, subs: Partial<Evaluation['funds']> = {}): Evaluation {
  const ev = emptyEvaluation(2020);
  ev.funds = { ...ev.funds, total, ...subs };
  return ev;
}

describe('parsePrintedRate', () => {
  it.each([
    ['86%', '0.86'],
    ['100%', '1'],
    ['100.00', '1'],
    ['1', '1'],
    ['0.86', '0.86'],
    ['８６％', '0.86'],
    [' 80.45 % ', '0.8045'],
    ['', null],
    ['—', null],
    [null, null],
  ])('%s → %s', (text, share) => {
    expect(parsePrintedRate(text)).toBe(share);
  });
});

describe('scoreFunds', () => {
  it('scores 10号 linearly: 37.24 / 43.2 of 10 points (real form 007)', () => {
    const f = scoreFunds(form(row('43.2', '43.2', '37.24', { weight: 10, rate: '86%', score: 9 })), MOF_2020);
    expect(f).toMatchObject({ rate: '0.862', printedRate: '0.86', weight: 10, proven: 8.62, claimed: 9, counted: true });
    expect(f.explanation).toMatchObject({ messageId: 'funds.rate', data: { executed: '37.24', budget: '43.2', rate: '86.2%', score: '8.62', weight: '10' } });
  });

  it('shows a rate printed as 100% against 80.45% computed (real form 008)', () => {
    const f = scoreFunds(form(row('4753.66', '4753.66', '3824.26', { weight: 10, rate: '100%', score: 10 })), MOF_2020);
    expect(f.rate).toBe('0.8045');
    expect(f.printedRate).toBe('1');
    expect(f.proven).toBe(8.04);
  });

  it('caps at the weight when more is spent than budgeted', () => {
    expect(scoreFunds(form(row('10', '10', '12')), MOF_2020).proven).toBe(10);
  });

  it('uses 20 points under funds-20 and tiers under mof-2020-tiered', () => {
    const ev = form(row('100', '100', '92'));
    expect(scoreFunds(ev, FUNDS_20)).toMatchObject({ weight: 20, proven: 18.4, counted: true });
    expect(scoreFunds(ev, MOF_2020_TIERED)).toMatchObject({ weight: 10, proven: 9 });
    expect(scoreFunds(form(row('100', '100', '59.9')), MOF_2020_TIERED).proven).toBe(0);
    expect(scoreFunds(form(row('100', '100', '95')), MOF_2020_TIERED).proven).toBe(10);
  });

  it('reports execution apart at the form’s own 分值 under indicators-100', () => {
    const f = scoreFunds(form(row('29.8', '29.8', '29.8', { weight: 100, rate: '100%', score: 100 })), INDICATORS_100);
    expect(f).toMatchObject({ rate: '1', weight: 100, proven: 100, claimed: 100, counted: false });
    expect(f.explanation.data.notes).toBe('apart');
  });

  it('sums the sub-rows when the 年度资金总额 row is blank, and says so', () => {
    const f = scoreFunds(
      form(row(null, null, null), { fiscal: row('90', '90', '81'), carryover: row('10', '10', '9') }),
      MOF_2020,
    );
    expect(f.rate).toBe('0.9');
    expect(f.explanation.data.notes).toBe('from-sub-rows');
  });

  it('reads a total row printed 0 beside amounts in its sources as never filled in', () => {
    const f = scoreFunds(form(row('0', '0', '0'), { fiscal: row('90', '89.974', '89.974') }), MOF_2020);
    expect(f.rate).toBe('1');
    expect(f.proven).toBe(10);
    expect(f.explanation.data.notes).toBe('from-sub-rows');
    // A total of 0 with nothing in the sources stays 0: there is nothing to read instead.
    expect(scoreFunds(form(row('0', '0', '0')), MOF_2020).rate).toBeNull();
  });

  it('falls back to 年初预算数 only when 全年预算数 is blank, and says so', () => {
    const f = scoreFunds(form(row('50', null, '40')), MOF_2020);
    expect(f.rate).toBe('0.8');
    expect(f.explanation).toMatchObject({ messageId: 'funds.rate-initial', data: { budget: '50', notes: 'used-initial' } });
  });

  it('gives no rate when the budget is missing or zero', () => {
    expect(scoreFunds(form(row(null, null, '5')), MOF_2020)).toMatchObject({ rate: null, proven: null });
    expect(scoreFunds(form(row('0', '0', '0')), MOF_2020)).toMatchObject({ rate: null, proven: null });
  });

  it('computes money exactly: 42 + 3.8966 budget spent in full is exactly 1', () => {
    const f = scoreFunds(
      form(row(null, null, null), { fiscal: row('42', '42', '42'), carryover: row('3.8966', '3.8966', '3.8966') }),
      MOF_2020,
    );
    expect(f.rate).toBe('1');
    expect(f.proven).toBe(10);
  });
});

describe('execution score rounding', () => {
  it('rounds W·executed/budget once: 10 × 50000 / 4000000.0001 = 0.124999999996875 is 0.12, not 0.13', () => {
    // Dividing first and rounding the rate at Big.DP (12 places) gave 0.0125 exactly, so 0.13.
    const s = scoreFunds(form(row(null, '4000000.0001', '50000')), MOF_2020);
    expect(s.proven).toBe(0.12);
    expect(s.rate).toBe('0.0125');
  });
});

import { describe, expect, it } from 'vitest';
import { exampleForm, scoreEvaluation } from '@jixiao/core';
import { derive } from './derive';

describe('derived columns', () => {
  it('store the budget, spending and rate scoring used, also from 年初预算数 and the sub-rows', () => {
    // Before, budget was 全年预算数 ?? 年初预算数 of the total row only, and the rate a second
    // computation: a form with only sub-rows had no budget, spending or rate on the dashboard.
    const subRows = exampleForm({
      funds: {
        total: { initial: null, adjusted: null, executed: null, rate: null },
        fiscal: { initial: '40', adjusted: '40', executed: '30', rate: null },
        carryover: { initial: '10', adjusted: '10', executed: '10', rate: null },
      },
    });
    const initialOnly = exampleForm({ funds: { total: { initial: '80', adjusted: null, executed: '60' } } });
    const cols = [subRows, initialOnly].map((ev) => derive(ev).columns);
    expect(cols.map((c) => [c.budget, c.executed, c.budget_fen, c.executed_fen, c.execution_rate])).toEqual([
      ['50', '40', 50_000_000, 40_000_000, '0.8'],
      ['80', '60', 80_000_000, 60_000_000, '0.75'],
    ]);
    expect(cols.map((c) => c.execution_rate)).toEqual([subRows, initialOnly].map((ev) => scoreEvaluation(ev).funds.rate));
  });
});

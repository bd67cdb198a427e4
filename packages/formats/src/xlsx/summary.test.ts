import { describe, expect, it } from 'vitest';
import { exampleForm, percent, scoreEvaluation } from '@jixiao/core';
import { summaryRows } from './summary';

// Two forms whose funds the summary used to read differently from scoring: the old computed
// rate divided only 全年执行数 / 全年预算数 of the total row, and preferred the printed rate.
const initialOnly = exampleForm({ funds: { total: { initial: '80', adjusted: null, executed: '60', rate: '100%' } } });
const subRowsOnly = exampleForm({
  funds: {
    total: { initial: null, adjusted: null, executed: null, rate: null },
    fiscal: { initial: '40', adjusted: '40', executed: '30', rate: null },
    carryover: { initial: '10', adjusted: '10', executed: '10', rate: null },
  },
});

describe('summary rows', () => {
  it('show the budget, spending and execution rate that scoring used (年初预算数, sub-rows)', () => {
    const rows = summaryRows([initialOnly, subRowsOnly]);
    expect(rows.map((r) => [r.adjusted, r.executed, r.rate])).toEqual([
      ['80', '60', '75%'],
      ['50', '40', '80%'],
    ]);
    [initialOnly, subRowsOnly].forEach((ev, k) => {
      const f = scoreEvaluation(ev).funds;
      expect(rows[k].rate).toBe(percent(f.rate!));
      expect([rows[k].adjusted, rows[k].executed]).toEqual([f.budget, f.executed]);
    });
  });
});

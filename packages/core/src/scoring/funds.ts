/**
 * 预算执行率: rate = 全年执行数 / 全年预算数 of the 年度资金总额 row, and its score under the
 * template (linear or tiered; counted inside the total or reported apart at the form's 分值).
 */
import type { Evaluation, FundRow } from '../model';
import { Big, canonical, roundScore, toBig, toHalfWidth } from '../money';
import { percent } from '../present';
import type { Template } from '../templates/types';
import { decimalText, pts } from './format';
import { explain, type FundsNote } from './messages';
import type { ScoredFunds } from './types';

const SUB_ROWS = ['fiscal', 'carryover', 'other'] as const;

function sumColumn(ev: Evaluation, col: 'initial' | 'adjusted' | 'executed'): Big | null {
  let acc: Big | null = null;
  for (const k of SUB_ROWS) {
    const v = toBig(ev.funds[k][col]);
    if (v) acc = (acc ?? new Big(0)).plus(v);
  }
  return acc;
}

function rowBlank(r: FundRow): boolean {
  return r.initial === null && r.adjusted === null && r.executed === null;
}

// A total row printed 0 in every amount column was never filled in, like a blank one.
function rowEmpty(r: FundRow): boolean {
  return [r.initial, r.adjusted, r.executed].every((v) => v === null || toBig(v)?.eq(0) === true);
}

/** The 年度资金总额 amounts a reviewer reads: as printed, or summed from the sub-rows when the total row is blank or 0 while they carry amounts. */
export interface TotalAmounts {
  initial: Big | null;
  adjusted: Big | null;
  executed: Big | null;
  fromSubRows: boolean;
}

/** The total amounts the rate, execution score, adjustment and cost checks use (see TotalAmounts). */
export function totalAmounts(ev: Evaluation): TotalAmounts {
  const row = ev.funds.total;
  const sums = { initial: sumColumn(ev, 'initial'), adjusted: sumColumn(ev, 'adjusted'), executed: sumColumn(ev, 'executed') };
  const subRowsCarry = Object.values(sums).some((v) => v !== null && !v.eq(0));
  if (rowBlank(row) || (rowEmpty(row) && subRowsCarry)) return { ...sums, fromSubRows: true };
  return { initial: toBig(row.initial), adjusted: toBig(row.adjusted), executed: toBig(row.executed), fromSubRows: false };
}

/**
 * The rate printed in the 执行率 cell as a share: "86%" → 0.86, "100.00" → 1, "1" → 1. A bare
 * number above 1.5 is read as a percentage (no one spends 150% of a budget and writes it as 1.5).
 */
export function parsePrintedRate(text: string | null): string | null {
  if (text === null) return null;
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(%|％)?$/.exec(t);
  if (!m) return null;
  const v = new Big(m[1]);
  return canonical(m[2] || v.gt(1.5) ? v.div(100) : v);
}

/** 执行率 = executed / budget, unrounded; null when either is missing or the budget is not positive. */
export function executionRate(executed: Big | null, budget: Big | null): Big | null {
  return executed !== null && budget !== null && budget.gt(0) ? executed.div(budget) : null;
}

/** The execution rate as stored and sent: a share half up at 4 decimals ("0.8045"). */
export function rateText(rate: Big | null): string | null {
  return rate === null ? null : canonical(rate.round(4, Big.roundHalfUp));
}

function score(executed: Big, budget: Big, rate: Big, w: Big, template: Template): Big {
  const f = template.execution.formula;
  if (f.kind === 'linear') {
    // W·executed/budget with one division: W times the already divided rate carried the
    // division's cut-off error (Big.DP) times W into the half-up rounding of the score.
    const s = w.times(executed).div(budget);
    return s.gt(w) ? w : s.lt(0) ? new Big(0) : s;
  }
  let best: { minRate: number; share: number } | null = null;
  for (const t of f.tiers) if (rate.gte(t.minRate) && (best === null || t.minRate > best.minRate)) best = t;
  return best === null ? new Big(0) : w.times(best.share);
}

/** Score the 项目资金 table under a template. */
export function scoreFunds(ev: Evaluation, template: Template): ScoredFunds {
  const row = ev.funds.total;
  const { executed, adjusted, initial, fromSubRows } = totalAmounts(ev);
  const usedInitial = adjusted === null && initial !== null;
  const budget = adjusted ?? initial;
  const rate = executionRate(executed, budget);

  const counted = template.execution.counted;
  const weight = counted ? template.execution.weight : row.weight;
  const w = weight !== null && Number.isFinite(weight) && weight >= 0 ? new Big(weight) : null;
  const proven = rate !== null && w !== null ? score(executed!, budget!, rate, w, template) : null;

  const notes: FundsNote[] = [];
  if (fromSubRows) notes.push('from-sub-rows');
  if (usedInitial) notes.push('used-initial');
  if (!counted) notes.push('apart');

  const explanation =
    rate === null
      ? explain('funds.no-rate', {}, notes)
      : explain(
          `funds.rate${usedInitial ? '-initial' : ''}${proven === null ? '-no-weight' : ''}`,
          {
            executed: decimalText(executed!),
            budget: decimalText(budget!),
            rate: percent(rate),
            ...(proven === null ? {} : { score: pts(proven), weight: decimalText(w!) }),
          },
          notes,
        );
  return {
    rate: rateText(rate),
    budget: budget === null ? null : canonical(budget),
    executed: executed === null ? null : canonical(executed),
    printedRate: parsePrintedRate(row.rate),
    weight,
    proven: proven === null ? null : roundScore(proven),
    claimed: row.score,
    counted,
    explanation,
  };
}

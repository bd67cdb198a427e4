/** Readings of the funds table that several review rules share: its amounts as Big, read once per form, and its row names. */
import { toBig, type Big } from '../money';
import { FUND_KEYS, type FundKey } from '../model';
import type { ScoredEvaluation } from '../scoring/types';
import { readRate } from './helpers';
import { totalAmounts, type TotalAmounts } from '../scoring/funds';

/** The amount columns of a funds row. */
export type AmountCol = 'initial' | 'adjusted' | 'executed';

/** The amount columns in the paper form's order (年初预算数, 全年预算数, 全年执行数). */
export const AMOUNT_COLS: readonly AmountCol[] = ['initial', 'adjusted', 'executed'];

/** The funds rows as the paper form names them, for messages and docs. */
export const FUND_ROW_NAMES: Readonly<Record<FundKey, string>> = {
  total: '年度资金总额',
  fiscal: '当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
};

/** The funds table read once: amounts (null for blank or unreadable), the printed 执行率 as a share. */
export interface FundFacts {
  amounts: Record<FundKey, Record<AmountCol, Big | null>>;
  rates: Record<FundKey, Big | null>;
  /** The total a reviewer reads: the printed total row, or the sub-rows summed when it is blank or 0 (noted). */
  total: TotalAmounts;
}

// Half the rules read the funds table; parsing its strings into Big once per form, not once per
// rule, was the largest cost of review. Keyed by the scored object, so each scoring starts afresh.
const FUNDS = new WeakMap<ScoredEvaluation, FundFacts>();

/** The funds table of a scored form as Big amounts and rates (shared; do not mutate). */
export function fundFacts(scored: ScoredEvaluation): FundFacts {
  let f = FUNDS.get(scored);
  if (!f) {
    const funds = scored.evaluation.funds;
    const amounts = {} as FundFacts['amounts'];
    const rates = {} as FundFacts['rates'];
    for (const k of FUND_KEYS) {
      const r = funds[k];
      amounts[k] = { initial: toBig(r.initial), adjusted: toBig(r.adjusted), executed: toBig(r.executed) };
      rates[k] = readRate(r.rate);
    }
    f = { amounts, rates, total: totalAmounts(scored.evaluation) };
    FUNDS.set(scored, f);
  }
  return f;
}

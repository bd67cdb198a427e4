/** Readings of a scored form that several review rules share, computed once per form: the funds table as Big. */
import type { Big } from '../money';
import { FUND_KEYS, type FundKey } from '../model';
import type { ScoredEvaluation } from '../scoring/types';
import { money, readRate } from './helpers';

/** The amount columns of a funds row. */
export type AmountCol = 'initial' | 'adjusted' | 'executed';

/** The funds table read once: amounts (null for blank or unreadable), the printed 执行率 as a share. */
export interface FundFacts {
  amounts: Record<FundKey, Record<AmountCol, Big | null>>;
  rates: Record<FundKey, Big | null>;
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
      amounts[k] = { initial: money(r.initial), adjusted: money(r.adjusted), executed: money(r.executed) };
      rates[k] = readRate(r.rate);
    }
    f = { amounts, rates };
    FUNDS.set(scored, f);
  }
  return f;
}

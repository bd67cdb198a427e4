/**
 * A flattened funds row: the label is followed by up to six values with the blank cells gone.
 * Which value belongs to which column is decided by kind (amount, percentage, small number,
 * dash) and by consistency (执行率 ≈ 全年执行数 / 全年预算数), over every order-keeping choice.
 */
import { Big, parseAmount } from '@jixiao/core';
import type { FundsColumn } from '../grid/labels';
import { isPlaceholder } from '../grid/labels';
import { readNumber } from '../grid/values';
import type { Token } from './tokens';

// A blank 年初预算数 is the most common gap (many templates have no such column filled).
const MISSING: Record<FundsColumn, number> = { initial: 1, adjusted: 2, executed: 2, weight: 2, rate: 1, score: 2 };

function fit(col: FundsColumn, text: string): number {
  const dash = isPlaceholder(text);
  const pct = /%$/.test(text);
  switch (col) {
    case 'initial':
    case 'adjusted':
    case 'executed':
      if (dash) return 5;
      return !pct && parseAmount(text) !== null ? 0 : Infinity;
    case 'rate':
      if (pct) return 0;
      if (dash) return 2;
      return readNumber(text) != null ? 1.5 : Infinity;
    case 'weight':
    case 'score': {
      if (dash) return 0;
      const n = readNumber(text);
      if (n === undefined || n === null || pct) return Infinity;
      return n <= 100 ? 0 : 3;
    }
  }
}

function consistency(pick: Map<FundsColumn, string>): number {
  const a = parseAmount(pick.get('adjusted') ?? '');
  const b = parseAmount(pick.get('executed') ?? '');
  const r = /^(\d+(\.\d+)?)%?$/.exec(pick.get('rate') ?? '');
  if (!a || !b || !r || Number(a) === 0) return 0;
  const computed = new Big(b).div(a).times(100);
  return computed.minus(r[1]).abs().gt(1.5) ? 3 : 0;
}

/**
 * Assign a funds row's values to the heading's columns (in their order). Returns, per column,
 * the token it receives or null; when there are more values than columns (repeated cells of
 * merged columns) null is returned and the caller keeps the values as they are.
 */
export function assignFunds(values: Token[], columns: FundsColumn[]): (Token | null)[] | null {
  const n = values.length;
  const k = columns.length;
  if (n > k || k > 12) return null;
  let best: (Token | null)[] | null = null;
  let bestCost = Infinity;
  // Choose which n of the k columns are filled: at most C(12, 6) = 924 subsets.
  const choose = (start: number, picked: number[]) => {
    if (picked.length === n) {
      let cost = 0;
      const pick = new Map<FundsColumn, string>();
      for (let c = 0; c < k; c++) {
        const at = picked.indexOf(c);
        if (at < 0) cost += MISSING[columns[c]];
        else {
          cost += fit(columns[c], values[at].text);
          pick.set(columns[c], values[at].text);
        }
      }
      cost += consistency(pick);
      if (cost < bestCost) {
        bestCost = cost;
        best = columns.map((_, c) => (picked.includes(c) ? values[picked.indexOf(c)] : null));
      }
      return;
    }
    for (let c = start; c <= k - (n - picked.length); c++) choose(c + 1, [...picked, c]);
  };
  choose(0, []);
  return bestCost === Infinity ? null : best;
}

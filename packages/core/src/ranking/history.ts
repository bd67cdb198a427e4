/**
 * A unit's history from the forms at hand: for an auditor holding a folder of several years'
 * forms, each form learns the self-scores of the same 实施单位 in the other years.
 */
import type { RankInput, YearScore } from './types';

function unitKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, '');
}

/**
 * The inputs with `context.otherYears` filled from the other inputs of the same implementer in
 * other years (what the caller already gave is kept and added to). Forms without an
 * implementer learn nothing. Returns new objects; the inputs are not changed.
 */
export function withUnitHistory<T extends RankInput>(inputs: readonly T[]): T[] {
  const byUnit = new Map<string, { year: number; score: number | null; input: T }[]>();
  for (const input of inputs) {
    const key = unitKey(input.scored.evaluation.implementer ?? '');
    if (!key) continue;
    const t = input.scored.totals;
    const list = byUnit.get(key) ?? [];
    list.push({ year: input.scored.evaluation.year, score: t.claimedTotal ?? t.claimedSum, input });
    byUnit.set(key, list);
  }
  return inputs.map((input) => {
    const key = unitKey(input.scored.evaluation.implementer ?? '');
    const year = input.scored.evaluation.year;
    const others: YearScore[] = (byUnit.get(key) ?? []).filter((o) => o.year !== year).map((o) => ({ year: o.year, score: o.score }));
    if (others.length === 0) return input;
    const context = input.context ?? {};
    return { ...input, context: { ...context, otherYears: [...(context.otherYears ?? []), ...others] } };
  });
}

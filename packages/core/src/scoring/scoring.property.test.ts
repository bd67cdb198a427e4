import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Big } from '../money';
import { getTemplate } from '../templates/registry';
import { evaluationArb, indicatorArb } from '../testing/arbitrary';
import { scoreEvaluation } from './evaluation';
import { scoreIndicator } from './indicator';

const sum = (xs: number[]) => Number(xs.reduce((a, x) => a.plus(x), new Big(0)).toString());

describe('scoring invariants on random forms', () => {
  test.prop([evaluationArb], { numRuns: 300 })('proven ranges are ordered and within [0, W]', (ev) => {
    const s = scoreEvaluation(ev);
    for (const i of s.indicators) {
      if (i.proven === null) continue;
      expect(i.weight).not.toBeNull();
      expect(i.proven.min).toBeLessThanOrEqual(i.proven.max);
      expect(i.proven.min).toBeGreaterThanOrEqual(0);
      expect(i.proven.max).toBeLessThanOrEqual(i.weight!);
    }
    if (s.funds.proven !== null) {
      expect(s.funds.proven).toBeGreaterThanOrEqual(0);
      expect(s.funds.proven).toBeLessThanOrEqual(s.funds.weight!);
    }
    expect(s.totals.proven.min).toBeLessThanOrEqual(s.totals.proven.max);
  });

  test.prop([evaluationArb], { numRuns: 300 })('totals equal the sums of their parts', (ev) => {
    const s = scoreEvaluation(ev);
    const weighted = s.indicators.filter((i) => i.method !== 'no-weight');
    const exec = s.funds.counted && s.funds.weight !== null ? s.funds : null;
    expect(s.totals.weight).toBe(sum([...weighted.map((i) => i.weight!), exec?.weight ?? 0]));
    // Every 得分 written counts, as on the paper's 总分 line, even one beside a blank 分值.
    expect(s.totals.claimedSum).toBe(sum([...s.indicators.map((i) => i.claimed ?? 0), exec?.claimed ?? 0]));
    expect(s.totals.proven.min).toBe(sum([...weighted.map((i) => i.proven?.min ?? 0), exec ? exec.proven ?? 0 : 0]));
    expect(s.totals.proven.max).toBe(
      sum([...weighted.map((i) => i.proven?.max ?? i.weight!), exec ? exec.proven ?? exec.weight! : 0]),
    );
    // 一级 sums partition the indicators.
    expect(sum(s.level1.map((l) => l.weight))).toBe(sum(weighted.map((i) => i.weight!)));
    expect(sum(s.level1.map((l) => l.proven.min))).toBe(sum(weighted.map((i) => i.proven?.min ?? 0)));
  });

  test.prop([evaluationArb], { numRuns: 200 })('is deterministic and leaves its input untouched', (ev) => {
    const before = structuredClone(ev);
    const a = scoreEvaluation(ev);
    const b = scoreEvaluation(ev);
    expect(ev).toEqual(before);
    expect(a).toEqual(b);
  });

  test.prop([evaluationArb], { numRuns: 200 })('checks agree with the proven ranges', (ev) => {
    for (const i of scoreEvaluation(ev).indicators) {
      if (i.check === 'missing') expect(i.claimed).toBeNull();
      if (i.check === 'consistent') {
        expect(i.claimed!).toBeGreaterThanOrEqual(i.proven!.min);
        expect(i.claimed!).toBeLessThanOrEqual(i.proven!.max);
      }
      if (i.check === 'above') expect(i.claimed!).toBeGreaterThan(i.proven!.max);
      if (i.check === 'below') expect(i.claimed!).toBeLessThan(i.proven!.min);
      // Achievement is read for ≥ targets, also on rows without a weight (their evidence is still read).
      if (i.achievement !== null) expect(['ge', 'no-weight']).toContain(i.method);
      expect(i.explanation.zh.length).toBeGreaterThan(0);
      expect(i.explanation.en.length).toBeGreaterThan(0);
    }
  });

  test.prop([indicatorArb, fc.constantFrom('mof-2020', 'indicators-100', 'funds-20', 'mof-2020-tiered'), fc.integer({ min: 2019, max: 2022 })])(
    'scoreIndicator never throws on any template',
    (ind, id, year) => {
      const s = scoreIndicator(ind, { year, template: getTemplate(id)! });
      expect(s.status).toMatch(/^(met|partial|not-met|unverifiable)$/);
    },
  );
});

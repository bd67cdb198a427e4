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

/** W·n/d rounded half up at 2 decimals, in integers (an oracle apart from big.js). */
function halfUp(w: number, n: number, d: number): number {
  const hundredths = (200n * BigInt(w) * BigInt(n) + BigInt(d)) / (2n * BigInt(d));
  return Number(hundredths) / 100;
}

describe('quantitative scores against an integer oracle', () => {
  const cases = fc.record({ w: fc.integer({ min: 1, max: 30 }), t: fc.integer({ min: 1, max: 1_000_000 }), a: fc.integer({ min: 0, max: 2_000_000 }) });
  const template = getTemplate('indicators-100')!;
  const row = (target: string, actual: string, weight: number) => ({
    level1: '产出指标', level2: '数量指标', name: '服务企业数', target, actual, weight, score: null, deviation: '',
  });

  test.prop([cases], { numRuns: 500 })('≥ target: W when A ≥ T, else W·A/T rounded half up once', ({ w, t, a }) => {
    const s = scoreIndicator(row(`≥${t}家`, `${a}家`, w), { year: 2020, template });
    const want = a >= t ? w : halfUp(w, a, t);
    expect([s.method, s.proven]).toEqual(['ge', { min: want, max: want }]);
  });

  test.prop([cases], { numRuns: 500 })('≤ target: W when A ≤ T, else W·T/A rounded half up once', ({ w, t, a }) => {
    const s = scoreIndicator(row(`≤${t}万元`, `${a}万元`, w), { year: 2020, template });
    const want = a <= t ? w : halfUp(w, t, a);
    expect([s.method, s.proven]).toEqual(['le', { min: want, max: want }]);
  });

  test.prop([cases], { numRuns: 300 })('an actual given as ≥A proves what A proves, unless it copies the target', ({ w, t, a }) => {
    const s = scoreIndicator(row(`≥${t}%`, `≥${a}%`, w), { year: 2020, template });
    // ≥T → ≥T repeats the target: it proves nothing (issue 10: an actual copying the target).
    const want = a === t ? null : a > t ? { min: w, max: w } : { min: halfUp(w, a, t), max: halfUp(w, a, t) };
    expect(s.proven).toEqual(want);
  });
});

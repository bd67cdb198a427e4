import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { drawSample, type SampleCandidate, type SampleRequest } from './sample';

const population = (n: number): SampleCandidate[] => Array.from({ length: n }, (_, i) => ({ id: `f${String(i).padStart(4, '0')}`, rank: i + 1, score: 1000 - i }));

function draw(ranked: SampleCandidate[], r: SampleRequest) {
  const out = drawSample(ranked, r);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.value;
}

const seedText = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
const sizes = fc.integer({ min: 0, max: 60 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n + 3 }), fc.integer({ min: 0, max: n + 3 })));

describe('drawSample', () => {
  test.prop([sizes, seedText])('same ranking + same seed → the same sample, whatever the input order', ([n, top, random], seed) => {
    const ranked = population(n);
    const a = draw(ranked, { top, random, seed });
    const b = draw([...ranked].reverse(), { top, random, seed });
    expect(b).toEqual(a);
  });

  test.prop([sizes, seedText])('never picks a form twice; the top N are always in; counts as asked (or all there is)', ([n, top, random], seed) => {
    const s = draw(population(n), { top, random, seed });
    const ids = s.picks.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const t = Math.min(top, n);
    expect(s.picks.filter((p) => p.way === 'top').map((p) => p.rank)).toEqual(Array.from({ length: t }, (_, i) => i + 1));
    expect(s.top).toBe(t);
    expect(s.random).toBe(Math.min(random, n - t));
    expect(s.picks).toHaveLength(s.top + s.random);
    for (const p of s.picks) if (p.way === 'random') expect(p.rank).toBeGreaterThan(t);
    expect(s.picks.map((p) => p.rank)).toEqual([...s.picks.map((p) => p.rank)].sort((x, y) => x - y));
  });

  it('different seeds give different samples', () => {
    const ranked = population(200);
    const samples = new Set<string>();
    for (let i = 0; i < 100; i++) samples.add(draw(ranked, { top: 5, random: 5, seed: `seed-${i}` }).picks.map((p) => p.id).join());
    // 195 choose 5 is about 2.3 billion: a repeat among 100 seeds would mean a broken generator.
    expect(samples.size).toBe(100);
  });

  it('the random share spreads over the whole rest of the ranking', () => {
    const ranked = population(50);
    const hits = new Array(51).fill(0);
    for (let i = 0; i < 2000; i++) for (const p of draw(ranked, { top: 10, random: 4, seed: String(i) }).picks) hits[p.rank]++;
    // Each of the 40 forms below the top 10 expects 2000 × 4 / 40 = 200 draws.
    for (let rank = 11; rank <= 50; rank++) {
      expect(hits[rank]).toBeGreaterThan(130);
      expect(hits[rank]).toBeLessThan(270);
    }
  });

  it('a recorded draw stays the same forever (seed "2021-抽查-1": the figures a sample record relies on)', () => {
    const s = draw(population(30), { top: 2, random: 3, seed: '2021-抽查-1' });
    expect(s.algorithm).toBe('mulberry32/fnv1a');
    // Golden: if this changes, every sample recorded before the change can no longer be re-run.
    expect(s.picks.map((p) => [p.rank, p.way])).toEqual([[1, 'top'], [2, 'top'], [3, 'random'], [5, 'random'], [6, 'random']]);
  });

  it('records manual additions and removals with their reasons, after the draw', () => {
    const ranked = population(10);
    const plain = draw(ranked, { top: 2, random: 1, seed: 'x' });
    const randomPick = plain.picks.find((p) => p.way === 'random')!;
    const outsider = ranked.find((c) => !plain.picks.some((p) => p.id === c.id))!;
    const s = draw(ranked, { top: 2, random: 1, seed: 'x', add: [{ id: outsider.id, reason: '群众举报  ' }], remove: [{ id: 'f0001', reason: '上年已重点评价' }] });
    expect(s.drawn).toEqual(plain.drawn);
    expect(s.removed).toEqual([{ id: 'f0001', rank: 2, score: 999, way: 'top', reason: '上年已重点评价' }]);
    expect(s.picks.map((p) => p.id).sort()).toEqual(['f0000', randomPick.id, outsider.id].sort());
    expect(s.picks.find((p) => p.id === outsider.id)).toMatchObject({ way: 'added', reason: '群众举报' });
  });

  it('refuses bad requests with issues and paths', () => {
    const ranked = population(5);
    const r = drawSample(ranked, {
      top: -1,
      random: 1.5,
      seed: ' ',
      add: [{ id: 'nope', reason: 'x' }, { id: 'f0003', reason: '' }],
      remove: [{ id: 'f0003', reason: 'again' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([
        ['sample-count', 'top'],
        ['sample-count', 'random'],
        ['sample-seed', 'seed'],
        ['sample-unknown', 'add[0].id'],
        ['sample-reason', 'add[1].reason'],
        ['sample-twice', 'remove[0].id'],
      ]);
    }
    const late = drawSample(ranked, { top: 1, random: 0, seed: 's', add: [{ id: 'f0000', reason: 'r' }], remove: [{ id: 'f0004', reason: 'r' }] });
    expect(!late.ok && late.issues.map((i) => i.code)).toEqual(['sample-not-drawn', 'sample-already-drawn']);
    expect(drawSample([...ranked, ranked[0]], { top: 1, random: 0, seed: 's' }).ok).toBe(false);
  });
});

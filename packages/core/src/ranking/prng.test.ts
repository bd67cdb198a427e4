import { describe, expect, it } from 'vitest';
import { hashSeed, mulberry32, uniformInt } from './prng';

// The reference mulberry32 as its author publishes it (float output), to check the port.
function reference(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('prng', () => {
  it('mulberry32 gives the reference sequence', () => {
    for (const seed of [0, 1, 42, 0xdeadbeef, 0xffffffff]) {
      const mine = mulberry32(seed);
      const ref = reference(seed);
      for (let i = 0; i < 1000; i++) expect(mine() / 4294967296).toBe(ref());
    }
  });
  it('FNV-1a matches the published test vectors, over UTF-8', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
    expect(hashSeed('foobar')).toBe(0xbf9cf968);
    // 抽 (U+62BD) is the UTF-8 bytes E6 8A BD: the hash runs over bytes, not UTF-16 units.
    let h = 0x811c9dc5;
    for (const byte of [0xe6, 0x8a, 0xbd]) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    expect(hashSeed('抽')).toBe(h);
  });
  it('uniformInt stays in range, covers it, and refuses an empty range', () => {
    const next = mulberry32(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = uniformInt(next, 7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
      seen.add(x);
    }
    expect(seen.size).toBe(7);
    expect(() => uniformInt(next, 0)).toThrow(RangeError);
  });
});

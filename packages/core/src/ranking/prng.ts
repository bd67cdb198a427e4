/**
 * A small seeded PRNG for reproducible sampling. mulberry32 uses only 32-bit integer arithmetic
 * (Math.imul, shifts), so the same seed gives the same numbers in every browser and Node
 * version; text seeds are hashed to 32 bits with FNV-1a over their UTF-8 bytes.
 */

/** The algorithm name recorded beside the seed, so a draw can be re-run elsewhere. */
export const PRNG_ALGORITHM = 'mulberry32/fnv1a';

/** A generator of uint32 values from a uint32 seed (mulberry32, Tommy Ettinger's constants). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a over the UTF-8 bytes of a text: the 32-bit seed of a recorded seed text. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const TWO32 = 2 ** 32;

/** A uniform integer in [0, n) from a uint32 generator, without modulo bias (rejection). */
export function uniformInt(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n <= 0 || n > TWO32) throw new RangeError(`uniformInt: n = ${n}`);
  const limit = TWO32 - (TWO32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

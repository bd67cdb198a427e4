/** The text size of a page, from which every tolerance of the grid rebuilder is derived. */
import type { Word } from './types';

/** Median height of the page's words (at least 1 unit), or `fallback` when it has none. */
export function textSize(words: Word[], fallback: number): number {
  const hs = words.map((w) => w.y1 - w.y0).filter((h) => Number.isFinite(h) && h > 0).sort((a, b) => a - b);
  if (hs.length === 0) return Math.max(1, fallback);
  return Math.max(1, hs[Math.floor(hs.length / 2)]);
}

/** tesseract's `tsv` output: one row per word (level 5) with its box and confidence. */
import type { Word } from '../page-grid/types';

/** The words of a tsv page; empty words and negative confidences (non-words) are dropped. */
export function parseTsv(tsv: string): Word[] {
  return parseTsvPages(tsv).map(({ page: _, ...w }) => w);
}

/** The words of a tsv of several images, each with its image's number (1-based). */
export function parseTsvPages(tsv: string): (Word & { page: number })[] {
  const out: (Word & { page: number })[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    const [left, top, width, height, conf] = [f[6], f[7], f[8], f[9], f[10]].map(Number);
    if (!text || !(conf >= 0) || ![left, top, width, height].every(Number.isFinite)) continue;
    // block, paragraph and line number name the line.
    const line = (Number(f[2]) * 1000 + Number(f[3])) * 1000 + Number(f[4]);
    out.push({ text, x0: left, y0: top, x1: left + width, y1: top + height, conf, order: out.length, line, page: Number(f[1]) });
  }
  return out;
}

/**
 * A second look at the numbers tesseract was unsure of. Read as part of a whole page (psm 6),
 * a number in a thin serif face can lose a digit ("15" as "5") or gain one from a ring of the %
 * ("95%" as "959%"). The words around each such number in its cell are cut out with a white
 * margin and read again on their own as one line (psm 7), all of a page's in one tesseract run;
 * the second reading replaces the first only when tesseract is clearly surer of it and it still
 * holds a number. When neither is surer and their digits differ, the number is marked in doubt.
 */
import type { VRule, Word } from '../page-grid/types';
import { LOW_CONFIDENCE } from '../grid/confidence';
import { encodePng, type Gray } from './gray';
import { runTesseractLines } from './tesseract';
import { parseTsvPages } from './tsv';

// Below LOW_CONFIDENCE: a cell holding it is unreadable for scoring.
const IN_DOUBT = LOW_CONFIDENCE - 1;
const digits = (ws: Word[]) => ws.map((w) => w.text.replace(/[^0-9.]/g, '')).join('');

/** Words below this confidence are read again when they hold a digit. */
export const REREAD_BELOW = 70;
// The second reading must beat the first by this much: confidences of the two runs are close but not equal.
const MARGIN = 10;
// A page with more unsure numbers than this is a bad scan: rereading all of it would not save it.
const MAX_PHRASES = 60;

/**
 * The runs of words on one OCR line within one cell (no vertical rule between them) that hold an
 * unsure number: a run, not the word alone, because tesseract's boxes of Chinese words are rough
 * ("2020" may be boxed over 2020年12月) and a crop of one word would take in its neighbours.
 */
export function unsurePhrases(words: Word[], v: VRule[]): number[][] {
  const ruled = (a: Word, b: Word) => {
    const lo = (a.x0 + a.x1) / 2;
    const hi = (b.x0 + b.x1) / 2;
    const y = (a.y0 + a.y1 + b.y0 + b.y1) / 4;
    return v.some((r) => r.x > Math.min(lo, hi) && r.x < Math.max(lo, hi) && r.a <= y && r.b >= y);
  };
  const phrases: number[][] = [];
  let cur: number[] = [];
  const flush = () => {
    if (cur.some((i) => (words[i].conf ?? 100) < REREAD_BELOW && /[0-9]/.test(words[i].text))) phrases.push(cur);
    cur = [];
  };
  words.forEach((w, i) => {
    const prev = cur.length ? words[cur[cur.length - 1]] : null;
    if (prev && (prev.line !== w.line || ruled(prev, w))) flush();
    cur.push(i);
  });
  flush();
  return phrases.slice(0, MAX_PHRASES);
}

/** The phrase's box with room around it, as an image with a white margin, and where the image's origin lies on the page. */
export function phraseImage(img: Gray, words: Word[], phrase: number[]): { image: Gray; dx: number; dy: number } {
  const ws = phrase.map((i) => words[i]);
  const size = Math.max(...ws.map((w) => w.y1 - w.y0));
  const x0 = Math.max(0, Math.floor(Math.min(...ws.map((w) => w.x0)) - 0.15 * size));
  const x1 = Math.min(img.width, Math.ceil(Math.max(...ws.map((w) => w.x1)) + 0.15 * size));
  const y0 = Math.max(0, Math.floor(Math.min(...ws.map((w) => w.y0)) - 0.15 * size));
  const y1 = Math.min(img.height, Math.ceil(Math.max(...ws.map((w) => w.y1)) + 0.15 * size));
  const m = Math.round(0.5 * size);
  const width = Math.max(1, x1 - x0) + 2 * m;
  const height = Math.max(1, y1 - y0) + 2 * m;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = y0; y < y1; y++) data.set(img.data.subarray(y * img.width + x0, y * img.width + x1), (y - y0 + m) * width + m);
  return { image: { width, height, data }, dx: x0 - m, dy: y0 - m };
}

/** The words with each unsure phrase read again, where the second reading is better. */
export async function rereadNumbers(words: Word[], v: VRule[], img: Gray, signal?: AbortSignal): Promise<Word[]> {
  const phrases = unsurePhrases(words, v);
  if (!phrases.length) return words;
  const crops = phrases.map((p) => phraseImage(img, words, p));
  const tsv = await runTesseractLines(
    crops.map((c) => encodePng(c.image)),
    signal,
  );
  const read = new Map<number, Word[]>();
  for (const { page, ...w } of parseTsvPages(tsv)) {
    const { dx, dy } = crops[page - 1];
    read.set(page, [...(read.get(page) ?? []), { ...w, x0: w.x0 + dx, x1: w.x1 + dx, y0: w.y0 + dy, y1: w.y1 + dy }]);
  }
  return settleRereads(words, phrases, read);
}

/**
 * The words once each phrase's second reading (`read`, by phrase number from 1) is weighed: taken
 * when clearly surer and still a number; when neither is surer and the two read different digits,
 * the phrase's words are marked in doubt.
 */
export function settleRereads(words: Word[], phrases: number[][], read: Map<number, Word[]>): Word[] {
  const replaced = new Map<number, Word[]>();
  phrases.forEach((p, k) => {
    const again = read.get(k + 1) ?? [];
    const conf = (ws: Word[]) => Math.min(...ws.map((w) => w.conf ?? 100));
    const first = p.map((i) => words[i]);
    const number = again.some((w) => /[0-9]/.test(w.text));
    if (!number || conf(again) < conf(first) + MARGIN) {
      // Two readings with different digits, neither clearly surer: the number is in doubt, and
      // scoring must not use it (a sign read differently is settled by the glyph, in signs.ts).
      if (number && digits(again) !== digits(first)) p.forEach((i) => replaced.set(i, [{ ...words[i], conf: Math.min(words[i].conf ?? 100, IN_DOUBT), doubted: true }]));
      return;
    }
    // The new words take the place (reading order and line) of the phrase's first word.
    p.forEach((i, j) => replaced.set(i, j === 0 ? again.map((w) => ({ ...w, order: first[0].order, line: first[0].line })) : []));
  });
  return words.flatMap((w, i) => replaced.get(i) ?? [w]);
}

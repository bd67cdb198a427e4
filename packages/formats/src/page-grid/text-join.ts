/**
 * Words back into text: words on one baseline form a line, lines form a cell's text. Chinese
 * needs no spaces, so words and wrapped lines are joined without one unless both sides are Latin
 * letters or digits; a line that ends well short of the cell's edge was broken on purpose (\n).
 */
import { cleanOcrLine } from './ocr-text';
import type { Word } from './types';

/** Words of one line, left to right, with the line's extent. */
export interface TextLine {
  words: Word[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;

/** True when no space belongs between the two characters (either is Chinese or a full-width sign; a comparison sign and its number). */
function tight(left: string, right: string): boolean {
  return CJK.test(left) || CJK.test(right) || /[≥≤<>=]/.test(left) || right === '%';
}

/** Group words into lines: OCR's own lines when it gave them, else by where each word's middle falls. */
export function toLines(words: Word[]): TextLine[] {
  if (words.length && words.every((w) => w.line !== undefined)) return ocrLines(words);
  const sorted = words.slice().sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const w of sorted) {
    const mid = (w.y0 + w.y1) / 2;
    const line = lines.find((l) => mid >= l.y0 && mid <= l.y1 && overlapsNone(l, w));
    if (line) {
      line.words.push(w);
      line.x0 = Math.min(line.x0, w.x0);
      line.x1 = Math.max(line.x1, w.x1);
    } else lines.push({ words: [w], x0: w.x0, x1: w.x1, y0: w.y0, y1: w.y1 });
  }
  for (const l of lines) l.words.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y0 - b.y0);
}

// OCR knows its lines and their order better than its boxes tell (a Chinese character's box is rough).
function ocrLines(words: Word[]): TextLine[] {
  const by = new Map<number, Word[]>();
  for (const w of words) {
    const l = by.get(w.line!);
    if (l) l.push(w);
    else by.set(w.line!, [w]);
  }
  const lines = [...by.values()].map((ws) => {
    ws.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return { words: ws, x0: Math.min(...ws.map((w) => w.x0)), x1: Math.max(...ws.map((w) => w.x1)), y0: median(ws.map((w) => w.y0)), y1: median(ws.map((w) => w.y1)) };
  });
  return lines.sort((a, b) => a.y0 - b.y0);
}

function median(v: number[]): number {
  const s = v.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// A word that sits on top of another one (an overprinted stamp) starts a line of its own.
function overlapsNone(l: TextLine, w: Word): boolean {
  const width = Math.max(1e-6, w.x1 - w.x0);
  return l.words.every((o) => Math.min(o.x1, w.x1) - Math.max(o.x0, w.x0) < 0.6 * width);
}

/** One line's text: words joined, a space only between Latin words set apart. */
export function lineText(line: TextLine): string {
  let s = '';
  let prev: Word | null = null;
  for (const w of line.words) {
    const t = w.text;
    if (prev && s && !/\s$/.test(s) && !/^\s/.test(t)) {
      const gap = w.x0 - prev.x1;
      const h = Math.max(1e-6, prev.y1 - prev.y0);
      if (gap > 0.2 * h && !tight(s[s.length - 1], t[0])) s += ' ';
    }
    s += t;
    prev = w;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A cell's text from its lines. `right` is the cell's inner right edge: a line ending more than
 * the next line's first word (and a margin) short of it was ended by the writer, not by wrapping.
 */
export function cellText(lines: TextLine[], right: number): string {
  let s = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lineText(lines[i]);
    const t = lines[i].words.some((w) => w.conf !== undefined) ? cleanOcrLine(raw) : raw;
    if (!t) continue;
    if (s) {
      const prev = lines[i - 1];
      const h = Math.max(1e-6, prev.y1 - prev.y0);
      const first = firstWordWidth(t, h);
      if (right - prev.x1 > first + 3 * h) s += '\n';
      else if (!tight(s[s.length - 1], t[0])) s += ' ';
    }
    s += t;
  }
  return s;
}

// Chinese wraps at any character; Latin at a space: the width the next line's first word needs.
function firstWordWidth(t: string, h: number): number {
  if (CJK.test(t[0])) return h;
  const word = /^\S+/.exec(t)?.[0] ?? t;
  return word.length * 0.55 * h;
}

/**
 * What OCR adds that was never printed: a quotation mark or comma read from a speck or the
 * remains of a cell border at the edge of a cell, and a quotation mark without its partner.
 * Only those are removed; everything else OCR read is kept as read (and noted when uncertain).
 */
import type { Word } from './types';

const EDGE = /^[\s，,。.、；;：:”’"'“‘|]+|[\s，,、；;：:“‘"'|]+$/g;

/** OCR text of one cell with stray marks at its edges and unpaired quotation marks removed. */
export function cleanOcrText(text: string): string {
  let s = text.replace(EDGE, '');
  // Unpaired curly quotes: an opening one never closed, a closing one never opened.
  const chars = [...s];
  const open: number[] = [];
  const drop = new Set<number>();
  chars.forEach((c, i) => {
    if (c === '“') open.push(i);
    else if (c === '”') {
      if (open.length) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  if (drop.size) s = chars.filter((_, i) => !drop.has(i)).join('');
  // Straight double quotes come in pairs too.
  if ((s.match(/"/g)?.length ?? 0) % 2 === 1) s = s.replace(/"/, '');
  return fullWidth(percentRings(digitLookalikes(s.replace(/\s*\n\s*/g, '\n').trim())));
}

/**
 * A serif % is two rings and a hairline, and OCR reads its lower ring a second time as a digit
 * ("100%0", "100%4"). A single digit glued after a percentage, with no number going on, is never
 * printed so: it is dropped.
 */
export function percentRings(text: string): string {
  return text.replace(/(\d%)\d(?![\d.])/g, '$1');
}

// OCR's classic confusions inside a number: a serif 1 read as "]", "|", "l" or "I" ("≥1]次" for
// ≥11次), a 0 as "O" ("IO" for 10). A run of digits and look-alikes is a number when it holds a
// real digit, or is a one followed by zeros ("IO", "lOO"); it is left alone when a Latin letter
// touches it (part of a word: "COVID-19", "I类" stays).
const RUN = /[0-9Il|\]Oo.]+/g;
const ONE = /[Il|\]]/g;
const ZERO = /[Oo]/g;

/** Digits read as look-alike letters or brackets inside numbers, put back. */
export function digitLookalikes(text: string): string {
  return text.replace(RUN, (run, at: number) => {
    if (!/[Il|\]Oo]/.test(run)) return run;
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return run;
    // "[1]": a bracket that closes an opened one is a bracket.
    const head = text.slice(0, at);
    if (run.includes(']') && head.lastIndexOf('[') > head.lastIndexOf(']')) return run;
    // "至少]名": a lone bracket before a measure word is a 1 (a bracket of the text comes with its partner).
    if (run === ']' && /\p{Script=Han}/u.test(after)) return '1';
    const number = (/[0-9]/.test(run) && /^[0-9Il|\]Oo]+(?:\.[0-9Il|\]Oo]+)?$/.test(run) && run.length >= 2) || /^[Il|\]][Oo]+$/.test(run);
    return number ? run.replace(ONE, '1').replace(ZERO, '0') : run;
  });
}

// What is left of a cell border after the rules are painted out, read as a mark.
const MARKS = /^[。，,.、；;：:”’“‘"'|]+$/;

/**
 * An OCR word that is only a mark or quotation sign, read with low confidence, against the cell's
 * left or right border: the remains of the border (erased before OCR), not text. Within a cell
 * its edges are cleaned by cleanOcrText; this also catches it at the end of an inner line.
 */
export function borderSpeck(w: Word, left: number, right: number): boolean {
  if (w.conf === undefined || w.conf >= 50 || !MARKS.test(w.text)) return false;
  const size = w.y1 - w.y0;
  return w.x0 - left < 0.6 * size || right - w.x1 < 0.6 * size;
}

/** One OCR line: quotation marks at its ends without a partner in the line are specks of the cell border. */
export function cleanOcrLine(text: string): string {
  let s = text;
  for (;;) {
    const open = (s.match(/“/g) ?? []).length;
    const close = (s.match(/”/g) ?? []).length;
    if (/^[“”"'|]/.test(s) && !(s[0] === '“' && close > open - 1 && close > 0)) s = s.slice(1);
    else if (/[“”"'|]$/.test(s) && !(s.endsWith('”') && open > close - 1 && open > 0)) s = s.slice(0, -1);
    else return s;
  }
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;
const WIDE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

/** OCR writes ASCII punctuation; between Chinese characters the form has the full-width sign. */
function fullWidth(s: string): string {
  const c = [...s];
  return c
    .map((ch, i) => {
      const w = WIDE[ch];
      if (!w) return ch;
      const near = (k: number) => k >= 0 && k < c.length && CJK.test(c[k]);
      // A bracket counts its inside too: "(万元)", "(2020年度)".
      const inside = ch === '(' ? c.slice(i + 1, c.indexOf(')', i) >>> 0).some((x) => CJK.test(x)) : ch === ')' ? c.slice(c.lastIndexOf('(', i) + 1, i).some((x) => CJK.test(x)) : false;
      return near(i - 1) || near(i + 1) || inside ? w : ch;
    })
    .join('')
    .replace(/\s*([，；：（）？！])\s*/g, '$1');
}

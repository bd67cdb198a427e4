/**
 * Corrects the comparison sign before a number in OCR words by looking at the glyph itself
 * (see glyph.ts): a sign read as another character is replaced, a sign OCR dropped is restored.
 */
import type { Word } from '../page-grid/types';
import { signGlyph, type Sign } from './glyph';
import type { Gray } from './gray';

// tesseract's low confidence in such a word comes from the sign it could not read; once the glyph
// itself shows the sign, the word counts as read (at the threshold's level, not above it).
const VERIFIED = 70;
// A number read twice with different digits stays in doubt: the sign does not vouch for it.
const verified = (w: Word, text: string, extra: Partial<Word> = {}): Word => ({ ...w, ...extra, text, conf: w.doubted ? w.conf : Math.max(w.conf ?? VERIFIED, VERIFIED) });

const DIGIT = /^[0-9０-９]/;
// A serif 1 is often read as ] or | (put back later by digitLookalikes): after a sign it starts a number.
const NUMBER_START = /^[0-9０-９\]|]/;

type Glyph = { sign: Sign; x0: number; x1: number } | null;

/**
 * The words with their leading comparison signs checked against the image. A one-character word
 * OCR read inside a sign's glyph, beside the word the sign was given to, is a piece of the same
 * glyph (a thin serif ⩽ falls apart when scanned) and is dropped.
 */
export function fixSigns(words: Word[], img: Gray): Word[] {
  const out = words.slice();
  const glyphs: { at: number; g: NonNullable<Glyph> }[] = [];
  const put = (at: number, g: Glyph, word: Word) => {
    out[at] = word;
    if (g) glyphs.push({ at, g });
  };
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    const size = w.y1 - w.y0;
    if (size <= 0) continue;
    // Quotation marks OCR put before the sign are specks; they are dropped when the sign is found.
    const lead = /^[“”"'‘’]*/.exec(w.text)![0].length;
    const chars = [...w.text.slice(lead)];
    const first = { x0: w.x0 - 0.1 * size, y0: w.y0 - 0.2 * size, x1: w.x0 + 0.95 * size, y1: w.y1 + 0.2 * size };
    // With quotation marks read first, the sign may sit further right, past the speck they were read from.
    const glyphAt = (box: typeof first) => signGlyph(img, box, size) ?? (lead ? signGlyph(img, { ...box, x0: box.x0 + 0.5 * size, x1: box.x1 + 0.5 * size }, size) : null);
    // "过600人": the first glyph may be a sign read as a character; ">>600人": a slanted serif ⩾
    // read as two. The glyph in the first character's place decides.
    const signChars = chars.length >= 2 && !NUMBER_START.test(chars[0]) ? (NUMBER_START.test(chars[1]) ? 1 : chars.length >= 3 && /^[<>≤≥]$/.test(chars[1]) && NUMBER_START.test(chars[2]) ? 2 : 0) : 0;
    if (signChars) {
      const g = glyphAt(first);
      if (g) put(i, g, verified(w, g.sign + chars.slice(signChars).join('')));
      continue;
    }
    // "13" in a box wider than its digits: OCR may have dropped the sign it started with.
    // Only a sign with its bar is restored: a bare chevron beside a number may be a speck or a border.
    const own = DIGIT.test(chars[0] ?? '') ? barred(signGlyph(img, first, size)) : null;
    if (own) {
      put(i, own, verified(w, own.sign + chars.join('')));
    } else if (DIGIT.test(chars[0] ?? '')) {
      const prev = i > 0 && out[i - 1].line === w.line ? out[i - 1] : null;
      const box = { x0: w.x0 - 1.3 * size, y0: w.y0 - 0.2 * size, x1: w.x0 - 0.05 * size, y1: w.y1 + 0.2 * size };
      // A one-character word just left of the number may be the sign; else there may be a sign OCR dropped.
      if (prev && [...prev.text.replace(/^[“”"'‘’]+/, '')].length === 1 && prev.x1 > box.x0 && !DIGIT.test(prev.text)) {
        const ps = prev.y1 - prev.y0;
        const at = { x0: prev.x0 - 0.1 * ps, y0: prev.y0 - 0.2 * ps, x1: prev.x0 + 0.95 * ps, y1: prev.y1 + 0.2 * ps };
        const g = signGlyph(img, at, Math.max(ps, size)) ?? signGlyph(img, box, size);
        if (g) {
          put(i - 1, g, verified(prev, g.sign));
          out[i] = verified(w, w.text);
        }
      } else if (!prev || prev.x1 <= box.x0) {
        const g = barred(signGlyph(img, box, size));
        if (g) put(i, g, verified(w, g.sign + w.text, { x0: box.x0 + 0.3 * size }));
      }
    }
  }
  // The glyph's edges are those seen within the box it was looked for in: a piece left of it
  // reaches into it (and is narrower than a character), a piece right of it lies inside it.
  const pieces = new Set<number>();
  for (const { at, g } of glyphs) {
    const size = out[at].y1 - out[at].y0;
    const piece = (k: number) => {
      const o = out[k];
      return !!o && o.line === out[at].line && [...o.text].length === 1 && (o.conf ?? 100) < 60 && !DIGIT.test(o.text);
    };
    const left = out[at - 1];
    if (piece(at - 1) && left.x1 >= g.x0 - 0.1 * size && left.x1 - left.x0 < 0.7 * size) pieces.add(at - 1);
    const right = out[at + 1];
    if (piece(at + 1) && (right.x0 + right.x1) / 2 <= g.x1) pieces.add(at + 1);
  }
  return pieces.size ? out.filter((_, k) => !pieces.has(k)) : out;
}

function barred(g: Glyph): Glyph {
  return g && (g.sign === '≥' || g.sign === '≤') ? g : null;
}

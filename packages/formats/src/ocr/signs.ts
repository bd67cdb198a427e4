/**
 * Corrects the comparison sign before a number in OCR words by looking at the glyph itself
 * (see glyph.ts): a sign read as another character is replaced, a sign OCR dropped is restored.
 */
import type { Word } from '../page-grid/types';
import { comparisonSign } from './glyph';
import type { Gray } from './gray';

// tesseract's low confidence in such a word comes from the sign it could not read; once the glyph
// itself shows the sign, the word counts as read (at the threshold's level, not above it).
const VERIFIED = 70;
const verified = (w: Word, text: string, extra: Partial<Word> = {}): Word => ({ ...w, ...extra, text, conf: Math.max(w.conf ?? VERIFIED, VERIFIED) });

const DIGIT = /^[0-9０-９]/;

/** The words with their leading comparison signs checked against the image. */
export function fixSigns(words: Word[], img: Gray): Word[] {
  const out = words.slice();
  for (let i = 0; i < out.length; i++) {
    const w = out[i];
    const size = w.y1 - w.y0;
    if (size <= 0) continue;
    // Quotation marks OCR put before the sign are specks; they are dropped when the sign is found.
    const lead = /^[“”"'‘’]*/.exec(w.text)![0].length;
    const chars = [...w.text.slice(lead)];
    const first = { x0: w.x0 - 0.1 * size, y0: w.y0 - 0.2 * size, x1: w.x0 + 0.95 * size, y1: w.y1 + 0.2 * size };
    if (chars.length >= 2 && !DIGIT.test(chars[0]) && DIGIT.test(chars[1])) {
      // "过600人": the first glyph may be a sign read as a character.
      const s = comparisonSign(img, first, size);
      if (s) out[i] = verified(w, s + chars.slice(1).join(''));
      continue;
    }
    // "13" in a box wider than its digits: OCR may have dropped the sign it started with.
    // Only a sign with its bar is restored: a bare chevron beside a number may be a speck or a border.
    const sign = DIGIT.test(chars[0] ?? '') ? barred(comparisonSign(img, first, size)) : null;
    if (sign) {
      out[i] = verified(w, sign + chars.join(''));
    } else if (DIGIT.test(chars[0] ?? '')) {
      const prev = i > 0 && out[i - 1].line === w.line ? out[i - 1] : null;
      const box = { x0: w.x0 - 1.3 * size, y0: w.y0 - 0.2 * size, x1: w.x0 - 0.05 * size, y1: w.y1 + 0.2 * size };
      // A one-character word just left of the number may be the sign; else there may be a sign OCR dropped.
      if (prev && [...prev.text.replace(/^[“”"'‘’]+/, '')].length === 1 && prev.x1 > box.x0 && !DIGIT.test(prev.text)) {
        const ps = prev.y1 - prev.y0;
        const own = { x0: prev.x0 - 0.1 * ps, y0: prev.y0 - 0.2 * ps, x1: prev.x0 + 0.95 * ps, y1: prev.y1 + 0.2 * ps };
        const s = comparisonSign(img, own, Math.max(ps, size)) ?? comparisonSign(img, box, size);
        if (s) {
          out[i - 1] = verified(prev, s);
          out[i] = verified(w, w.text);
        }
      } else if (!prev || prev.x1 <= box.x0) {
        const s = barred(comparisonSign(img, box, size));
        if (s) out[i] = verified(w, s + w.text, { x0: box.x0 + 0.3 * size });
      }
    }
  }
  return out;
}

function barred(s: string | null): string | null {
  return s === '≥' || s === '≤' ? s : null;
}

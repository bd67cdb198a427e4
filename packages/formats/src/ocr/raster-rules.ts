/**
 * Ruling lines in a scanned page: long runs of dark pixels along a row (horizontal rules) or a
 * column (vertical rules). Text strokes are short; a rule crosses many characters' widths. Small
 * breaks in a printed line (toner, scanning) are bridged. Found rules are then painted white, so
 * that tesseract does not read a cell border as "|" or "1".
 */
import type { HRule, VRule } from '../page-grid/types';
import type { Gray } from './gray';

const DARK = 160;

/** Rules of a page: runs at least `minLength` pixels long, with gaps up to `gap` bridged. */
export function findRasterRules(img: Gray, minLength = Math.max(30, Math.round(img.width / 25)), gap = 3): { h: HRule[]; v: VRule[] } {
  const { width, height, data } = img;
  const h: HRule[] = [];
  const v: VRule[] = [];
  for (let y = 0; y < height; y++) {
    let start = -1;
    let lastDark = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && data[y * width + x] < DARK;
      if (dark) {
        if (start < 0) start = x;
        lastDark = x;
      } else if (start >= 0 && x - lastDark > gap) {
        if (lastDark - start + 1 >= minLength) h.push({ y, a: start, b: lastDark });
        start = -1;
      }
    }
  }
  for (let x = 0; x < width; x++) {
    let start = -1;
    let lastDark = -1;
    for (let y = 0; y <= height; y++) {
      const dark = y < height && data[y * width + x] < DARK;
      if (dark) {
        if (start < 0) start = y;
        lastDark = y;
      } else if (start >= 0 && y - lastDark > gap) {
        if (lastDark - start + 1 >= minLength) v.push({ x, a: start, b: lastDark });
        start = -1;
      }
    }
  }
  return { h, v };
}

/** A copy of the image with the rules painted white (two pixels either side: the grey edges of a line read as strokes). */
export function eraseRules(img: Gray, rules: { h: HRule[]; v: VRule[] }): Gray {
  const { width, height } = img;
  const data = img.data.slice();
  for (const r of rules.h)
    for (let y = Math.max(0, r.y - 2); y <= Math.min(height - 1, r.y + 2); y++)
      data.fill(255, y * width + Math.max(0, r.a), y * width + Math.min(width, r.b + 1));
  for (const r of rules.v)
    for (let x = Math.max(0, r.x - 2); x <= Math.min(width - 1, r.x + 2); x++)
      for (let y = Math.max(0, r.a); y <= Math.min(height - 1, r.b); y++) data[y * width + x] = 255;
  return { width, height, data };
}

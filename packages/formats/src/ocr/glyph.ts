/**
 * The comparison signs of 年度指标值 (≥ ≤ > <) are what tesseract reads worst — a slanted ⩾ comes
 * out as 过, 大, 委 or not at all — and they decide how a target is scored. So the glyph before a
 * number is looked at directly: a chevron (its arms meet on the right for ≥, on the left for ≤)
 * with a bar under it is a ≥ or ≤, without one a > or <. Anything else is left as OCR read it.
 */
import type { Gray } from './gray';

// Ink is what is darker than half-way between the glyph's darkest pixel and white paper: a
// serif face's hairlines, scanned at 150 dpi and turned, are pale grey, and a fixed threshold
// breaks a chevron into pieces. Kept between 150 and 200 so that grey paper is never ink.
function inkLevel(img: Gray, x0: number, y0: number, x1: number, y1: number): number {
  let m = 255;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) m = Math.min(m, img.data[y * img.width + x]);
  return Math.max(150, Math.min(200, (m + 255) >> 1));
}

interface Blob {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  pts: number[];
}

/** Connected ink (8-neighbour) in a region of the image, largest first. */
function blobs(img: Gray, x0: number, y0: number, x1: number, y1: number): Blob[] {
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 2 || h <= 2 || w * h > 250_000) return [];
  const INK = inkLevel(img, x0, y0, x1, y1);
  const seen = new Uint8Array(w * h);
  const out: Blob[] = [];
  for (let i = 0; i < w * h; i++) {
    if (seen[i] || img.data[(y0 + Math.floor(i / w)) * img.width + x0 + (i % w)] >= INK) continue;
    const b: Blob = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, pts: [] };
    const stack = [i];
    seen[i] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      const px = p % w;
      const py = Math.floor(p / w);
      b.pts.push(p);
      b.x0 = Math.min(b.x0, px);
      b.x1 = Math.max(b.x1, px);
      b.y0 = Math.min(b.y0, py);
      b.y1 = Math.max(b.y1, py);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = px + dx;
          const ny = py + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (seen[q] || img.data[(y0 + ny) * img.width + x0 + nx] >= INK) continue;
          seen[q] = 1;
          stack.push(q);
        }
    }
    out.push(b);
  }
  return out.sort((a, b) => b.pts.length - a.pts.length);
}

/** Which way a blob points: '>' when its top and bottom rows lie left of its middle rows, '<' mirrored. */
function chevron(b: Blob, w: number): '>' | '<' | null {
  const bw = b.x1 - b.x0 + 1;
  const bh = b.y1 - b.y0 + 1;
  if (bh < 4 || bw < 3 || b.pts.length > 0.45 * bw * bh) return null;
  const sum = new Float64Array(bh);
  const n = new Float64Array(bh);
  for (const p of b.pts) {
    const y = Math.floor(p / w) - b.y0;
    sum[y] += (p % w) - b.x0;
    n[y]++;
  }
  const band = (from: number, to: number) => {
    let s = 0;
    let c = 0;
    for (let y = Math.floor(from * bh); y < Math.max(Math.floor(from * bh) + 1, Math.floor(to * bh)); y++) {
      s += sum[y];
      c += n[y];
    }
    return c ? s / c / bw : 0.5;
  };
  const top = band(0, 0.2);
  const mid = band(0.4, 0.6);
  const bottom = band(0.8, 1);
  if (Math.abs(top - bottom) > 0.3) return null;
  if (mid - top > 0.35 && mid - bottom > 0.35) return '>';
  if (top - mid > 0.35 && bottom - mid > 0.35) return '<';
  return null;
}

export type Sign = '≥' | '≤' | '>' | '<';

/** The comparison sign drawn in the box (one glyph, about `size` high), or null. */
export function comparisonSign(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }, size: number): Sign | null {
  return signGlyph(img, box, size)?.sign ?? null;
}

/** The comparison sign drawn in the box and the glyph's left and right edge in the image, or null. */
export function signGlyph(img: Gray, box: { x0: number; y0: number; x1: number; y1: number }, size: number): { sign: Sign; x0: number; x1: number } | null {
  const x0 = Math.max(0, Math.round(box.x0));
  const y0 = Math.max(0, Math.round(box.y0));
  const x1 = Math.min(img.width, Math.round(box.x1));
  const y1 = Math.min(img.height, Math.round(box.y1));
  const w = x1 - x0;
  const parts = blobs(img, x0, y0, x1, y1).filter((b) => b.pts.length >= 4);
  if (!parts.length || parts.length > 3) return null;
  const c = parts[0];
  // The chevron is at most a character high and not a sliver.
  if (c.y1 - c.y0 < 0.25 * size || c.y1 - c.y0 > 1.2 * size) return null;
  const dir = chevron(c, w);
  if (!dir) return null;
  // A bar under the chevron (straight or slanted) makes it ≥ / ≤.
  const bar = parts.slice(1).find((b) => b.y0 > (c.y0 + c.y1) / 2 && b.x1 - b.x0 >= 0.5 * (c.x1 - c.x0) && b.y1 - b.y0 <= 0.8 * (c.y1 - c.y0));
  const sign = dir === '>' ? (bar ? '≥' : '>') : bar ? '≤' : '<';
  return { sign, x0: x0 + Math.min(c.x0, bar?.x0 ?? Infinity), x1: x0 + Math.max(c.x1, bar?.x1 ?? -Infinity) };
}

/**
 * A page's text layer as words with boxes, in the same top-left page space as its rules. Each
 * pdf.js text item is one run of text in one font; its box runs from the baseline up by the
 * font's ascent and down by its descent. Blank runs are dropped: gaps are measured, not typed.
 */
import type { Word } from '../page-grid/types';
import type { PdfJs, TextItem } from './pdfjs';

/** Text items kept per page at most (a page of a real form holds a few thousand). */
export const MAX_ITEMS = 50_000;

/** The words of a page; `view` is the viewport transform. */
export function pageWords(
  lib: PdfJs,
  content: { items: (TextItem | { type: string })[]; styles: Record<string, { ascent?: number; descent?: number }> },
  view: number[],
): Word[] {
  const out: Word[] = [];
  for (const it of content.items) {
    if (out.length >= MAX_ITEMS) break;
    if (!('str' in it) || !it.str.trim() || !Array.isArray(it.transform)) continue;
    const m = lib.Util.transform(view, it.transform);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0) || !m.every(Number.isFinite)) continue;
    const style = content.styles[it.fontName];
    const ascent = style?.ascent && style.ascent > 0 && style.ascent < 2 ? style.ascent : 0.88;
    const descent = style?.descent && style.descent < 0 && style.descent > -1 ? style.descent : -0.12;
    // The run's direction on the page: horizontal text has (dx, dy) = (1, 0).
    const len = Math.hypot(m[0], m[1]) || 1;
    const dx = m[0] / len;
    const dy = m[1] / len;
    const w = it.width > 0 ? it.width : size * it.str.length * 0.5;
    const bx = m[4];
    const by = m[5];
    if (Math.abs(dy) < 0.2) {
      out.push({ text: it.str, x0: bx, x1: bx + w * Math.sign(dx || 1), y0: by - ascent * size, y1: by - descent * size });
    } else {
      // Rotated text: its bounding box, so it lands in the cell it is printed in.
      const ex = bx + dx * w;
      const ey = by + dy * w;
      out.push({ text: it.str, x0: Math.min(bx, ex) - size / 2, x1: Math.max(bx, ex) + size / 2, y0: Math.min(by, ey), y1: Math.max(by, ey) });
    }
    const last = out[out.length - 1];
    if (last.x1 < last.x0) [last.x0, last.x1] = [last.x1, last.x0];
  }
  return out;
}

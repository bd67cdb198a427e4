/**
 * A page's words read from its operator list, the one pdf.js already builds for the ruling lines:
 * reading the text from it too spares pdf.js a second pass over the page (getTextContent parses
 * the content stream again, and structured-clones its result). The text state is followed as a
 * PDF renderer does (text and line matrices, font size, character and word spacing, horizontal
 * scale, rise, leading); each shown glyph is placed on the page, and glyphs that follow on from one
 * another on a line are joined into a word, as pdf.js's own text runs are. Vertical fonts are
 * left to getTextContent (the caller falls back when `opsWords` returns null).
 */
import type { Word } from '../page-grid/types';
import type { PdfJs } from './pdfjs';
import { mul, type M } from './operators';

const ID: M = [1, 0, 0, 1, 0, 0];

/** What the words need of a font: its vertical metrics, matrix, and whether it writes vertically. */
export interface FontInfo {
  ascent: number;
  descent: number;
  vertical: boolean;
  fontMatrix: number[];
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

interface TextState {
  ctm: M;
  font: FontInfo | null;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  rise: number;
  leading: number;
}

/** A gap (in em) up to which the next glyph continues the word; pdf.js starts a new run beyond about this. */
const JOIN_GAP = 0.1;

/**
 * The words of a page from its operator list, or null when the page has text this reader leaves
 * to getTextContent (a vertical font, or a font whose metrics are not known).
 */
export function opsWords(
  lib: PdfJs,
  ops: { fnArray: number[]; argsArray: unknown[][] },
  view: M,
  fontOf: (name: string) => FontInfo | null,
  maxWords: number,
): Word[] | null {
  const O = lib.OPS;
  const norm = (s: string) => lib.normalizeUnicode(s);
  const out: Word[] = [];
  let st: TextState = { ctm: view, font: null, size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0, leading: 0 };
  const stack: TextState[] = [];
  let tm: M = ID;
  let tlm: M = ID;
  // The word being built: its text and box, and where its next glyph would start (page space).
  let cur: { w: Word; nextX: number; y: number; size: number } | null = null;
  const flush = () => {
    if (cur && cur.w.text.trim()) out.push(cur.w);
    cur = null;
  };
  const moveLine = (tx: number, ty: number) => {
    tlm = mul(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === O.save) {
      stack.push(st);
      st = { ...st };
    } else if (fn === O.restore) {
      st = stack.pop() ?? st;
    } else if (fn === O.transform && args?.length === 6) {
      st.ctm = mul(st.ctm, args as M);
    } else if (fn === O.paintFormXObjectBegin) {
      stack.push(st);
      st = { ...st };
      if (Array.isArray(args?.[0]) && args[0].length === 6) st.ctm = mul(st.ctm, args[0] as M);
    } else if (fn === O.paintFormXObjectEnd) {
      st = stack.pop() ?? st;
    } else if (fn === O.beginText) {
      tm = ID;
      tlm = ID;
    } else if (fn === O.setFont) {
      const font = fontOf(String(args?.[0]));
      if (!font || font.vertical) return null;
      st.font = font;
      st.size = Number(args?.[1]) || 0;
    } else if (fn === O.setTextMatrix) {
      const a = (args?.[0] ?? args) as ArrayLike<number>;
      tlm = [a[0], a[1], a[2], a[3], a[4], a[5]].map(Number);
      tm = tlm;
    } else if (fn === O.moveText) {
      moveLine(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
    } else if (fn === O.setLeadingMoveText) {
      st.leading = -(Number(args?.[1]) || 0);
      moveLine(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
    } else if (fn === O.nextLine) {
      moveLine(0, -st.leading);
    } else if (fn === O.setLeading) {
      st.leading = Number(args?.[0]) || 0;
    } else if (fn === O.setCharSpacing) {
      st.charSpacing = Number(args?.[0]) || 0;
    } else if (fn === O.setWordSpacing) {
      st.wordSpacing = Number(args?.[0]) || 0;
    } else if (fn === O.setHScale) {
      st.hScale = (Number(args?.[0]) || 100) / 100;
    } else if (fn === O.setTextRise) {
      st.rise = Number(args?.[0]) || 0;
    } else if (fn === O.showText) {
      const font = st.font;
      const glyphs = args?.[0] as (Glyph | number)[] | undefined;
      if (!font || !Array.isArray(glyphs)) continue;
      const fm = font.fontMatrix?.[0] || 0.001;
      for (const g of glyphs) {
        if (typeof g === 'number') {
          // A TJ adjustment, in thousandths of the font size.
          tm = mul(tm, [1, 0, 0, 1, (-g / 1000) * st.size * st.hScale, 0]);
          continue;
        }
        const advance = ((g.width ?? 0) * fm * st.size + st.charSpacing + (g.isSpace ? st.wordSpacing : 0)) * st.hScale;
        const m = mul(mul(st.ctm, tm), [st.size * st.hScale, 0, 0, st.size, 0, st.rise]);
        tm = mul(tm, [1, 0, 0, 1, advance, 0]);
        // Where the next glyph starts on the page: spacing belongs to the word, a gap beyond it does not.
        const next = mul(st.ctm, tm)[4];
        const text = norm(g.unicode ?? '');
        const size = Math.hypot(m[2], m[3]);
        const len = Math.hypot(m[0], m[1]);
        if (!(size > 0) || !m.every(Number.isFinite)) continue;
        const dx = m[0] / (len || 1);
        const dy = m[1] / (len || 1);
        const w = (g.width ?? 0) * fm * len;
        if (!text.trim()) {
          flush();
          continue;
        }
        if (Math.abs(dy) >= 0.2 || dx <= 0) {
          // Rotated (or mirrored) text: each glyph its own box, so it lands in the cell it is printed in.
          flush();
          const ex = m[4] + dx * w;
          const ey = m[5] + dy * w;
          out.push({ text, x0: Math.min(m[4], ex) - size / 2, x1: Math.max(m[4], ex) + size / 2, y0: Math.min(m[5], ey), y1: Math.max(m[5], ey) });
          continue;
        }
        const x = m[4];
        const y = m[5];
        if (cur && Math.abs(cur.y - y) < 0.05 * size && Math.abs(cur.size - size) < 0.05 * size && x - cur.nextX < JOIN_GAP * size && x - cur.nextX > -0.5 * size) {
          cur.w.text += text;
          cur.w.x1 = Math.max(cur.w.x1, x + w);
          cur.nextX = next;
        } else {
          flush();
          if (out.length >= maxWords) return out;
          const ascent = font.ascent > 0 && font.ascent < 2 ? font.ascent : 0.88;
          const descent = font.descent < 0 && font.descent > -1 ? font.descent : -0.12;
          cur = { w: { text, x0: x, x1: x + w, y0: y - ascent * size, y1: y - descent * size }, nextX: next, y, size };
        }
      }
    } else if (fn === O.endText) {
      // A word may go on in the next text object (pdfmake writes each character in its own).
    }
  }
  flush();
  return out;
}

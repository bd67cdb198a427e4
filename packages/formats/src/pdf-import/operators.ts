/**
 * Ruling lines from a page's drawing operators: stroked axis-parallel path segments, and thin
 * filled rectangles (how LibreOffice and many report writers draw cell borders), in page
 * coordinates with the origin at the top left. White lines are not rules.
 */
import type { HRule, VRule } from '../page-grid/types';
import type { PdfJs } from './pdfjs';

// pdf.js's path commands inside constructPath (its DrawOPS, not exported by the package).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** An affine matrix [a b c d e f], as PDF writes them. */
export type M = number[];
/** The product a × b of two matrices (b applied first). */
export const mul = (a: M, b: M): M => [
  a[0] * b[0] + a[2] * b[1],
  a[1] * b[0] + a[3] * b[1],
  a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3],
  a[0] * b[4] + a[2] * b[5] + a[4],
  a[1] * b[4] + a[3] * b[5] + a[5],
];
const apply = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A rectangle thinner than this (in page units) is a line, not a shaded cell. */
const THIN = 2.5;
/** Operators read per page at most: a pathological page stops contributing rules beyond it. */
const MAX_OPS = 500_000;

/** The rules a page draws; `view` is the viewport transform (PDF space → top-left page space). */
export function pageRules(lib: PdfJs, ops: { fnArray: number[]; argsArray: unknown[][] }, view: M): { h: HRule[]; v: VRule[] } {
  const O = lib.OPS;
  const strokes = new Set([O.stroke, O.closeStroke, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const fills = new Set([O.fill, O.eoFill, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const h: HRule[] = [];
  const v: VRule[] = [];
  let st = { ctm: view, white: { stroke: false, fill: false } };
  const stack: (typeof st)[] = [];
  const n = Math.min(ops.fnArray.length, MAX_OPS);
  for (let i = 0; i < n; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === O.save || fn === O.paintFormXObjectBegin) {
      stack.push(st);
      st = { ...st, white: { ...st.white } };
      if (fn === O.paintFormXObjectBegin && Array.isArray(args?.[0]) && args[0].length === 6) st.ctm = mul(st.ctm, args[0] as M);
    } else if (fn === O.restore || fn === O.paintFormXObjectEnd) {
      st = stack.pop() ?? st;
    } else if (fn === O.transform && args?.length === 6) {
      st.ctm = mul(st.ctm, args as M);
    } else if (fn === O.setStrokeRGBColor || fn === O.setFillRGBColor) {
      const white = isWhite(args?.[0]);
      if (fn === O.setStrokeRGBColor) st.white.stroke = white;
      else st.white.fill = white;
    } else if (fn === O.constructPath) {
      const op = args?.[0] as number;
      const data = (args?.[1] as unknown[] | undefined)?.[0];
      if (!(data instanceof Float32Array)) continue;
      const paths = subpaths(data, st.ctm);
      if (strokes.has(op) && !st.white.stroke) for (const p of paths) strokeRules(p, h, v);
      if (fills.has(op) && !st.white.fill) for (const p of paths) fillRule(p, h, v);
    }
  }
  return { h, v };
}

function isWhite(c: unknown): boolean {
  return typeof c === 'string' && /^#(f[a-f0-9]){3}$/i.test(c) && parseInt(c.slice(1, 3), 16) > 0xf0 && parseInt(c.slice(3, 5), 16) > 0xf0 && parseInt(c.slice(5, 7), 16) > 0xf0;
}

/** Polylines of a path in page space; curves break a polyline (they are never table rules). */
function subpaths(d: Float32Array, ctm: M): { pts: [number, number][]; closed: boolean }[] {
  const out: { pts: [number, number][]; closed: boolean }[] = [];
  let cur: { pts: [number, number][]; closed: boolean } | null = null;
  for (let k = 0; k < d.length; ) {
    const c = d[k++];
    if (c === MOVE) {
      cur = { pts: [apply(ctm, d[k], d[k + 1])], closed: false };
      out.push(cur);
      k += 2;
    } else if (c === LINE) {
      const p = apply(ctm, d[k], d[k + 1]);
      if (cur) cur.pts.push(p);
      else out.push((cur = { pts: [p], closed: false }));
      k += 2;
    } else if (c === CURVE) {
      cur = { pts: [apply(ctm, d[k + 4], d[k + 5])], closed: false };
      out.push(cur);
      k += 6;
    } else if (c === QUAD) {
      cur = { pts: [apply(ctm, d[k + 2], d[k + 3])], closed: false };
      out.push(cur);
      k += 4;
    } else if (c === CLOSE) {
      if (cur) cur.closed = true;
    } else break;
  }
  return out;
}

function strokeRules(p: { pts: [number, number][]; closed: boolean }, h: HRule[], v: VRule[]): void {
  const pts = p.closed && p.pts.length > 2 ? [...p.pts, p.pts[0]] : p.pts;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1];
    const [x1, y1] = pts[i];
    if (Math.abs(y1 - y0) <= 0.5 && Math.abs(x1 - x0) > 0.5) h.push({ y: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
    else if (Math.abs(x1 - x0) <= 0.5 && Math.abs(y1 - y0) > 0.5) v.push({ x: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
  }
}

function fillRule(p: { pts: [number, number][] }, h: HRule[], v: VRule[]): void {
  if (p.pts.length < 3 || p.pts.length > 6) return;
  const xs = p.pts.map((q) => q[0]);
  const ys = p.pts.map((q) => q[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Only axis-parallel rectangles: every corner on the bounding box.
  if (!p.pts.every(([x, y]) => (Math.abs(x - x0) < 0.3 || Math.abs(x - x1) < 0.3) && (Math.abs(y - y0) < 0.3 || Math.abs(y - y1) < 0.3))) return;
  const w = x1 - x0;
  const hh = y1 - y0;
  if (hh <= THIN && w > 3 * hh) h.push({ y: (y0 + y1) / 2, a: x0, b: x1 });
  else if (w <= THIN && hh > 3 * w) v.push({ x: (x0 + x1) / 2, a: y0, b: y1 });
}

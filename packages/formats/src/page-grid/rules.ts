/**
 * Ruling lines as drawn are many short pieces (one per cell edge, doubled at shared borders, a
 * little apart where line widths differ): join the pieces that lie on one line and touch.
 */
import type { HRule, VRule } from './types';

interface Seg {
  at: number;
  a: number;
  b: number;
}

/** Merge segments that lie within `tol` of one position and overlap or nearly touch. */
function mergeSegs(segs: Seg[], tol: number, minLength: number): Seg[] {
  const sorted = segs.filter((s) => Number.isFinite(s.at) && Number.isFinite(s.a) && Number.isFinite(s.b)).sort((p, q) => p.at - q.at);
  // Group by position: a new group starts where the gap to the previous position exceeds tol.
  const groups: Seg[][] = [];
  for (const s of sorted) {
    const g = groups[groups.length - 1];
    if (g && s.at - g[g.length - 1].at <= tol) g.push(s);
    else groups.push([s]);
  }
  const out: Seg[] = [];
  for (const g of groups) {
    const at = g.reduce((n, s) => n + s.at, 0) / g.length;
    const spans = g.map((s) => ({ a: Math.min(s.a, s.b), b: Math.max(s.a, s.b) })).sort((p, q) => p.a - q.a);
    let cur = { ...spans[0] };
    for (const s of spans.slice(1)) {
      if (s.a <= cur.b + tol) cur.b = Math.max(cur.b, s.b);
      else {
        out.push({ at, ...cur });
        cur = { ...s };
      }
    }
    out.push({ at, ...cur });
  }
  return out.filter((s) => s.b - s.a >= minLength);
}

/** Horizontal rules merged; pieces shorter than `minLength` (tick marks, underlines of a glyph) dropped. */
export function mergeH(h: HRule[], tol: number, minLength: number): HRule[] {
  return mergeSegs(h.map((r) => ({ at: r.y, a: r.a, b: r.b })), tol, minLength).map((s) => ({ y: s.at, a: s.a, b: s.b }));
}

/** Vertical rules merged, likewise. */
export function mergeV(v: VRule[], tol: number, minLength: number): VRule[] {
  return mergeSegs(v.map((r) => ({ at: r.x, a: r.a, b: r.b })), tol, minLength).map((s) => ({ x: s.at, a: s.a, b: s.b }));
}

/** Positions within `tol` of each other clustered to their mean, sorted. */
export function clusterPositions(values: number[], tol: number): number[] {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of s) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1] <= tol) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((n, v) => n + v, 0) / g.length);
}

/**
 * Tables on a page: the ruling lines that cross or touch each other form one frame. A frame with
 * inner rules in both directions is a table; its rules give the row and column boundaries.
 */
import { clusterPositions } from './rules';
import type { HRule, VRule } from './types';

/** A table's frame: its rules and the boundaries they define (sorted). */
export interface TableFrame {
  h: HRule[];
  v: VRule[];
  ys: number[];
  xs: number[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** More rules than this on a page (after merging) is a drawing, not a table: rules are ignored. */
export const MAX_RULES = 3000;

/** Group the page's merged rules into table frames; `tol` is how near lines must come to touch. */
export function findTables(h: HRule[], v: VRule[], tol: number): TableFrame[] {
  if (h.length + v.length > MAX_RULES) return [];
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let i = 0; i < h.length; i++)
    for (let j = 0; j < v.length; j++) {
      const a = h[i];
      const b = v[j];
      if (b.x >= a.a - tol && b.x <= a.b + tol && a.y >= b.a - tol && a.y <= b.b + tol) parent[find(i)] = find(h.length + j);
    }
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  const group = (i: number) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((r, j) => group(h.length + j).v.push(r));
  const out: TableFrame[] = [];
  for (const g of groups.values()) {
    const ys = clusterPositions(g.h.map((r) => r.y), tol);
    const xs = clusterPositions(g.v.map((r) => r.x), tol);
    // A box around text (two lines each way) is a frame, not a table: its text is read as lines.
    if (ys.length < 2 || xs.length < 2 || ys.length + xs.length < 5) continue;
    out.push({ h: g.h, v: g.v, ys, xs, x0: xs[0], x1: xs[xs.length - 1], y0: ys[0], y1: ys[ys.length - 1] });
  }
  return out.sort((p, q) => p.y0 - q.y0 || p.x0 - q.x0);
}

/** The frame with more column boundaries (a table continued from another page shares its columns). */
export function withColumns(t: TableFrame, xs: number[], tol: number): TableFrame {
  const inside = xs.filter((x) => x > t.x0 + tol && x < t.x1 - tol);
  return { ...t, xs: clusterPositions([...t.xs, ...inside], tol) };
}

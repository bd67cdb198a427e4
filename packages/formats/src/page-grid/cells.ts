/**
 * A table frame to rows of cells. The boundaries cut the table into elementary cells; where the
 * rule between two neighbours is missing they are one merged cell, whose text is given once, at
 * its top-left position, with empty cells over the rest — as the xlsx and docx readers give it.
 */
import type { TableFrame } from './tables';
import { borderSpeck, cleanOcrText } from './ocr-text';
import { cellText, toLines } from './text-join';
import type { HRule, PageCell, VRule, Word } from './types';

/** Rows of a table (each as many cells as the table has columns) and the words it took. */
export interface TableRows {
  rows: { cells: PageCell[]; y: number }[];
  used: Set<Word>;
}

/** Index of the interval of sorted `bounds` holding `p`, or -1 outside. */
function slot(bounds: number[], p: number): number {
  if (p < bounds[0] || p > bounds[bounds.length - 1]) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How much of [a, b] the rules at position `at` (within tol) cover, as a share. */
function covered(rules: { at: number; a: number; b: number }[], at: number, a: number, b: number, tol: number): number {
  let sum = 0;
  for (const r of rules) if (Math.abs(r.at - at) <= tol) sum += Math.max(0, Math.min(r.b, b) - Math.max(r.a, a));
  return b > a ? sum / (b - a) : 1;
}

/** Rebuild the rows of one table from its frame and the page's words. */
export function tableRows(t: TableFrame, words: Word[], tol: number): TableRows {
  const { xs, ys } = t;
  const R = ys.length - 1;
  const C = xs.length - 1;
  const hs = t.h.map((r: HRule) => ({ at: r.y, a: r.a, b: r.b }));
  const vs = t.v.map((r: VRule) => ({ at: r.x, a: r.a, b: r.b }));
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Keep the smaller index as the root, so a merged cell's root is its top-left piece.
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && covered(vs, xs[c + 1], ys[r], ys[r + 1], tol) < 0.5) union(r * C + c, r * C + c + 1);
      if (r + 1 < R && covered(hs, ys[r + 1], xs[c], xs[c + 1], tol) < 0.5) union(r * C + c, (r + 1) * C + c);
    }
  const inCell = new Map<number, Word[]>();
  const used = new Set<Word>();
  for (const w of words) {
    const r = slot(ys, (w.y0 + w.y1) / 2);
    const c = slot(xs, (w.x0 + w.x1) / 2);
    if (r < 0 || c < 0) continue;
    used.add(w);
    const root = find(r * C + c);
    let list = inCell.get(root);
    if (!list) inCell.set(root, (list = []));
    list.push(w);
  }
  // The right edge of each merged cell: the rightmost column any of its pieces reaches.
  const right = new Map<number, number>();
  for (let i = 0; i < R * C; i++) {
    const root = find(i);
    right.set(root, Math.max(right.get(root) ?? -Infinity, xs[(i % C) + 1]));
  }
  const rows: TableRows['rows'] = [];
  for (let r = 0; r < R; r++) {
    const cells: PageCell[] = [];
    for (let c = 0; c < C; c++) {
      const i = r * C + c;
      const list = find(i) === i ? inCell.get(i) : undefined;
      if (!list?.length) {
        cells.push({ text: '' });
        continue;
      }
      const kept = list.filter((w) => !borderSpeck(w, xs[c], right.get(i)!));
      if (!kept.length) {
        cells.push({ text: '' });
        continue;
      }
      const confs = kept.map((w) => w.conf).filter((x): x is number => x !== undefined);
      const raw = cellText(toLines(kept), right.get(i)!);
      const text = confs.length ? cleanOcrText(raw) : raw;
      cells.push(confs.length ? { text, conf: Math.min(...confs) } : { text });
    }
    rows.push({ cells, y: ys[r] });
  }
  return { rows, used };
}

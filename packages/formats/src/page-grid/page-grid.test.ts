/**
 * The grid rebuilder on made-up pages: merged cells from missing rules, free lines around a
 * table, and (property) any layout of words and rules ends in rows, never an exception or a hang.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readForms } from '../grid/read-forms';
import { documentGrid } from './document';
import type { HRule, PageLayout, VRule, Word } from './types';

const word = (text: string, x0: number, y0: number, size = 10): Word => ({ text, x0, y0, x1: x0 + size * [...text].length, y1: y0 + size });

/** A table with rows at ys and columns at xs; `skipV` leaves out inner rules (row, col index) to merge. */
function table(xs: number[], ys: number[], skipV: [number, number][] = []): { h: HRule[]; v: VRule[] } {
  const h = ys.map((y) => ({ y, a: xs[0], b: xs[xs.length - 1] }));
  const v: VRule[] = [];
  for (let r = 0; r + 1 < ys.length; r++)
    xs.forEach((x, c) => {
      if (!skipV.some(([sr, sc]) => sr === r && sc === c)) v.push({ x, a: ys[r], b: ys[r + 1] });
    });
  return { h, v };
}

describe('page grid', () => {
  it('gives a merged cell its text once, at its first column, and keeps lines outside the table', () => {
    const xs = [10, 110, 210, 310];
    const ys = [50, 70, 90];
    const page: PageLayout = {
      width: 400,
      height: 300,
      ...table(xs, ys, [[0, 2]]),
      words: [word('标题', 100, 20), word('甲', 20, 55), word('乙丙', 120, 55), word('一', 20, 75), word('二', 120, 75), word('三', 220, 75), word('签名：张三', 20, 120)],
    };
    const g = documentGrid([{ number: 1, layout: page }]);
    expect(g.rows.map((r) => r.map((c) => c.text))).toEqual([['标题'], ['甲', '乙丙', ''], ['一', '二', '三'], ['签名：张三']]);
    expect(g.rows[1][1].location).toBe('page 1, table 1, row 1, cell 2');
    expect(g.pageOf).toEqual([1, 1, 1, 1]);
  });

  it('joins a wrapped cell without spaces in Chinese and keeps columns over a page break', () => {
    const xs = [10, 110, 210];
    const p1: PageLayout = { width: 300, height: 300, ...table(xs, [50, 90]), words: [word('报名参加地州', 15, 55), word('市初选赛', 15, 70), word('A', 120, 55)] };
    // Page 2 continues the table with the inner rule missing on its only row: one merged cell.
    const p2: PageLayout = { width: 300, height: 300, h: [{ y: 10, a: 10, b: 210 }, { y: 30, a: 10, b: 210 }, { y: 50, a: 10, b: 210 }], v: [{ x: 10, a: 10, b: 50 }, { x: 210, a: 10, b: 50 }, { x: 110, a: 10, b: 30 }], words: [word('跨页', 20, 35)] };
    const g = documentGrid([{ number: 1, layout: p1 }, { number: 2, layout: p2 }]);
    expect(g.rows.map((r) => r.map((c) => c.text))).toEqual([['报名参加地州市初选赛', 'A'], ['', ''], ['跨页', '']]);
    expect(g.pageOf).toEqual([1, 2, 2]);
  });

  const num = fc.double({ min: -50, max: 1000, noNaN: true });
  const wordArb = fc.record({ text: fc.string({ maxLength: 6 }), x0: num, y0: num, x1: num, y1: num, conf: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }) });
  const hArb = fc.record({ y: num, a: num, b: num });
  const vArb = fc.record({ x: num, a: num, b: num });
  const pageArb = fc.record({ width: fc.double({ min: 1, max: 1000, noNaN: true }), height: fc.double({ min: 1, max: 1000, noNaN: true }), words: fc.array(wordArb, { maxLength: 60 }), h: fc.array(hArb, { maxLength: 30 }), v: fc.array(vArb, { maxLength: 30 }) });

  test.prop([fc.array(pageArb, { minLength: 1, maxLength: 3 })], { numRuns: 150 })('any layout ends in rows and a result or a typed error', (pages) => {
    const g = documentGrid(pages.map((layout, i) => ({ number: i + 1, layout })));
    expect(g.rows.length).toBe(g.pageOf.length);
    for (const r of g.rows) for (const c of r) expect(typeof c.text).toBe('string');
    const r = readForms(g.rows);
    if (!r.ok) expect(r.issues[0].code).toMatch(/^[a-z-]+$/);
  });

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: 40 })], { numRuns: 100 })('a ruled grid with random rules missing keeps one row per row boundary pair, every word placed once', (missing) => {
    const xs = [0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500];
    const ys = xs.map((x) => x + 100);
    const t = table(xs, ys, missing);
    const words: Word[] = [];
    for (let r = 0; r < 10; r++) for (let c = 0; c < 10; c++) words.push(word(`${r}${c}`, xs[c] + 5, ys[r] + 5));
    const g = documentGrid([{ number: 1, layout: { width: 600, height: 700, words, ...t } }]);
    expect(g.rows).toHaveLength(10);
    const all = g.rows.flatMap((r) => r.map((c) => c.text)).join('').replace(/\s/g, '');
    expect(all.length).toBe(200);
  });
});

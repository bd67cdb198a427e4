/** The image steps before tesseract: skew found and undone, ruling lines found and painted out, signs read from glyphs. */
import { describe, expect, it } from 'vitest';
import { estimateSkew, rotate, upscale } from './deskew';
import { comparisonSign } from './glyph';
import type { Gray } from './gray';
import { eraseRules, findRasterRules } from './raster-rules';
import { parseTsv } from './tsv';

function blank(w: number, h: number): Gray {
  return { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
}
function line(img: Gray, x0: number, y0: number, x1: number, y1: number): void {
  const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= n; i++) {
    const x = Math.round(x0 + ((x1 - x0) * i) / n);
    const y = Math.round(y0 + ((y1 - y0) * i) / n);
    for (let d = 0; d < 2; d++) img.data[(y + d) * img.width + x] = 0;
  }
}
/** A ruled table of 5 rows and 4 columns. */
function grid(): Gray {
  const img = blank(800, 600);
  for (let r = 0; r <= 5; r++) line(img, 100, 100 + 80 * r, 700, 100 + 80 * r);
  for (let c = 0; c <= 4; c++) line(img, 100 + 150 * c, 100, 100 + 150 * c, 500);
  return img;
}

describe('ocr image steps', () => {
  it('finds the rules of a table and paints them out', () => {
    const img = grid();
    const rules = findRasterRules(img);
    expect(new Set(rules.h.map((r) => Math.round(r.y / 10))).size).toBe(6);
    expect(new Set(rules.v.map((r) => Math.round(r.x / 10))).size).toBe(5);
    expect(eraseRules(img, rules).data.every((p) => p === 255)).toBe(true);
  });

  it('measures a turn of 2° and undoes it', () => {
    const turned = rotate(grid(), -2);
    expect(Math.abs(estimateSkew(turned) - 2)).toBeLessThanOrEqual(0.2);
    expect(estimateSkew(grid())).toBe(0);
    const back = rotate(turned, estimateSkew(turned));
    expect(findRasterRules(back).h.filter((r) => r.b - r.a > 500).length).toBeGreaterThanOrEqual(6);
  });

  it('scales a small scan up to about 300 dpi and leaves a large one', () => {
    expect(upscale(blank(1240, 1754)).height).toBe(3508);
    expect(upscale(blank(2480, 3508)).width).toBe(2480);
  });

  it('reads ≥, ≤ and > from the glyph, and nothing from other strokes', () => {
    const ge = blank(40, 40);
    line(ge, 8, 5, 30, 14);
    line(ge, 30, 14, 8, 23);
    line(ge, 8, 30, 30, 30);
    expect(comparisonSign(ge, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe('≥');
    const le = blank(40, 40);
    line(le, 30, 5, 8, 14);
    line(le, 8, 14, 30, 23);
    line(le, 8, 30, 30, 30);
    expect(comparisonSign(le, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe('≤');
    const gt = blank(40, 40);
    line(gt, 8, 5, 30, 14);
    line(gt, 30, 14, 8, 23);
    expect(comparisonSign(gt, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe('>');
    const cross = blank(40, 40);
    line(cross, 5, 20, 35, 20);
    line(cross, 20, 5, 20, 35);
    expect(comparisonSign(cross, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe(null);
  });

  it('parses tesseract tsv words with their boxes, confidence and line', () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t\n5\t1\t1\t1\t1\t1\t10\t10\t30\t20\t91.5\t项目\n5\t1\t1\t1\t1\t2\t50\t10\t30\t20\t-1\t \n';
    expect(parseTsv(tsv)).toEqual([{ text: '项目', x0: 10, y0: 10, x1: 40, y1: 30, conf: 91.5, order: 0, line: 1001001 }]);
  });
});

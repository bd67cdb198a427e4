/** The image steps before tesseract: skew found and undone, ruling lines found and painted out, signs read from glyphs. */
import { describe, expect, it } from 'vitest';
import { estimateSkew, rotate, upscale } from './deskew';
import { comparisonSign } from './glyph';
import { phraseImage, settleRereads, unsurePhrases } from './reread';
import { fixSigns } from './signs';
import type { Word } from '../page-grid/types';
import type { Gray } from './gray';
import { eraseRules, findRasterRules } from './raster-rules';
import { parseTsv } from './tsv';

function blank(w: number, h: number): Gray {
  return { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
}
function line(img: Gray, x0: number, y0: number, x1: number, y1: number, ink = 0): void {
  const n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= n; i++) {
    const x = Math.round(x0 + ((x1 - x0) * i) / n);
    const y = Math.round(y0 + ((y1 - y0) * i) / n);
    for (let d = 0; d < 2; d++) img.data[(y + d) * img.width + x] = ink;
  }
}
/** A serif ⩾ at x: the chevron and, under it, a bar slanted parallel to its lower arm. */
function slantedGe(img: Gray, x: number, ink = 0): void {
  line(img, x, 5, x + 22, 14, ink);
  line(img, x + 22, 14, x, 23, ink);
  line(img, x + 22, 22, x, 31, ink);
}
const word = (text: string, x0: number, x1: number, conf: number): Word => ({ text, x0, y0: 5, x1, y1: 35, conf, line: 1 });
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

  it('reads a serif ⩾ with its slanted bar, and one scanned pale grey (a fixed ink level lost its hairlines)', () => {
    const ge = blank(40, 40);
    slantedGe(ge, 8);
    expect(comparisonSign(ge, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe('≥');
    const pale = blank(40, 40);
    slantedGe(pale, 8, 165);
    expect(comparisonSign(pale, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe('≥');
    // Grey paper is no ink: a faint smudge reads as nothing.
    const smudge = blank(40, 40);
    slantedGe(smudge, 8, 235);
    expect(comparisonSign(smudge, { x0: 0, y0: 0, x1: 40, y1: 40 }, 30)).toBe(null);
  });

  it('gives a sign read as two characters back as one, and drops a piece of its glyph read as a character', () => {
    const img = blank(120, 40);
    slantedGe(img, 8);
    expect(fixSigns([word('>>600人', 6, 100, 40)], img).map((w) => w.text)).toEqual(['≥600人']);
    // "和" over the glyph's left half, "之" over the rest, then the number.
    const split = fixSigns([word('和', 6, 18, 40), word('之', 18, 32, 50), word('5', 40, 52, 90)], img);
    expect(split.map((w) => w.text)).toEqual(['≥', '5']);
    // A confident character beside the sign is text, not a piece of it.
    expect(fixSigns([word('约', 0, 12, 95), word('之', 12, 32, 50), word('5', 40, 52, 90)], img).map((w) => w.text)).toEqual(['约', '≥', '5']);
  });

  it('reads again the unsure numbers, each with the words beside it in its cell', () => {
    const words = [word('完成', 0, 40, 95), word('5', 40, 60, 45), word('家', 60, 80, 90), word('15', 120, 150, 96), word('2020', 200, 260, 92), word('年', 240, 262, 40)];
    // A rule at x = 100 closes the first cell; the second cell's number is sure; the third's unsure word holds no digit.
    expect(unsurePhrases(words, [{ x: 100, a: 0, b: 100 }, { x: 180, a: 0, b: 100 }])).toEqual([[0, 1, 2]]);
    // Without the rules the line is one run.
    expect(unsurePhrases(words, [])).toEqual([[0, 1, 2, 3, 4, 5]]);
    // The crop of the run, with a white margin, says where it lies on the page.
    const img = blank(200, 60);
    img.data[20 * 200 + 50] = 0;
    const { image, dx, dy } = phraseImage(img, words, [0, 1, 2]);
    const dark = image.data.findIndex((p) => p === 0);
    expect([(dark % image.width) + dx, Math.floor(dark / image.width) + dy]).toEqual([50, 20]);
    expect(image.data.filter((p) => p === 0).length).toBe(1);
    expect(image.width).toBeGreaterThan(80 + 2 * 15);
  });

  it('takes a second reading that is clearly surer, and puts in doubt a number read twice with different digits', () => {
    const words = [word('完成', 0, 40, 95), word('5', 40, 60, 45), word('家', 60, 80, 90), word('3.85966', 120, 180, 67)];
    const phrases = [[0, 1, 2], [3]];
    const surer = settleRereads(words, phrases, new Map([[1, [word('完成15家', 0, 80, 90)]], [2, [word('3.85966', 120, 180, 70)]]]));
    expect(surer.map((w) => [w.text, w.conf])).toEqual([['完成15家', 90], ['3.85966', 67]]);
    // 3.8966 against 3.85966, neither clearly surer: below the confidence scoring uses, and the sign check does not lift it.
    const doubt = settleRereads(words, phrases, new Map([[2, [word('3.8966', 120, 180, 72)]]]));
    expect(doubt[3]).toMatchObject({ text: '3.85966', doubted: true });
    expect(doubt[3].conf).toBeLessThan(30);
    expect(doubt.slice(0, 3)).toEqual(words.slice(0, 3));
    const signed = blank(200, 40);
    slantedGe(signed, 8);
    const checked = fixSigns([{ ...doubt[3], x0: 6, x1: 100, text: '之3.85966' }], signed)[0];
    expect(checked.text).toBe('≥3.85966');
    expect(checked.conf).toBeLessThan(30);
    // A second reading with no number in it says nothing about the first.
    expect(settleRereads(words, phrases, new Map([[2, [word('元', 120, 180, 50)]]]))).toEqual(words);
  });

  it('parses tesseract tsv words with their boxes, confidence and line', () => {
    const tsv = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t\n5\t1\t1\t1\t1\t1\t10\t10\t30\t20\t91.5\t项目\n5\t1\t1\t1\t1\t2\t50\t10\t30\t20\t-1\t \n';
    expect(parseTsv(tsv)).toEqual([{ text: '项目', x0: 10, y0: 10, x1: 40, y1: 30, conf: 91.5, order: 0, line: 1001001 }]);
  });
});

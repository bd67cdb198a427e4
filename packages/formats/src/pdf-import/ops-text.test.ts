/**
 * Words from the operator list: glyphs that follow on from one another on a line are one word, a
 * gap (a TJ adjustment or a new text matrix) starts another, a space ends one, and a vertical font
 * is left to getTextContent (null).
 */
import { describe, expect, it } from 'vitest';
import { opsWords, type FontInfo } from './ops-text';
import { pdfjs } from './pdfjs';

const FONT: FontInfo = { ascent: 0.9, descent: -0.1, vertical: false, fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
// The page space of an A4 page: PDF's y up turned into y down from the top.
const VIEW = [1, 0, 0, -1, 0, 842];
const g = (unicode: string, width = 1000) => ({ unicode, width, isSpace: unicode === ' ' });

async function words(build: (O: Record<string, number>) => [number, unknown[]][], font: FontInfo = FONT) {
  const lib = await pdfjs();
  const list = build(lib.OPS);
  return opsWords(lib, { fnArray: list.map((x) => x[0]), argsArray: list.map((x) => x[1]) }, VIEW, () => font, 100);
}

describe('opsWords', () => {
  it('joins characters drawn one by one (as pdfmake does) into one word with its box', async () => {
    const w = await words((O) => [
      [O.beginText, []], [O.setFont, ['f1', 10]], [O.setTextMatrix, [[1, 0, 0, 1, 100, 742]]], [O.showText, [[g('满'), g('意')]]], [O.endText, []],
      [O.beginText, []], [O.setFont, ['f1', 10]], [O.setTextMatrix, [[1, 0, 0, 1, 120, 742]]], [O.showText, [[g('度')]]], [O.endText, []],
    ]);
    expect(w).toEqual([{ text: '满意度', x0: 100, x1: 130, y0: 91, y1: 101 }]);
  });

  it('starts a new word after a gap, a TJ adjustment or a space, and on another line', async () => {
    const w = await words((O) => [
      [O.beginText, []], [O.setFont, ['f1', 10]], [O.setTextMatrix, [[1, 0, 0, 1, 100, 742]]],
      [O.showText, [[g('一'), -3000, g('二'), g(' ', 250), g('三')]]],
      [O.moveText, [0, -12]], [O.showText, [[g('四')]]],
      [O.setTextMatrix, [[1, 0, 0, 1, 200, 742]]], [O.showText, [[g('五')]]],
      [O.endText, []],
    ]);
    expect(w?.map((x) => [x.text, x.x0, x.y0])).toEqual([['一', 100, 91], ['二', 140, 91], ['三', 152.5, 91], ['四', 100, 103], ['五', 200, 91]]);
  });

  it('follows the transformation, character spacing and horizontal scale', async () => {
    const w = await words((O) => [
      [O.save, []], [O.transform, [2, 0, 0, 2, 0, 0]],
      [O.beginText, []], [O.setFont, ['f1', 5]], [O.setCharSpacing, [1]], [O.setHScale, [50]], [O.setTextMatrix, [[1, 0, 0, 1, 50, 371]]],
      [O.showText, [[g('甲'), g('乙')]]], [O.endText, []], [O.restore, []],
    ]);
    // 5 pt at scale 2 is 10 pt high; a glyph is 5 × 0.5 × 2 = 5 pt wide and advances (5 + 1) × 0.5 × 2 = 6 pt.
    expect(w).toEqual([{ text: '甲乙', x0: 100, x1: 111, y0: 91, y1: 101 }]);
  });

  it('leaves a page with a vertical font to getTextContent', async () => {
    await expect(words((O) => [[O.beginText, []], [O.setFont, ['f1', 10]], [O.showText, [[g('竖')]]]], { ...FONT, vertical: true })).resolves.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { borderSpeck, cleanOcrText, digitLookalikes, percentRings } from './ocr-text';

describe('digits OCR read as look-alikes', () => {
  it.each([
    ['≥1]次', '≥11次'],
    ['≥1|次', '≥11次'],
    [']5家', '15家'],
    ['IO', '10'],
    ['lOO', '100'],
    ['1O.5%', '10.5%'],
    ['邀请至少1]名专家', '邀请至少11名专家'],
    ['得分 2O', '得分 20'],
    ['邀请至少]名专家', '邀请至少1名专家'],
  ])('%s is %s', (read, meant) => expect(digitLookalikes(read)).toBe(meant));

  it.each([
    ['COVID-19 疫情', 'COVID-19 疫情'],
    ['I类项目', 'I类项目'],
    ['O', 'O'],
    ['l', 'l'],
    ['Windows 10', 'Windows 10'],
    ['[1]', '[1]'],
    ['见[附件]说明', '见[附件]说明'],
    ['a|b 丨', 'a|b 丨'],
    ['PM2.5', 'PM2.5'],
    ['1.2.3', '1.2.3'],
  ])('%s stays as read', (read, kept) => expect(digitLookalikes(read)).toBe(kept));

  it('is applied to a cell OCR read', () => {
    expect(cleanOcrText('“≥1]次')).toBe('≥11次');
  });

  test.prop([fc.string()])('never changes text without a look-alike, nor its length', (s) => {
    const out = digitLookalikes(s);
    expect(out.length).toBe(s.length);
    if (!/[Il|\]Oo]/.test(s)) expect(out).toBe(s);
  });
});

describe('a serif % read with a ring too many', () => {
  it.each([
    ['100%0', '100%'],
    ['100%4', '100%'],
    ['满意率达95%6以上', '满意率达95%以上'],
  ])('%s is %s', (read, meant) => expect(percentRings(read)).toBe(meant));

  it.each(['5%10', '-5%', '增长5%，', '12.5%', '%3', '5%1.2'])('%s stays as read', (kept) => expect(percentRings(kept)).toBe(kept));
});

describe('remains of a cell border read as a mark', () => {
  const w = (text: string, x0: number, conf: number) => ({ text, x0, x1: x0 + 15, y0: 0, y1: 50, conf });
  it('is a low-confidence mark against the left or right border', () => {
    expect(borderSpeck(w('。”', 280, 14), 0, 300)).toBe(true);
    expect(borderSpeck(w('“', 5, 30), 0, 300)).toBe(true);
  });
  it('is not a mark read with confidence, a mark inside the cell, a character, or a word from a text layer', () => {
    expect(borderSpeck(w('。', 280, 90), 0, 300)).toBe(false);
    expect(borderSpeck(w('。', 150, 14), 0, 300)).toBe(false);
    expect(borderSpeck(w('项', 280, 14), 0, 300)).toBe(false);
    expect(borderSpeck({ text: '。', x0: 280, x1: 295, y0: 0, y1: 50 }, 0, 300)).toBe(false);
  });
});

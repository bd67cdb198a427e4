import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { cleanOcrText, digitLookalikes } from './ocr-text';

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

/**
 * Values spelled in Chinese numerals, Unicode comparison signs and traditional characters read
 * exactly as their plain spelling (issue 10 item 4): a property per spelling, against the value
 * the generator chose.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toChineseNumeral } from './chinese-numerals';
import { damageOf } from './damage';
import { parseValue } from './parse';

const ctx = { year: 2021 };
const COUNT_UNIT = fc.constantFrom('次', '期', '家', '个', '场', '项', '人');
const pad = (n: number) => String(n).padStart(2, '0');
const yearDigits = (y: number) => [...String(y)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');

describe('Chinese-numeral phrases', () => {
  test.prop([fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('至', '到'), COUNT_UNIT])(
    'a range 三至五次 reads as the range of its two numerals',
    (a, b, sep, unit) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const v = parseValue(`${toChineseNumeral(lo)}${sep}${toChineseNumeral(hi)}${unit}`, ctx);
      expect(v).toMatchObject({ kind: 'range', low: String(lo), high: String(hi), unit });
    },
  );
  test.prop([fc.integer({ min: 0, max: 100 }), fc.constantFrom('', '不低于', '达到')])('百分之九十五 reads as 95%', (p, before) => {
    const v = parseValue(`${before}百分之${toChineseNumeral(p)}`, ctx);
    expect(v).toMatchObject({ kind: 'number', value: String(p), unit: '%', op: before === '不低于' ? '>=' : before === '达到' ? '>=' : null });
  });
  test.prop([fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })])(
    '二〇二〇年十月三十日 reads as the date it spells',
    (y, m, d) => {
      const v = parseValue(`${yearDigits(y)}年${toChineseNumeral(m)}月${toChineseNumeral(d)}日`, ctx);
      expect(v).toMatchObject({ kind: 'date', date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', yearInferred: false });
    },
  );
  test.prop([fc.integer({ min: 1, max: 12 })])('十月底前 is a deadline at the month\'s end, in the form\'s year', (m) => {
    const v = parseValue(`${toChineseNumeral(m)}月底前`, ctx);
    expect(v).toMatchObject({ kind: 'date', op: '<=', precision: 'month', yearInferred: true });
    expect((v as { date: string }).date.slice(0, 7)).toBe(`2021-${pad(m)}`);
  });
});

describe('comparison signs in every spelling', () => {
  const GE = ['≥', '≧', '⩾', '>=', '＞＝', '≮', '不低于', '不少于'];
  const LE = ['≤', '≦', '⩽', '<=', '＜＝', '≯', '不超过', '不高于'];
  test.prop([fc.constantFrom(...GE, ...LE), fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('家', '%', '万元', '人次', '個', '萬元')])(
    'each reads as the plain sign, on any number and unit',
    (sign, n, unit) => {
      const v = parseValue(`${sign}${n}${unit}`, ctx);
      const plainUnit = unit === '個' ? '个' : unit === '萬元' ? '万元' : unit;
      expect(v).toMatchObject({ kind: 'number', value: String(n), unit: plainUnit, op: GE.includes(sign) ? '>=' : '<=' });
    },
  );
  test.prop([fc.constantFrom('﹥', '＞', '>'), fc.constantFrom('﹤', '＜', '<'), fc.constantFrom('﹦', '＝', '=')])(
    'small and full-width forms of > < = are the plain ones',
    (gt, lt, eq) => {
      expect(parseValue(`${gt}90%`, ctx)).toMatchObject({ op: '>' });
      expect(parseValue(`${lt}5%`, ctx)).toMatchObject({ op: '<' });
      expect(parseValue(`${eq}100%`, ctx)).toMatchObject({ op: '=' });
    },
  );
});

describe('damage', () => {
  test.prop([fc.integer({ min: 0, max: 100 }), fc.constantFrom('≥', '≤', '', '=')])('a readable share is never damaged', (p, op) => {
    expect(damageOf(`${op}${p}%`, { share: true })).toBeNull();
  });
  test.prop([fc.integer({ min: 101, max: 999 })])('a share above 100% is', (p) => {
    expect(damageOf(`${p}%`, { share: true })).toBe('share-over-100');
    expect(damageOf(`${p}%`, { share: false })).toBeNull();
  });
  test.prop([fc.constantFrom('M', 'O', 'I', 'l', 'S'), fc.integer({ min: 0, max: 999 })])('a letter glued before an amount is', (c, n) => {
    expect(damageOf(`${c}${n}万元`, { share: false })).toBe('letter-in-number');
  });
  test.prop([fc.string({ maxLength: 40 }), fc.boolean()])('never throws', (text, share) => {
    expect(() => damageOf(text, { share })).not.toThrow();
  });
});

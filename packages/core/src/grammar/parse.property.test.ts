import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Big, canonical } from '../money';
import { parseValue } from './parse';
import type { Op } from './types';

const KINDS = ['empty', 'placeholder', 'number', 'range', 'date', 'qualitative', 'unknown'];

// Characters the grammar cares about, so random strings hit its paths and not only prose.
const GRAMMAR_CHARS = fc.constantFrom(
  ...'0123456789０１２３.,-~/%*≥≤<>=＞＜＝≧≦ 　年月日号底前后以上下内万亿元家人次个名期亩百分比达到不低于超过基本未完成明显提高中长期每第四季度(（)）—－…'.split(''),
);

describe('parseValue never throws', () => {
  test.prop([fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: -5000, max: 5000 })])(
    'any unicode string: a result whose text is the input',
    (text, year) => {
      const v = parseValue(text, { year });
      expect(KINDS).toContain(v.kind);
      expect(v.text).toBe(text);
    },
  );
  test.prop([fc.string({ unit: GRAMMAR_CHARS, maxLength: 40 })])('strings of grammar characters', (text) => {
    const v = parseValue(text, { year: 2020 });
    expect(KINDS).toContain(v.kind);
    expect(v.text).toBe(text);
    if (v.kind === 'number') expect(v.value).toMatch(/^-?\d+(\.\d+)?$/);
    if (v.kind === 'date') expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (v.kind === 'range') expect(new Big(v.low).lte(v.high)).toBe(true);
  });
  test.prop([fc.string({ unit: GRAMMAR_CHARS, minLength: 1, maxLength: 8 }), fc.integer({ min: 1000, max: 300_000 })], {
    numRuns: 20,
  })('huge repeated strings', (chunk, times) => {
    const text = chunk.repeat(times);
    const v = parseValue(text, { year: 2020 });
    expect(v.text).toBe(text);
  });
});

const OP_SPELLINGS: Record<Op, { before: string[]; after: string[] }> = {
  '>=': { before: ['≥', '>=', '≧', '＞＝', '大于等于', '大于或等于', '不少于', '不低于', '不小于', '至少', '达到'], after: ['以上', '及以上'] },
  '<=': { before: ['≤', '<=', '≦', '＜＝', '小于等于', '不超过', '不高于', '不大于', '不多于'], after: ['以下', '以内', '及以下'] },
  '>': { before: ['>', '＞', '大于', '超过', '高于', '多于'], after: [] },
  '<': { before: ['<', '＜', '小于', '低于', '少于'], after: [] },
  '=': { before: ['=', '＝', '等于'], after: [] },
};
const UNITS: [string, string | null][] = [
  ['', null],
  ['家', '家'],
  ['%', '%'],
  ['％', '%'],
  ['百分比', '%'],
  ['万元', '万元'],
  ['元', '元'],
  ['亿元', '亿元'],
  ['人次', '人次'],
  ['万亩', '万亩'],
  ['元/人', '元/人'],
  ['元/人*月', '元/人*月'],
  ['元/人·月', '元/人*月'],
  ['次', '次'],
  ['个', '个'],
  ['名', '名'],
  ['吨', '吨'],
];
const fullWidth = (s: string) => s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const number = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? int.toString() : `${int}.${frac}`));
const space = fc.constantFrom('', ' ', '  ', '\u3000');

describe('{op}{number}{unit} round-trips in every spelling', () => {
  test.prop([
    fc.constantFrom<Op | null>('>=', '<=', '>', '<', '=', null),
    fc.nat(20),
    number,
    fc.constantFrom(...UNITS),
    fc.boolean(),
    space,
    space,
  ])('op, value and unit', (op, pick, n, [unitText, unit], wide, s1, s2) => {
    let text: string;
    const digits = wide ? fullWidth(n) : n;
    if (op === null) text = `${digits}${s2}${unitText}`;
    else {
      const { before, after } = OP_SPELLINGS[op];
      const spellings = [...before.map((b) => [b, ''] as const), ...after.map((a) => ['', a] as const)];
      const [b, a] = spellings[pick % spellings.length];
      text = `${b}${s1}${digits}${s2}${unitText}${a}`;
    }
    expect(parseValue(text, { year: 2020 })).toEqual({ kind: 'number', text, op, value: canonical(new Big(n)), unit, prose: false });
  });
});

describe('dates round-trip in every style', () => {
  const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
  const STYLES: ((y: number, m: number, d: number) => [string, boolean])[] = [
    (y, m, d) => [`${y}年${m}月${d}日`, false],
    (y, m, d) => [`${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`, false],
    (y, m, d) => [`${y}.${m}.${d}`, false],
    (y, m, d) => [`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, false],
    (y, m, d) => [`${y}/${m}/${d}`, false],
    (y, m, d) => [fullWidth(`${y}年${m}月${d}日`), false],
    (_y, m, d) => [`${m}月${d}日`, true],
    (_y, m, d) => [`${m}月${d}号`, true],
    (_y, m, d) => [`${m}.${d}日`, true],
  ];
  test.prop([dates, fc.nat(STYLES.length - 1), fc.constantFrom(['', '='], ['前', '<='], ['之前', '<='], ['以后', '>='])])(
    'ISO date, op and inferred year',
    (dt, style, [suffix, op]) => {
      const y = dt.getUTCFullYear();
      const m = dt.getUTCMonth() + 1;
      const d = dt.getUTCDate();
      const [written, inferred] = STYLES[style](y, m, d);
      const text = `${written}${suffix}`;
      expect(parseValue(text, { year: y })).toEqual({
        kind: 'date',
        text,
        op,
        date: dt.toISOString().slice(0, 10),
        precision: 'day',
        yearInferred: inferred,
      });
    },
  );
  test.prop([fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })])('month deadlines end on the last day', (y, m) => {
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    expect(parseValue(`${m}月底前`, { year: y })).toMatchObject({ kind: 'date', op: '<=', date: last, precision: 'month' });
    expect(parseValue(`${y}年${m}月`, { year: 2000 })).toMatchObject({ kind: 'date', op: '=', date: last, yearInferred: false });
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { chineseNumeralsToDigits, readChineseNumeral, toChineseNumeral } from './chinese-numerals';
import { parseValue } from './parse';
import type { ParsedValue } from './types';

const ctx = { year: 2020 };
type Want = Omit<ParsedValue, 'text'>;
const num = (op: string | null, value: string, unit: string | null, prose = false) =>
  ({ kind: 'number', op, value, unit, prose }) as Want;

describe('Chinese numerals before a count unit are numbers', () => {
  const CASES: [string, Want][] = [
    ['完成两次', num(null, '2', '次', true)],
    ['三家', num(null, '3', '家')],
    ['实际完成六期', num(null, '6', '期', true)],
    ['十二个', num(null, '12', '个')],
    ['一十二个', num(null, '12', '个')],
    ['二十名', num(null, '20', '名')],
    ['一百家', num(null, '100', '家')],
    ['一百零五人', num(null, '105', '人')],
    ['两千人次', num(null, '2000', '人次')],
    ['一万零五十户', num(null, '10050', '户')],
    ['〇起', num(null, '0', '起')],
    ['零起', num(null, '0', '起')],
    ['≥三次', num('>=', '3', '次')],
    ['≥ 三 次', num('>=', '3', '次')],
    ['不少于两期', num('>=', '2', '期')],
    ['达到三家', num('>=', '3', '家')],
    ['五家以上', num('>=', '5', '家')],
    ['十二个月', num(null, '12', '个月')],
    ['两个工作日', num(null, '2', '工作日')],
    ['每周一次', num(null, '1', '次/周', true)],
    ['共三批，≥二十家', num('>=', '20', '家', true)],
    ['一次性补助3次', num(null, '3', '次', true)],
  ];
  it.each(CASES)('%j', (text, want) => {
    expect(parseValue(text, ctx)).toEqual({ ...want, text });
  });

  it('two counts in words are as ambiguous as two in digits', () => {
    expect(parseValue('完成三次，四家', ctx).kind).toBe('unknown');
    expect(parseValue('完成3次，4家', ctx).kind).toBe('unknown');
  });
});

describe('numerals inside other words stay words', () => {
  it('一定提高 stays a vague partial claim, as before', () => {
    expect(parseValue('一定提高', ctx)).toEqual({ kind: 'qualitative', text: '一定提高', grade: 'partial', vague: true });
  });
  it('一部分完成 and 一般 keep their grade', () => {
    expect(parseValue('一部分完成', ctx)).toMatchObject({ kind: 'qualitative', grade: 'partial' });
    expect(parseValue('一般', ctx)).toMatchObject({ kind: 'qualitative', grade: 'partial' });
  });
  const NOT_NUMBERS = [
    '一次性补助', '一次性', '一部分项目', '一些家庭', '一般项目', '一致好评', '一体化项目', '一流水平',
    '第一次', '第三期培训', '统一个人信息', '唯一一家', '一线人员', '服务三农', '十四五期间', '十三五期间',
    '一起完成', '一批项目', '一条龙服务', '一村一品', '三支一扶', '一户一档', '三门峡市', '五台山',
    '百家', '千家万户', '一百五人', '十四五个', '二二次', '一万五人', '每一次', '十亿人',
  ];
  it.each(NOT_NUMBERS)('%j is not read as a number', (text) => {
    const v = parseValue(text, ctx);
    expect(['number', 'range']).not.toContain(v.kind);
    expect(v.text).toBe(text);
    expect(chineseNumeralsToDigits(text)).toBe(text);
  });
  it('numerals without a count unit after them are left alone', () => {
    for (const t of ['2三次', '0.五个', '三年', '一年内', '五万元', '九成']) expect(chineseNumeralsToDigits(t)).toBe(t);
    // A month is a date, not a count: 十二月底前 reads as 12月底前.
    expect(chineseNumeralsToDigits('十二月底前')).toBe('12月底前');
    expect(parseValue('十二月底前', ctx).kind).toBe('date');
  });
});

// Independent spelling for the property: the classic digit-by-digit spelling with 零 collapsed.
const D = '零一二三四五六七八九';
function spell4(n: number): string {
  const s = String(n)
    .split('')
    .map((d, i, all) => (d === '0' ? '零' : D[Number(d)] + ['千', '百', '十', ''][4 - all.length + i]))
    .join('');
  return s.replace(/零+/g, '零').replace(/零$/, '');
}
function spell(n: number): string {
  if (n === 0) return '零';
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  let s = hi > 0 ? `${spell4(hi)}万${lo === 0 ? '' : lo < 1000 ? `零${spell4(lo)}` : spell4(lo)}` : spell4(lo);
  if (/^一十/.test(s)) s = s.slice(1);
  return s;
}

describe('properties', () => {
  test.prop([fc.integer({ min: 0, max: 99_999 })])('any integer 0–99999 in Chinese numerals + 次 is that integer', (n) => {
    const text = `${spell(n)}次`;
    expect(parseValue(text, ctx)).toEqual({ kind: 'number', text, op: null, value: String(n), unit: '次', prose: false });
  });
  test.prop([fc.integer({ min: 0, max: 99_999 }), fc.constantFrom('完成', '实际完成', '不少于', '≥')])(
    'with a word or comparison before it',
    (n, before) => {
      const v = parseValue(`${before}${spell(n)}次`, ctx);
      expect(v).toMatchObject({ kind: 'number', value: String(n), unit: '次' });
    },
  );
  test.prop([fc.integer({ min: 0, max: 99_999_999 })])('reading inverts spelling', (n) => {
    expect(toChineseNumeral(n)).toBe(spell(n));
    expect(readChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect(readChineseNumeral(toChineseNumeral(n).replace(/二(?=[千万])/g, '两'))).toBe(n);
  });
  const CHARS = fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿次家个人名期性定部分第每统唯农1.≥，'.split(''));
  test.prop([fc.string({ unit: CHARS, maxLength: 30 })])('numeral soup: never throws, numbers are integers', (text) => {
    const v = parseValue(text, ctx);
    expect(v.text).toBe(text);
    if (v.kind === 'number') expect(v.value).toMatch(/^-?\d+(\.\d+)?$/);
  });
});

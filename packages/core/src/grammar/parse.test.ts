import { describe, expect, it } from 'vitest';
import { parseValue } from './parse';
import type { ParsedValue } from './types';

const ctx = { year: 2020 };

type Case = [string, Omit<ParsedValue, 'text'>];
const num = (op: string | null, value: string, unit: string | null, prose = false) =>
  ({ kind: 'number', op, value, unit, prose }) as Omit<ParsedValue, 'text'>;
const date = (op: string, d: string, precision: string, yearInferred: boolean) =>
  ({ kind: 'date', op, date: d, precision, yearInferred }) as Omit<ParsedValue, 'text'>;
const qual = (grade: string | null, vague: boolean) => ({ kind: 'qualitative', grade, vague }) as Omit<ParsedValue, 'text'>;
const range = (low: string, high: string, unit: string | null, prose = false) =>
  ({ kind: 'range', low, high, unit, prose }) as Omit<ParsedValue, 'text'>;
const kind = (k: 'empty' | 'placeholder' | 'unknown') => ({ kind: k }) as Omit<ParsedValue, 'text'>;

const CASES: Case[] = [
  // comparisons and units
  ['≥20家', num('>=', '20', '家')],
  ['≥100百分比', num('>=', '100', '%')],
  ['不低于95%', num('>=', '95', '%')],
  ['≤90万元', num('<=', '90', '万元')],
  ['25万', num(null, '25', '万元')],
  ['90%以上', num('>=', '90', '%')],
  ['100%', num(null, '100', '%')],
  ['=1', num('=', '1', null)],
  ['>=', kind('unknown')],
  ['>=5', num('>=', '5', null)],
  ['<=5', num('<=', '5', null)],
  ['≧5', num('>=', '5', null)],
  ['≦5', num('<=', '5', null)],
  ['＝5', num('=', '5', null)],
  ['＞5', num('>', '5', null)],
  ['＜5', num('<', '5', null)],
  ['大于等于20家', num('>=', '20', '家')],
  ['不少于2次', num('>=', '2', '次')],
  ['不超过42万元', num('<=', '42', '万元')],
  ['5万元以内', num('<=', '5', '万元')],
  ['3%以下', num('<=', '3', '%')],
  ['达到90%', num('>=', '90', '%')],
  ['≥ 95 %', num('>=', '95', '%')],
  ['>= 98 %(百分比)', num('>=', '98', '%')],
  ['≥ 98 %（百分比）', num('>=', '98', '%')],
  ['元/人', kind('unknown')],
  ['800元/人', num(null, '800', '元/人')],
  ['>=530元/人*月', num('>=', '530', '元/人*月')],
  ['≥530元/人·月', num('>=', '530', '元/人*月')],
  ['<=5300元/户', num('<=', '5300', '元/户')],
  ['59人次', num(null, '59', '人次')],
  ['≥59人·次', num('>=', '59', '人次')],
  ['3万人次', num(null, '3', '万人次')],
  ['1.2万亩', num(null, '1.2', '万亩')],
  ['2.6亿元', num(null, '2.6', '亿元')],
  ['1100万元', num(null, '1100', '万元')],
  ['１２０家', num(null, '120', '家')],
  ['≥１．５万元', num('>=', '1.5', '万元')],
  ['每亩300', num(null, '300', null, true)],
  ['每亩300元', num(null, '300', '元/亩', true)],
  ['0起', num(null, '0', '起')],
  ['0', num(null, '0', null)],
  ['290%', num(null, '290', '%')],
  ['100.00', num(null, '100', null)],
  ['1,200人', num(null, '1200', '人')],
  ['100余家', num('>=', '100', '家')],
  ['≥9', num('>=', '9', null)],
  ['-5%', num(null, '-5', '%')],
  ['百分之95', num(null, '95', '%')],
  ['95﹪', num(null, '95', '%')],
  ['(1)≥20家', num('>=', '20', '家')],
  ['1、完成100家', num(null, '100', '家', true)],
  // numbers in prose
  ['满意率达95%以上', num('>=', '95', '%', true)],
  ['新增服务企业100家', num(null, '100', '家', true)],
  ['实际完成2次', num(null, '2', '次', true)],
  ['完成6期培训，900人', kind('unknown')],
  ['共3批，≥20家', num('>=', '20', '家', true)],
  ['2020年度完成100家', num(null, '100', '家', true)],
  ['2020年100家', num(null, '100', '家', true)],
  ['高于2019年水平', kind('unknown')],
  ['≤5个工作日', num('<=', '5', '工作日')],
  ['≥15%', num('>=', '15', '%')],
  ['≤5万元', num('<=', '5', '万元')],
  // ranges
  ['1-3次', range('1', '3', '次')],
  ['90%-100%', range('90', '100', '%')],
  ['90%～100%', range('90', '100', '%')],
  ['5万-10万元', range('5', '10', '万元')],
  ['3-1次', kind('unknown')],
  // dates
  ['2020年10月30日', date('=', '2020-10-30', 'day', false)],
  ['12月30日', date('=', '2020-12-30', 'day', true)],
  ['≤10.31日', date('<=', '2020-10-31', 'day', true)],
  ['2020年12月31日前', date('<=', '2020-12-31', 'day', false)],
  ['12月底前', date('<=', '2020-12-31', 'month', true)],
  ['年底前', date('<=', '2020-12-31', 'year', true)],
  ['9月前', date('<=', '2020-09-30', 'month', true)],
  ['11月底完成', date('<=', '2020-11-30', 'month', true)],
  ['10月31日', date('=', '2020-10-31', 'day', true)],
  ['2020.12.31', date('=', '2020-12-31', 'day', false)],
  ['2020-12-31', date('=', '2020-12-31', 'day', false)],
  ['2020/6/1', date('=', '2020-06-01', 'day', false)],
  ['12月', date('=', '2020-12-31', 'month', true)],
  ['2月', date('=', '2020-02-29', 'month', true)],
  ['2021年2月底', date('<=', '2021-02-28', 'month', false)],
  ['第四季度', date('<=', '2020-12-31', 'month', true)],
  ['上半年', date('<=', '2020-06-30', 'month', true)],
  ['2019年第四季度', date('<=', '2019-12-31', 'month', false)],
  ['1.年底前', date('<=', '2020-12-31', 'year', true)],
  ['截至2020年11月30日', date('<=', '2020-11-30', 'day', false)],
  ['10月1日以后', date('>=', '2020-10-01', 'day', true)],
  ['资金于12月30日拨付完毕', date('=', '2020-12-30', 'day', true)],
  ['2020年度', date('=', '2020-12-31', 'year', false)],
  ['2月30日', kind('unknown')],
  ['13月', kind('unknown')],
  ['10月1日-10月31日', kind('unknown')],
  ['≥2020年12月31日前', kind('unknown')],
  // qualitative
  ['达成预期指标', qual('achieved', false)],
  ['效果明显', qual('achieved', true)],
  ['明显提高', qual('achieved', true)],
  ['明显改善', qual('achieved', true)],
  ['有效促进', qual('achieved', true)],
  ['中长期', qual(null, true)],
  ['长期', qual(null, true)],
  ['逐步提升', qual(null, true)],
  ['逐年增加', qual(null, true)],
  ['进一步提高', qual(null, true)],
  ['持续提升', qual(null, true)],
  ['稳步提升', qual(null, true)],
  ['不断完善', qual(null, true)],
  ['显著', qual('achieved', false)],
  ['高', qual('achieved', false)],
  ['远高于预期数', qual('achieved', false)],
  ['企业经营能力明显提升', qual('achieved', true)],
  ['基本完成', qual('partial', false)],
  ['部分完成', qual('partial', false)],
  ['未完成', qual('not-achieved', false)],
  ['没有达到', qual('not-achieved', false)],
  ['尚未完成', qual('not-achieved', false)],
  ['已完成', qual('achieved', false)],
  ['是', qual('achieved', false)],
  ['否', qual('not-achieved', false)],
  ['差', qual('not-achieved', false)],
  ['一般', qual('partial', false)],
  ['较好', qual('achieved', false)],
  ['1、按时完成', qual('achieved', false)],
  ['未来三年持续提升', qual(null, true)],
  // empty and placeholders
  ['', kind('empty')],
  ['   ', kind('empty')],
  ['\t\n\u3000', kind('empty')],
  ['—', kind('placeholder')],
  ['——', kind('placeholder')],
  ['-', kind('placeholder')],
  ['/', kind('placeholder')],
  ['－', kind('placeholder')],
  ['无', kind('placeholder')],
  ['……', kind('placeholder')],
  ['≥**人', kind('placeholder')],
  ['(≥**人)', kind('placeholder')],
  ['（≥**%）', kind('placeholder')],
  // malformed
  ['≥', kind('unknown')],
  ['≥高', kind('unknown')],
  ['%%', kind('unknown')],
  ['1..2', kind('unknown')],
  ['≥≥5', kind('unknown')],
  ['≥5以下', kind('unknown')],
  ['5≥', kind('unknown')],
  ['100%%', kind('unknown')],
  ['abc', kind('unknown')],
  ['\u0000\uffff\ud800', kind('unknown')],
];

describe('parseValue: every documented case', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(parseValue(input, ctx)).toEqual({ ...expected, text: input });
  });
});

describe('parseValue: context', () => {
  it('takes a missing year from the form', () => {
    expect(parseValue('12月30日', { year: 2019 })).toMatchObject({ date: '2019-12-30', yearInferred: true });
  });
  it('is unknown for a yearless date when the form has no usable year', () => {
    expect(parseValue('12月30日', { year: Number.NaN })).toEqual({ kind: 'unknown', text: '12月30日' });
  });
  it('chooses the number whose unit matches the paired cell', () => {
    const text = '完成6期培训，900人';
    expect(parseValue(text, { year: 2020, unit: '人' })).toEqual({ ...num(null, '900', '人', true), text });
    expect(parseValue(text, { year: 2020, unit: '期' })).toEqual({ ...num(null, '6', '期', true), text });
    expect(parseValue(text, { year: 2020, unit: '家' })).toEqual({ kind: 'unknown', text });
    expect(parseValue('12月30日完成100家', { year: 2020 })).toEqual({ kind: 'unknown', text: '12月30日完成100家' });
    expect(parseValue('12月30日100家', { year: 2020, unit: '家' })).toEqual({ ...num(null, '100', '家', true), text: '12月30日100家' });
  });
  it('keeps a huge text whole and reads only its start', () => {
    const text = `≥20家${'说明'.repeat(500_000)}`;
    const v = parseValue(text, ctx);
    expect(v.text).toBe(text);
    expect(v).toMatchObject({ kind: 'number', op: '>=', value: '20', unit: '家', prose: true });
  });
  it('survives non-string input at run time', () => {
    expect(parseValue(undefined as unknown as string, ctx).kind).toBe('unknown');
    expect(parseValue('5', undefined as unknown as { year: number }).kind).toBe('number');
  });
});

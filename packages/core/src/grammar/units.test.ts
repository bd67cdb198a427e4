import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Big, canonical } from '../money';
import { toBaseUnit, unitInfo, unitsCompatible, valueInUnit } from './units';

describe('unitInfo', () => {
  it.each([
    ['万元', '元', '10000', 'money'],
    ['亿元', '元', '100000000', 'money'],
    ['元', '元', '1', 'money'],
    ['万亩', '亩', '10000', 'area'],
    ['亩', '亩', '1', 'area'],
    ['%', '%', '1', 'percent'],
    ['百分比', '%', '1', 'percent'],
    ['‰', '%', '0.1', 'percent'],
    ['家', '家', '1', 'count'],
    ['人次', '人次', '1', 'count'],
    ['万人次', '人次', '10000', 'count'],
    ['名', '人', '1', 'count'],
    ['吨', '千克', '1000', 'weight'],
    ['万吨', '千克', '10000000', 'weight'],
    ['公斤', '千克', '1', 'weight'],
    ['周', '天', '7', 'time'],
    ['公顷', '平方米', '10000', 'area'],
    ['元/人', '元/人', '1', 'money'],
    ['万元/人', '元/人', '10000', 'money'],
    ['元/人*月', '元/人*月', '1', 'money'],
    ['万', '', '10000', 'other'],
    ['瓶子', '瓶子', '1', 'other'],
  ])('%s → base %s × %s (%s)', (unit, base, factor, kind) => {
    expect(unitInfo(unit)).toEqual({ base, factor, kind });
  });
  it('gives an empty base for no unit', () => {
    expect(unitInfo(null)).toEqual({ base: '', factor: '1', kind: 'other' });
  });
  it('returns a copy callers cannot corrupt', () => {
    unitInfo('万元').factor = '1';
    expect(unitInfo('万元').factor).toBe('10000');
  });
});

describe('unitsCompatible', () => {
  it('compares by base unit', () => {
    expect(unitsCompatible('万元', '元')).toBe(true);
    expect(unitsCompatible('亿元', '万元')).toBe(true);
    expect(unitsCompatible('%', '百分比')).toBe(true);
    expect(unitsCompatible('人', '名')).toBe(true);
    expect(unitsCompatible('家', '个')).toBe(false);
    expect(unitsCompatible('人', '人次')).toBe(false);
    expect(unitsCompatible('元/人', '元')).toBe(false);
    expect(unitsCompatible('亩', '公顷')).toBe(false);
  });
  it('lets a missing unit or a bare multiplier match anything', () => {
    expect(unitsCompatible(null, '家')).toBe(true);
    expect(unitsCompatible('%', null)).toBe(true);
    expect(unitsCompatible(null, null)).toBe(true);
    expect(unitsCompatible('万', '人')).toBe(true);
  });
});

describe('conversion', () => {
  it('converts to the base exactly', () => {
    expect(toBaseUnit('2.6', '亿元')).toBe('260000000');
    expect(toBaseUnit('1.2', '万亩')).toBe('12000');
    expect(toBaseUnit('45.8966', '万元')).toBe('458966');
    expect(toBaseUnit('3', null)).toBe('3');
    expect(toBaseUnit('x', '元')).toBeNull();
  });
  it('converts between units of one base', () => {
    expect(valueInUnit('25', '万元', '元')).toBe('250000');
    expect(valueInUnit('2.45', '亿元', '万元')).toBe('24500');
    expect(valueInUnit('5300', '元', '万元')).toBe('0.53');
    expect(valueInUnit('98', '百分比', '%')).toBe('98');
    expect(valueInUnit('2', '周', '天')).toBe('14');
    expect(valueInUnit('5', '万', '元')).toBe('50000');
  });
  it('keeps the value when a unit is missing and refuses incompatible units', () => {
    expect(valueInUnit('35', null, '家')).toBe('35');
    expect(valueInUnit('35', '家', null)).toBe('35');
    expect(valueInUnit('35', '家', '人')).toBeNull();
    expect(valueInUnit('abc', '元', '元')).toBeNull();
  });
  test.prop([fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('元', '万元', '亿元', '千元')])(
    'money round-trips exactly through any other money unit',
    (units, scale, unit) => {
      const value = canonical(new Big(units.toString()).div(10 ** scale));
      const inYuan = valueInUnit(value, unit, '元');
      expect(inYuan).not.toBeNull();
      expect(valueInUnit(inYuan as string, '元', unit)).toBe(value);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Big } from '@jixiao/core';
import { evaluateFormula } from './formula';
import { formatNumber } from './number-format';

describe('formatNumber: as Excel shows the number', () => {
  it.each([
    ['1', '0%', '100%'],
    ['0.15', '0%', '15%'],
    ['0.15', '0.0%', '15.0%'],
    ['0.9567', '0%', '95.67%'],
    ['1234.5', '#,##0.00', '1,234.50'],
    ['-1234567.5', '#,##0', '-1,234,567.5'],
    ['600', '0"人"', '600人'],
    ['45.8966', '0.00', '45.8966'],
    ['3', '"¥"#,##0.00', '¥3.00'],
    ['29.8', 'General', '29.8'],
    ['29.8', undefined, '29.8'],
    ['0.5', '[Red]0.0%;[Blue]-0.0%', '50.0%'],
    ['44000', 'yyyy-mm-dd', '44000'],
  ])('%s under %s is %s', (value, fmt, shown) => {
    expect(formatNumber(new Big(value), fmt)).toBe(shown);
  });

  const value = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
  test.prop([value, fc.string({ maxLength: 30 })])('never throws on any format', (v, fmt) => {
    expect(typeof formatNumber(new Big(String(v)), fmt)).toBe('string');
  });

  const numeric = fc.array(fc.constantFrom('0', '#', ',', '.', '0.00', '#,##0'), { maxLength: 6 }).map((a) => a.join(''));
  test.prop([value, numeric])('never drops digits the cell holds', (v, fmt) => {
    const b = new Big(String(v));
    expect(new Big(formatNumber(b, fmt).replace(/,/g, '')).eq(b)).toBe(true);
  });
});

describe('evaluateFormula: simple formulas exactly', () => {
  const cells: Record<string, string | null | undefined> = { A1: '5', A2: '24.8', A3: null, B1: '0.1', B2: '0.2', C1: undefined };
  const resolve = (a: string) => {
    const v = cells[a];
    return v === undefined ? (a in cells ? undefined : null) : v === null ? null : new Big(v);
  };
  it.each([
    ['SUM(A1:A3)', '29.8'],
    ['=A1+A2+A3', '29.8'],
    ['B1+B2', '0.3'],
    ['(A1*2+A2*2)/2', '29.8'],
    ['-A1+10', '5'],
    ['SUM(A1,A2,B1:B2)', '30.1'],
    ['A2/A1', '4.96'],
    ['50%*A1', '2.5'],
    ['sum( $A$1 : $A$2 )', '29.8'],
    ['SUM(A1:C1)', '5.1'],
  ])('%s = %s', (f, v) => {
    expect(evaluateFormula(f, resolve)?.toString()).toBe(v);
  });

  it.each(['VLOOKUP(A1,B1:C9,2,FALSE)', 'A1/0', 'C1+1', 'A1:A2', 'ROUND(A1,2)', 'A1+', "'Sheet 2'!A1"])('%s is not evaluated', (f) => {
    expect(evaluateFormula(f, resolve)).toBeNull();
  });

  test.prop([fc.string({ maxLength: 60 })])('never throws', (f) => {
    const v = evaluateFormula(f, () => new Big(1));
    expect(v === null || v instanceof Big).toBe(true);
  });
});

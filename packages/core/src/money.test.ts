import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Big, canonical, parseAmount, roundScore, sumMoney } from './money';

describe('money', () => {
  it('adds exactly: 42 + 3.8966 = 45.8966', () => {
    expect(sumMoney(['42', '3.8966'])).toBe('45.8966');
    expect(sumMoney(['0.1', '0.2'])).toBe('0.3');
    expect(sumMoney(['5', null, '24.8'])).toBe('29.8');
  });
  it('reads amounts from cells', () => {
    expect(parseAmount('45.8966')).toBe('45.8966');
    expect(parseAmount('4753.66万元')).toBe('4753.66');
    expect(parseAmount('1,234.50')).toBe('1234.5');
    expect(parseAmount('—')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('约10')).toBeNull();
  });
  it('rounds scores half up at 2 decimals', () => {
    expect(roundScore(new Big(10).times(15).div(90))).toBe(1.67);
    expect(roundScore(new Big('0.125'))).toBe(0.13);
    expect(roundScore(new Big('2.675'))).toBe(2.68); // a float would give 2.67
  });
  test.prop([fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { maxLength: 20 })])(
    'sums of 4-decimal amounts equal integer sums of 0.0001 units',
    (units) => {
      const strings = units.map((u) => canonical(new Big(u).div(10000)));
      const expected = canonical(new Big(units.reduce((a, b) => a + b, 0)).div(10000));
      expect(sumMoney(strings)).toBe(expected);
    },
  );
});

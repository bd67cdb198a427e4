import { describe, expect, it } from 'vitest';
import { fill, M, percent } from './msgs';

describe('percent', () => {
  it('shows a decimal-string rate as a percentage with two places, exactly', () => {
    expect(percent('0.5833')).toBe('58.33%');
    expect(percent('0.6711')).toBe('67.11%');
    expect(percent('1')).toBe('100.00%');
    expect(percent('0.5')).toBe('50.00%');
    expect(percent('0.0012')).toBe('0.12%');
    expect(percent('0')).toBe('0.00%');
    expect(percent('1.25')).toBe('125.00%');
    expect(percent('-0.1')).toBe('-10.00%');
    expect(percent(null)).toBe('—');
    expect(percent('')).toBe('—');
  });
});

describe('fill', () => {
  it('puts values into both languages of a message, leaving unknown placeholders as written', () => {
    expect(fill(M.thresholdsInForce, { red: 70, yellow: '90' })).toEqual({
      zh: '执行进度低于时序进度的 70% 为红灯，70%–90% 为黄灯，其余为绿灯（财政部门设定）',
      en: 'Below 70% of the time-proportional expectation red, 70–90% yellow, else green (set by finance)',
    });
    expect(fill({ zh: '{a}{b}', en: '{b}' }, { a: 1 })).toEqual({ zh: '1{b}', en: '{b}' });
  });
});

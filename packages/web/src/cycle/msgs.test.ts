import { describe, expect, it } from 'vitest';
import { percent } from './msgs';

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

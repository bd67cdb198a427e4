import { describe, expect, it } from 'vitest';
import { today } from './tasks';

describe('today (Beijing time)', () => {
  it('turns at midnight in Beijing, 16:00 UTC, not at midnight UTC', () => {
    expect(today(Date.UTC(2026, 11, 31, 15, 59, 59))).toBe('2026-12-31');
    expect(today(Date.UTC(2026, 11, 31, 16, 0, 0))).toBe('2027-01-01');
    expect(today(Date.UTC(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
  });
});

/** Separation of duties: which stage an act belongs to, and when a past act conflicts with a new one. */
import { describe, expect, it } from 'vitest';
import { dutyConflict, dutyStage } from './permissions';

describe('duty stages', () => {
  it('puts preparing on the unit side whatever the role, sign-offs at their level, returns and unlocks with the actor', () => {
    expect(dutyStage('create', 'admin')).toBe('unit');
    expect(dutyStage('edit', 'unit_editor')).toBe('unit');
    expect(dutyStage('approve', 'dept_reviewer')).toBe('department');
    expect(dutyStage('finance-review', 'finance_reviewer')).toBe('finance');
    expect(dutyStage('return', 'dept_reviewer')).toBe('department');
    expect(dutyStage('return', 'finance_reviewer')).toBe('finance');
    expect(dutyStage('unlock', 'admin')).toBe('admin');
  });

  it('finds a conflict only across stages', () => {
    expect(dutyConflict(['create'], 'unlock', 'admin')).toBe('unit');
    expect(dutyConflict(['finance-review'], 'unlock', 'admin')).toBe('finance');
    expect(dutyConflict(['approve', 'return'], 'approve', 'dept_reviewer')).toBeNull();
    expect(dutyConflict(['finance-review', 'return'], 'publish', 'finance_reviewer')).toBeNull();
    expect(dutyConflict([], 'unlock', 'admin')).toBeNull();
  });
});

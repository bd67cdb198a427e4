/** The 整改 life cycle, read as a table: who may do what from which status. */
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../workflow/roles';
import {
  isCalendarDate, isOverdue, rectActions, rectBlock, rectCounts, rectMatches, RECT_ACTIONS, RECT_STATUSES, RECT_TRANSITIONS,
  type RectAction, type RectStatus,
} from './items';

/** For each role and status, exactly the actions open; anything not listed is closed. */
const EXPECTED: Record<Role, Partial<Record<RectStatus, RectAction[]>>> = {
  unit_editor: { open: ['answer'] },
  dept_reviewer: {},
  finance_reviewer: { answered: ['accept', 'reopen'], closed: ['reopen'] },
  admin: {},
  expert: {},
};

describe('rectification transitions', () => {
  it('opens exactly the listed actions for every role and status', () => {
    for (const role of ROLES) for (const status of RECT_STATUSES) expect(rectActions(role, status), `${role} ${status}`).toEqual(EXPECTED[role][status] ?? []);
  });

  it('says whether the role or the status blocks', () => {
    expect(rectBlock('unit_editor', 'accept', 'answered')).toBe('role');
    expect(rectBlock('finance_reviewer', 'accept', 'open')).toBe('status');
    expect(rectBlock('unit_editor', 'answer', 'answered')).toBe('status');
    expect(rectBlock('finance_reviewer', 'reopen', 'closed')).toBeNull();
  });

  it('runs the life cycle opened → answered → reopened → answered → closed', () => {
    let s: RectStatus = 'open';
    const steps: [Role, RectAction][] = [['unit_editor', 'answer'], ['finance_reviewer', 'reopen'], ['unit_editor', 'answer'], ['finance_reviewer', 'accept']];
    const seen: RectStatus[] = [s];
    for (const [role, a] of steps) {
      expect(rectBlock(role, a, s)).toBeNull();
      s = RECT_TRANSITIONS[a].to;
      seen.push(s);
    }
    expect(seen).toEqual(['open', 'answered', 'open', 'answered', 'closed']);
  });

  it('asks for text where the action must say something (an answer, a reason to reopen)', () => {
    expect(RECT_ACTIONS.filter((a) => RECT_TRANSITIONS[a].needsText)).toEqual(['answer', 'reopen']);
  });
});

describe('overdue and counts', () => {
  const items: { status: RectStatus; deadline: string }[] = [
    { status: 'open', deadline: '2026-11-27' },
    { status: 'answered', deadline: '2026-11-01' },
    { status: 'open', deadline: '2026-11-28' },
    { status: 'closed', deadline: '2026-01-01' },
  ];
  it('an item is overdue only when not closed and its deadline is before today', () => {
    expect(items.map((i) => isOverdue(i, '2026-11-28'))).toEqual([true, true, false, false]);
  });
  it('counts open (not closed), overdue and closed, and filters the same way', () => {
    expect(rectCounts(items, '2026-11-28')).toEqual({ open: 3, overdue: 2, closed: 1 });
    expect(items.filter((i) => rectMatches(i, 'overdue', '2026-11-28')).length).toBe(2);
    expect(items.filter((i) => rectMatches(i, 'open', '2026-11-28')).length).toBe(3);
    expect(items.filter((i) => rectMatches(i, 'closed', '2026-11-28')).length).toBe(1);
  });
  it('accepts only calendar dates that exist', () => {
    expect(['2026-12-31', '2028-02-29'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-1-1', '20261231', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});

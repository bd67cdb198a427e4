/** The workflow table, read as the paper procedure says it (财预〔2020〕10号 and docs/api.md). */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../templates';
import {
  ACTIONS, allowedActions, FORM_STATUSES, fromStatuses, GRADE_LABELS, GRADES, PARENT_KINDS, ROLE_KIND, ROLES,
  TARGET_FIELDS, transitionBlock, TRANSITIONS, mayDelete, mayEdit, type Action, type FormStatus, type Role,
} from './index';

const LATER: FormStatus[] = ['submitted', 'dept_approved', 'finance_reviewed', 'published'];
const ALL = [...FORM_STATUSES];

/** For each role, the statuses each action (and editing) is open from; anything not listed is closed. */
const EXPECTED: Record<Role, Partial<Record<Action | 'edit', FormStatus[]>>> = {
  unit_editor: { edit: ['draft', 'returned'], submit: ['draft', 'returned'], withdraw: ['submitted'] },
  dept_reviewer: { return: ['submitted'], approve: ['submitted'], unlock: ['dept_approved'] },
  finance_reviewer: {
    return: ['dept_approved', 'finance_reviewed'],
    'finance-review': ['dept_approved', 'finance_reviewed'],
    publish: ['finance_reviewed'],
    unlock: LATER,
    'unlock-targets': ALL,
  },
  admin: { unlock: LATER, 'unlock-targets': ALL },
  // A panel expert takes no workflow action: its re-score goes to finance, who accepts or returns it.
  expert: {},
};

describe('allowedActions', () => {
  it('opens exactly the listed actions for every role and status, unlock-targets only while the targets are locked', () => {
    for (const role of ROLES)
      for (const status of FORM_STATUSES)
        for (const locked of [false, true]) {
          const can = allowedActions(role, status, locked);
          for (const key of [...ACTIONS, 'edit'] as const) {
            let want = (EXPECTED[role][key] ?? []).includes(status);
            if (key === 'unlock-targets') want &&= locked;
            expect(can[key], `${role} ${status} ${key} locked=${locked}`).toBe(want);
          }
        }
  });

  it('is what transitionBlock allows, action by action', () => {
    for (const role of ROLES)
      for (const status of FORM_STATUSES)
        for (const action of ACTIONS)
          expect(allowedActions(role, status, true)[action]).toBe(transitionBlock(role, action, { status, targetsLocked: true }) === null);
  });
});

describe('transitionBlock', () => {
  it('names the role first, then the status, then unlocked targets', () => {
    expect(transitionBlock('unit_editor', 'approve', { status: 'draft', targetsLocked: false })).toBe('role');
    expect(transitionBlock('dept_reviewer', 'approve', { status: 'draft', targetsLocked: false })).toBe('status');
    expect(transitionBlock('admin', 'unlock-targets', { status: 'returned', targetsLocked: false })).toBe('targets-not-locked');
    expect(transitionBlock('admin', 'unlock-targets', { status: 'returned', targetsLocked: true })).toBeNull();
  });

  it('lets a department take back only its own approval, and finance return what it has before it', () => {
    expect(fromStatuses('unlock', 'dept_reviewer')).toEqual(['dept_approved']);
    expect(fromStatuses('unlock', 'finance_reviewer')).toEqual(LATER);
    expect(fromStatuses('return', 'dept_reviewer')).toEqual(['submitted']);
    expect(fromStatuses('return', 'finance_reviewer')).toEqual(['dept_approved', 'finance_reviewed']);
  });
});

describe('TRANSITIONS', () => {
  it('moves each action to its status', () => {
    const to = Object.fromEntries(ACTIONS.map((a) => [a, TRANSITIONS[a].to]));
    expect(to).toEqual({
      submit: 'submitted', withdraw: 'draft', return: 'returned', approve: 'dept_approved', 'finance-review': 'finance_reviewed',
      publish: 'published', unlock: 'returned', 'unlock-targets': null,
    });
  });

  it('asks a reason for sending back or unlocking, and for nothing else', () => {
    expect(ACTIONS.filter((a) => TRANSITIONS[a].needsComment)).toEqual(['return', 'unlock', 'unlock-targets']);
  });

  it('locks the targets at approval and lifts them only by unlock-targets', () => {
    expect(ACTIONS.filter((a) => TRANSITIONS[a].targets)).toEqual(['approve', 'unlock-targets']);
    expect(TRANSITIONS.approve.targets).toBe('lock');
    expect(TRANSITIONS['unlock-targets'].targets).toBe('unlock');
    expect(TARGET_FIELDS.map((f) => [f.key, f.label.zh])).toEqual([['name', '三级指标'], ['target', '年度指标值'], ['weight', '分值']]);
  });
});

describe('editing and deleting', () => {
  it('leaves editing to the unit in 草稿 and 已退回, deleting to the unit or an admin in 草稿', () => {
    for (const role of ROLES)
      for (const status of FORM_STATUSES) {
        expect(mayEdit(role, status), `${role} ${status}`).toBe(role === 'unit_editor' && (status === 'draft' || status === 'returned'));
        expect(mayDelete(role, status), `${role} ${status}`).toBe((role === 'unit_editor' || role === 'admin') && status === 'draft');
      }
  });
});

describe('organisations and roles', () => {
  it('places each role at the kind of organisation the tree has for it', () => {
    expect(ROLE_KIND).toEqual({ unit_editor: 'unit', dept_reviewer: 'department', finance_reviewer: 'finance', admin: null, expert: 'finance' });
    expect(PARENT_KINDS.unit).toEqual(['department']);
    expect(PARENT_KINDS.department).toEqual(['finance']);
  });
});

describe('grades', () => {
  it('lists every grade best first, as each template orders its bands', () => {
    expect(GRADES).toEqual(['优', '良', '中', '差']);
    for (const tpl of BUILTIN_TEMPLATES) {
      const byMin = [...tpl.grades].sort((a, b) => b.min - a.min).map((g) => g.grade);
      expect(byMin, tpl.id).toEqual(GRADES.filter((g) => byMin.includes(g)));
    }
    for (const g of GRADES) expect(GRADE_LABELS[g].zh).toBe(g);
  });
});

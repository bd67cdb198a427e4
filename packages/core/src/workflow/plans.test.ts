/** The plan forms' workflow: unit → department → finance, returns with reasons, approval effects per kind. */
import { describe, expect, it } from 'vitest';
import {
  allowedPlanActions, PLAN_ACTIONS, PLAN_KINDS, PLAN_STATUSES, PLAN_TRANSITIONS, planTransition, planTransitionBlock, ROLES,
  type PlanAction, type PlanStatus, type Role,
} from './index';

/** For each role, the statuses each action (and editing) is open from on a monitoring form. */
const EXPECTED: Record<Role, Partial<Record<PlanAction | 'edit', PlanStatus[]>>> = {
  unit_editor: { edit: ['draft', 'returned'], submit: ['draft', 'returned'] },
  dept_reviewer: { return: ['submitted'], approve: ['submitted'], unlock: ['dept_approved'] },
  finance_reviewer: { return: ['dept_approved'], 'finance-approve': ['dept_approved'], unlock: ['dept_approved', 'finance_approved'] },
  admin: { unlock: ['dept_approved', 'finance_approved'] },
  expert: {},
};

describe('allowedPlanActions', () => {
  it('opens exactly the listed actions for every role and status', () => {
    for (const kind of PLAN_KINDS)
      for (const role of ROLES)
        for (const status of PLAN_STATUSES) {
          const can = allowedPlanActions(kind, role, status);
          for (const key of [...PLAN_ACTIONS, 'edit'] as const) {
            let want = (EXPECTED[role][key] ?? []).includes(status);
            // An approved target form or applied adjustment is changed by a new adjustment, never unlocked.
            if (key === 'unlock' && status === 'finance_approved' && kind !== 'monitoring') want = false;
            expect(can[key], `${kind} ${role} ${status} ${key}`).toBe(want);
          }
        }
  });

  it('walks unit → department (return once) → department → finance', () => {
    let status: PlanStatus = 'draft';
    const step = (role: Role, action: PlanAction) => {
      expect(planTransitionBlock('target', role, action, status), `${role} ${action} from ${status}`).toBeNull();
      status = planTransition('target', action).to;
    };
    step('unit_editor', 'submit');
    step('dept_reviewer', 'return');
    expect(status).toBe('returned');
    step('unit_editor', 'submit');
    step('dept_reviewer', 'approve');
    expect(planTransitionBlock('target', 'unit_editor', 'finance-approve', status)).toBe('role');
    step('finance_reviewer', 'finance-approve');
    expect(status).toBe('finance_approved');
    expect(planTransitionBlock('target', 'admin', 'unlock', status)).toBe('kind');
  });
});

describe('PLAN_TRANSITIONS', () => {
  it('asks a reason for returning and unlocking only', () => {
    expect(PLAN_ACTIONS.filter((a) => PLAN_TRANSITIONS[a].needsComment)).toEqual(['return', 'unlock']);
  });

  it("gives finance's approval its effect by kind", () => {
    expect(PLAN_KINDS.map((k) => planTransition(k, 'finance-approve').effect)).toEqual(['baseline', 'none', 'apply-adjustment']);
    expect(planTransition('target', 'approve')).toEqual({ to: 'dept_approved', effect: 'none' });
  });
});

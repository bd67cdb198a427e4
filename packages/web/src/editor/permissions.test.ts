/** The buttons the editor offers equal what the server's workflow table allows, for every role and status. */
import { describe, expect, it } from 'vitest';
import { fromStatuses, TRANSITIONS, EDITABLE, type Action as ServerAction } from '../../../server/src/policies';
import { STATUSES, type Role } from '../api/types';
import { allowed, type Allowed } from './permissions';

const ROLES: Role[] = ['unit_editor', 'dept_reviewer', 'finance_reviewer', 'admin'];
const KEY: Record<ServerAction, keyof Allowed> = {
  submit: 'submit', return: 'return', approve: 'approve', 'finance-review': 'financeReview', publish: 'publish', unlock: 'unlock', 'unlock-targets': 'unlockTargets',
};

describe('allowed() mirrors the server policies', () => {
  it('offers an action exactly when the server would take it (targets locked or not)', () => {
    for (const role of ROLES)
      for (const status of STATUSES)
        for (const locked of [false, true]) {
          const can = allowed(role, status, locked);
          for (const action of Object.keys(TRANSITIONS) as ServerAction[]) {
            let server = TRANSITIONS[action].roles.includes(role) && fromStatuses(action, role).includes(status);
            if (action === 'unlock-targets') server &&= locked;
            expect(can[KEY[action]], `${role} ${status} ${action} locked=${locked}`).toBe(server);
          }
          expect(can.edit, `${role} ${status} edit`).toBe(role === 'unit_editor' && EDITABLE.includes(status));
        }
  });
});

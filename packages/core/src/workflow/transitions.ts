/**
 * The workflow's actions and its transition table: 草稿 → 已提交 (撤回 → 草稿) → 主管部门已审核 / 已退回 → 财政已复核
 * → 已公开. The department returns a submitted form, finance one it has before it (approved or
 * re-scored); unlock goes back to 已退回 (finance/admin from any later status, a department only its
 * own approval). `unlock-targets` (finance/admin) lifts the lock approval puts on the targets.
 */
import { FORM_STATUSES, type FormStatus } from './statuses';
import type { Role } from './roles';

/** Every action, in the order a form meets them. */
export const ACTIONS = ['submit', 'withdraw', 'return', 'approve', 'finance-review', 'publish', 'unlock', 'unlock-targets'] as const;
export type Action = (typeof ACTIONS)[number];

export interface TransitionRule {
  /** The statuses the action starts from. */
  from: readonly FormStatus[];
  /** Roles whose allowed starting statuses differ from `from`. */
  fromByRole?: Partial<Record<Role, readonly FormStatus[]>>;
  /** The status after the action; null leaves it unchanged. */
  to: FormStatus | null;
  /** The roles that may take the action (on forms in their scope). */
  roles: readonly Role[];
  /** A return or unlock must say why (the reason is recorded in the history). */
  needsComment: boolean;
  /** What the action does to the approved targets: lock them as they stand, or lift the lock (only when locked). */
  targets?: 'lock' | 'unlock';
}

/** The transition table: the one description of the workflow server and browser share. */
export const TRANSITIONS: Record<Action, TransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['unit_editor'], needsComment: false },
  // 撤回: the unit takes a submission back while the department has not yet acted on it.
  withdraw: { from: ['submitted'], to: 'draft', roles: ['unit_editor'], needsComment: false },
  return: {
    from: ['submitted'], fromByRole: { finance_reviewer: ['dept_approved', 'finance_reviewed'] },
    to: 'returned', roles: ['dept_reviewer', 'finance_reviewer'], needsComment: true,
  },
  approve: { from: ['submitted'], to: 'dept_approved', roles: ['dept_reviewer'], needsComment: false, targets: 'lock' },
  'finance-review': { from: ['dept_approved', 'finance_reviewed'], to: 'finance_reviewed', roles: ['finance_reviewer'], needsComment: false },
  publish: { from: ['finance_reviewed'], to: 'published', roles: ['finance_reviewer'], needsComment: false },
  unlock: {
    from: ['submitted', 'dept_approved', 'finance_reviewed', 'published'], fromByRole: { dept_reviewer: ['dept_approved'] },
    to: 'returned', roles: ['finance_reviewer', 'admin', 'dept_reviewer'], needsComment: true,
  },
  'unlock-targets': { from: FORM_STATUSES, to: null, roles: ['finance_reviewer', 'admin'], needsComment: true, targets: 'unlock' },
};

/** Whether a role takes this action at all (on some form in its scope, from some status). */
export function roleMayTake(role: Role, action: Action): boolean {
  return TRANSITIONS[action].roles.includes(role);
}

/** The statuses a role may start an action from. */
export function fromStatuses(action: Action, role: Role): readonly FormStatus[] {
  const rule = TRANSITIONS[action];
  return rule.fromByRole?.[role] ?? rule.from;
}

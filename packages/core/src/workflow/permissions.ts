/**
 * Who may do what to a form in which status. The server decides with these (adding scope: which
 * organisations an actor sees, from its org tree); the browser shapes its buttons with them.
 */
import type { Role } from './roles';
import { DELETABLE_STATUSES, EDITABLE_STATUSES, type FormStatus } from './statuses';
import { ACTIONS, fromStatuses, roleMayTake, TRANSITIONS, type Action } from './transitions';

/** Roles that create forms: a unit editor for its unit, an admin for units in its scope. */
export const CREATOR_ROLES: readonly Role[] = ['unit_editor', 'admin'];
/** Roles that edit a form's evaluation: the unit's own editor. */
export const EDITOR_ROLES: readonly Role[] = ['unit_editor'];
/** Roles that delete drafts: the unit's editor, an admin in scope. */
export const DELETER_ROLES: readonly Role[] = ['unit_editor', 'admin'];

/** Whether a role edits a form in this status. */
export function mayEdit(role: Role, status: FormStatus): boolean {
  return EDITOR_ROLES.includes(role) && EDITABLE_STATUSES.includes(status);
}

/** Whether a role deletes a form in this status. */
export function mayDelete(role: Role, status: FormStatus): boolean {
  return DELETER_ROLES.includes(role) && DELETABLE_STATUSES.includes(status);
}

/** What stops a role taking an action on a form: the role, the status, or targets that are not locked. */
export type TransitionBlock = 'role' | 'status' | 'targets-not-locked';

/** Why the role may not take the action on a form in this state, or null when it may. */
export function transitionBlock(role: Role, action: Action, form: { status: FormStatus; targetsLocked: boolean }): TransitionBlock | null {
  if (!roleMayTake(role, action)) return 'role';
  if (!fromStatuses(action, role).includes(form.status)) return 'status';
  if (TRANSITIONS[action].targets === 'unlock' && !form.targetsLocked) return 'targets-not-locked';
  return null;
}

/**
 * The stage of the workflow an act belongs to, for separation of duties: the unit's side (creating,
 * importing, editing, submitting, withdrawing), the department's approval, finance's review, and an
 * admin's oversight. A return or unlock belongs to the side of whoever takes it.
 */
export type DutyStage = 'unit' | 'department' | 'finance' | 'admin';

const UNIT_ACTS = new Set(['create', 'import', 'duplicate', 'edit', 'submit', 'withdraw', 'adjust-targets']);
const ROLE_STAGE: Record<Role, DutyStage> = { unit_editor: 'unit', dept_reviewer: 'department', finance_reviewer: 'finance', admin: 'admin', expert: 'finance' };

/** The stage of an act (a workflow action or a history entry's action such as 'create' or 'edit') taken in a role. */
export function dutyStage(act: string, role: Role): DutyStage {
  if (UNIT_ACTS.has(act)) return 'unit';
  if (act === 'approve') return 'department';
  if (act === 'finance-review' || act === 'publish') return 'finance';
  return ROLE_STAGE[role];
}

/**
 * With separation of duties on, the stage a user already acted at on a form that differs from the
 * stage of the act now asked (the first found), else null: one person does not both prepare and
 * sign off, nor sign off twice at different levels.
 */
export function dutyConflict(past: readonly string[], act: string, role: Role): DutyStage | null {
  const now = dutyStage(act, role);
  for (const a of past) {
    const then = dutyStage(a, role);
    if (then !== now) return then;
  }
  return null;
}

/** Everything a role may do to a form in a state: edit, and each action. */
export type Allowed = Record<Action | 'edit', boolean>;

/** The actions (and editing) open to a role on a form in this status, with targets locked or not. */
export function allowedActions(role: Role, status: FormStatus, targetsLocked = false): Allowed {
  const out = { edit: mayEdit(role, status) } as Allowed;
  for (const action of ACTIONS) out[action] = transitionBlock(role, action, { status, targetsLocked }) === null;
  return out;
}

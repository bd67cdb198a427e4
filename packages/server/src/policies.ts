/**
 * Who may read, write and transition what. Every route asks here; nothing else decides access.
 * Scope: a unit editor sees its unit; a reviewer or admin sees the subtree of its organisation;
 * the bootstrap admin (no organisation) sees everything. Published forms are readable by all.
 */
import { FORM_STATUSES, type FormStatus, type OrgKind, type Role } from './db/schema';
import type { OrgTree } from './domain/orgtree';

export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgId: number | null;
}

export interface FormRef {
  orgId: number;
  status: FormStatus;
}

export type Action = 'submit' | 'return' | 'approve' | 'finance-review' | 'publish' | 'unlock' | 'unlock-targets';
export const ACTIONS: readonly Action[] = ['submit', 'return', 'approve', 'finance-review', 'publish', 'unlock', 'unlock-targets'];

interface TransitionRule {
  from: FormStatus[];
  /** Roles whose allowed starting statuses differ from `from`. */
  fromByRole?: Partial<Record<Role, FormStatus[]>>;
  /** The status after the action; null leaves it unchanged. */
  to: FormStatus | null;
  roles: Role[];
  /** A return or unlock must say why (the reason is recorded in the history). */
  needsComment: boolean;
}

/**
 * The workflow: 草稿 → 已提交 → 主管部门已审核 / 已退回 → 财政已复核 → 已公开. The department returns
 * a submitted form, finance one it has before it (approved or re-scored); unlock goes back to
 * 已退回 (finance/admin from any later status, a department only its own approval).
 * `unlock-targets` (finance/admin) lifts the lock approval puts on the targets, status unchanged.
 */
export const TRANSITIONS: Record<Action, TransitionRule> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['unit_editor'], needsComment: false },
  return: { from: ['submitted'], fromByRole: { finance_reviewer: ['dept_approved', 'finance_reviewed'] }, to: 'returned', roles: ['dept_reviewer', 'finance_reviewer'], needsComment: true },
  approve: { from: ['submitted'], to: 'dept_approved', roles: ['dept_reviewer'], needsComment: false },
  'finance-review': { from: ['dept_approved', 'finance_reviewed'], to: 'finance_reviewed', roles: ['finance_reviewer'], needsComment: false },
  publish: { from: ['finance_reviewed'], to: 'published', roles: ['finance_reviewer'], needsComment: false },
  unlock: {
    from: ['submitted', 'dept_approved', 'finance_reviewed', 'published'], fromByRole: { dept_reviewer: ['dept_approved'] },
    to: 'returned', roles: ['finance_reviewer', 'admin', 'dept_reviewer'], needsComment: true,
  },
  'unlock-targets': { from: [...FORM_STATUSES], to: null, roles: ['finance_reviewer', 'admin'], needsComment: true },
};

/** The statuses a role may start an action from. */
export function fromStatuses(action: Action, role: Role): FormStatus[] {
  const rule = TRANSITIONS[action];
  return rule.fromByRole?.[role] ?? rule.from;
}

/** The organisation kind each role belongs at. */
export const ROLE_KIND: Record<Role, OrgKind | null> = {
  unit_editor: 'unit',
  dept_reviewer: 'department',
  finance_reviewer: 'finance',
  admin: null,
};

/** Organisations whose forms the actor may see; 'all' for the bootstrap admin. */
export function scopeOf(actor: Actor, tree: OrgTree): Set<number> | 'all' {
  if (actor.orgId === null) return actor.role === 'admin' ? 'all' : new Set();
  if (actor.role === 'unit_editor') return new Set([actor.orgId]);
  return tree.subtree(actor.orgId);
}

function inScope(actor: Actor, orgId: number, tree: OrgTree): boolean {
  const s = scopeOf(actor, tree);
  return s === 'all' || s.has(orgId);
}

/**
 * Statuses hidden from the actor inside its scope: a reviewer (department or finance) sees a form
 * from 已提交 onwards — a 草稿 is the unit's own work in progress. A returned form stays visible:
 * the reviewer returned it and follows it until it comes back.
 */
export function hiddenStatuses(actor: Actor | null): FormStatus[] {
  return actor && (actor.role === 'dept_reviewer' || actor.role === 'finance_reviewer') ? ['draft'] : [];
}

/** Read a form: anyone when published, else within scope and not hidden by its status. */
export function canReadForm(actor: Actor | null, form: FormRef, tree: OrgTree): boolean {
  if (form.status === 'published') return true;
  return actor !== null && canInspectForm(actor, form, tree);
}

/** Reading beyond the public view (history, comments, audit of one form): within scope, status not hidden. */
export function canInspectForm(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  return inScope(actor, form.orgId, tree) && !hiddenStatuses(actor).includes(form.status);
}

/** Create a form: a unit editor for its own unit; an admin for any unit in scope. */
export function canCreateForm(actor: Actor, orgId: number, tree: OrgTree): boolean {
  if (tree.get(orgId)?.kind !== 'unit') return false;
  if (actor.role === 'unit_editor') return actor.orgId === orgId;
  return actor.role === 'admin' && inScope(actor, orgId, tree);
}

/** Import forms whose targets were approved elsewhere (locked from the start): admins only. */
export function canImportApprovedTargets(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Edit the evaluation: the unit's editor, while the form is a draft or returned. */
export function canEditForm(actor: Actor, form: FormRef): boolean {
  return actor.role === 'unit_editor' && actor.orgId === form.orgId;
}

/** Statuses in which the unit may edit. */
export const EDITABLE: FormStatus[] = ['draft', 'returned'];

/** Delete: drafts only, by the unit's editor or an admin in scope. */
export function canDeleteForm(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  if (actor.role === 'unit_editor') return actor.orgId === form.orgId;
  return actor.role === 'admin' && inScope(actor, form.orgId, tree);
}

/** Whether the actor's role may take this action on a form in scope (status is checked apart). */
export function canTransition(actor: Actor, form: FormRef, action: Action, tree: OrgTree): boolean {
  const rule = TRANSITIONS[action];
  if (!rule.roles.includes(actor.role)) return false;
  if (actor.role === 'unit_editor') return actor.orgId === form.orgId;
  return inScope(actor, form.orgId, tree);
}

/** Comment: anyone who may inspect the form. */
export function canComment(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  return canInspectForm(actor, form, tree);
}

/** The audit log: admins and finance reviewers, within scope. */
export function canReadAudit(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'finance_reviewer';
}

/** Organisations and users are managed by admins, inside their scope. */
export function canManage(actor: Actor, orgId: number | null, tree: OrgTree): boolean {
  if (actor.role !== 'admin') return false;
  if (orgId === null) return actor.orgId === null;
  return inScope(actor, orgId, tree);
}

/** Listing organisations and users: admins and reviewers (their subtree). */
export function canListOrgs(actor: Actor): boolean {
  return actor.role !== 'unit_editor';
}

/** Stateless scoring, import previews and stats: any logged-in user. */
export function canUseTools(actor: Actor | null): actor is Actor {
  return actor !== null;
}

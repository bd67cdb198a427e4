/**
 * Who may read, write and transition what: routes ask here before they run a command, and nothing
 * else decides access. What a role may do in which status is core's workflow table; this adds scope:
 * a unit editor sees its unit, a reviewer or admin the subtree of its organisation, the bootstrap
 * admin (no organisation) everything. Published forms are readable by all.
 */
import type { Kysely } from 'kysely';
import { CREATOR_ROLES, DELETER_ROLES, dutyConflict, EDITOR_ROLES, roleMayTake, type Action, type Evaluation, type FormStatus, type Role } from '@jixiao/core';
import type { DB } from './db/schema';
import type { OrgTree } from './domain/orgtree';
import { fail, notFound } from './errors';
import { findForm, refOf, type FormRow } from './commands/store';
import type { AuditScope } from './commands/audit';
import { effectiveSetting } from './commands/settings';

export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgId: number | null;
  /**
   * For an expert: the forms assigned to it whose period includes today (loaded per request, so
   * access ends the day after the period). Experts see nothing else, whatever their organisation.
   */
  panel?: ReadonlySet<number>;
}

export interface FormRef {
  /** The form's id: an expert's access is per form (its assignments). */
  id?: number;
  orgId: number;
  status: FormStatus;
}

/** Organisations whose forms the actor may see; 'all' for the bootstrap admin. */
export function scopeOf(actor: Actor, tree: OrgTree): Set<number> | 'all' {
  // An expert has no organisation's scope: its forms are its assignments (canInspectForm).
  if (actor.role === 'expert') return new Set();
  if (actor.orgId === null) return actor.role === 'admin' ? 'all' : new Set();
  if (actor.role === 'unit_editor') return new Set([actor.orgId]);
  return tree.subtree(actor.orgId);
}

/** Organisation ids the actor's scope allows, within `orgId`'s subtree when given; 'all' or a (possibly empty) list. */
export function allowedOrgs(actor: Actor | null, tree: OrgTree, orgId?: number): number[] | 'all' {
  const scope = actor ? scopeOf(actor, tree) : new Set<number>();
  if (orgId === undefined) return scope === 'all' ? 'all' : [...scope];
  const sub = tree.subtree(orgId);
  return [...sub].filter((id) => scope === 'all' || scope.has(id));
}

/** Whether an organisation is in the actor's scope (for a unit editor: it is its own unit). */
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

/** Load a form the actor may read, else 404 (existence is not revealed). */
export async function readableForm(db: Kysely<DB>, tree: OrgTree, actor: Actor | null, id: number): Promise<FormRow> {
  const form = await findForm(db, id);
  if (!form || !canReadForm(actor, refOf(form), tree)) notFound();
  return form;
}

/** Reading beyond the public view (history, comments, audit of one form): within scope, status not hidden. */
export function canInspectForm(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  if (actor.role === 'expert') return form.id !== undefined && !!actor.panel?.has(form.id);
  return inScope(actor, form.orgId, tree) && !hiddenStatuses(actor).includes(form.status);
}

/** Create a form for a unit: a unit editor for its own unit; an admin for any unit in scope. */
export function canCreateForm(actor: Actor, orgId: number, tree: OrgTree): boolean {
  return tree.get(orgId)?.kind === 'unit' && CREATOR_ROLES.includes(actor.role) && inScope(actor, orgId, tree);
}

/**
 * The unit an imported form is saved to: a unit editor's own unit; for others the unit named as the
 * form's 实施单位 among those in scope. Null when the actor may not create a form there.
 */
export function importUnit(actor: Actor, tree: OrgTree): (ev: Evaluation) => number | null {
  return (ev) => {
    const name = ev.implementer.trim();
    const orgId = actor.role === 'unit_editor' ? actor.orgId : tree.all().find((o) => o.kind === 'unit' && o.name === name && inScope(actor, o.id, tree))?.id ?? null;
    return orgId !== null && canCreateForm(actor, orgId, tree) ? orgId : null;
  };
}

/** Import forms whose targets were approved elsewhere (locked from the start): admins only. */
export function canImportApprovedTargets(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Edit the evaluation: the unit's editor (which statuses allow it is the workflow's, checked by the command). */
export function canEditForm(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  return EDITOR_ROLES.includes(actor.role) && inScope(actor, form.orgId, tree);
}

/** Delete: the unit's editor or an admin in scope (drafts only, checked by the command). */
export function canDeleteForm(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  return DELETER_ROLES.includes(actor.role) && inScope(actor, form.orgId, tree);
}

/** Whether the actor's role takes this action, on a form it may inspect (the status is the command's to check). */
export function canTransition(actor: Actor, form: FormRef, action: Action, tree: OrgTree): boolean {
  return roleMayTake(actor.role, action) && canInspectForm(actor, form, tree);
}

/**
 * Separation of duties (issue 13, item 7), when finance turns it on for the form's organisation and
 * year: a user who already acted on this form at another stage (prepared it as the unit, approved it
 * as the department, re-scored it as finance, unlocked it as admin) may not act at this one. The
 * form's history says who did what; 403 `duties-separated` otherwise.
 */
export async function checkDuties(db: Kysely<DB>, tree: OrgTree, actor: Actor, form: FormRow, act: Action | 'edit'): Promise<void> {
  if ((await effectiveSetting(db, tree, form.org_id, form.year, 'separation-of-duties')).value !== 'true') return;
  const past = await db.selectFrom('form_versions').select('action').distinct().where('form_id', '=', form.id).where('by_user', '=', actor.id).execute();
  if (dutyConflict(past.map((r) => r.action), act, actor.role)) throw fail('duties-separated');
}

/** Comment: anyone who may inspect the form. */
export function canComment(actor: Actor, form: FormRef, tree: OrgTree): boolean {
  return canInspectForm(actor, form, tree);
}

/** The audit log: admins and finance reviewers, within scope. */
export function canReadAudit(actor: Actor): boolean {
  return actor.role === 'admin' || actor.role === 'finance_reviewer';
}

/**
 * Which audit entries the actor sees, for the query to apply: outside the bootstrap admin, only
 * entries about forms in scope (and not hidden by status) or, for entries about no form, by users in scope.
 */
export function auditScope(actor: Actor, tree: OrgTree): AuditScope {
  const scope = scopeOf(actor, tree);
  return scope === 'all' ? 'all' : { orgs: [...scope], hidden: hiddenStatuses(actor) };
}

/** Organisations and users are managed by admins, inside their scope. */
export function canManage(actor: Actor, orgId: number | null, tree: OrgTree): boolean {
  if (actor.role !== 'admin') return false;
  if (orgId === null) return actor.orgId === null;
  return inScope(actor, orgId, tree);
}

/** Listing users: admins and reviewers (their subtree). */
export function canListUsers(actor: Actor): boolean {
  return actor.role !== 'unit_editor' && actor.role !== 'expert';
}

/** 抽查 (ranking, samples, panel assignments and decisions): finance reviewers and admins, within scope. */
export function canSample(actor: Actor, orgId: number, tree: OrgTree): boolean {
  return (actor.role === 'finance_reviewer' || actor.role === 'admin') && inScope(actor, orgId, tree);
}

/**
 * Who may see and act on the forms before the self-evaluation (target, monitoring, adjustment),
 * tasks and the library. The rules are the self-evaluation's (policies.ts): a unit editor its
 * unit, a reviewer or admin the subtree of its organisation, reviewers not the units' drafts.
 * What a role may do in which status is core's plan table; this adds scope.
 */
import { planTransitionBlock, type PlanAction, type PlanKind, type PlanStatus } from '@jixiao/core';
import type { OrgTree } from './domain/orgtree';
import { hiddenStatuses, scopeOf, type Actor } from './policies';

export interface PlanRef {
  kind: PlanKind;
  orgId: number;
  status: PlanStatus;
}

function inScope(actor: Actor, orgId: number, tree: OrgTree): boolean {
  const s = scopeOf(actor, tree);
  return s === 'all' || s.has(orgId);
}

/** Read a plan form: within scope, and for reviewers not while it is the unit's draft. */
export function canReadPlan(actor: Actor, p: PlanRef, tree: OrgTree): boolean {
  return inScope(actor, p.orgId, tree) && !(hiddenStatuses(actor) as readonly string[]).includes(p.status);
}

/** File a plan form for a unit: its editor, or an admin in scope. */
export function canCreatePlan(actor: Actor, orgId: number, tree: OrgTree): boolean {
  return tree.get(orgId)?.kind === 'unit' && (actor.role === 'unit_editor' || actor.role === 'admin') && inScope(actor, orgId, tree);
}

/** Edit or delete: the unit's editor (the status is the command's to check). */
export function canEditPlan(actor: Actor, p: PlanRef, tree: OrgTree): boolean {
  return actor.role === 'unit_editor' && inScope(actor, p.orgId, tree);
}

/** Whether the role may take the action at all on a plan form it may read ('kind' and 'status' blocks are the command's). */
export function canTransitionPlan(actor: Actor, p: PlanRef, action: PlanAction, tree: OrgTree): boolean {
  return planTransitionBlock(p.kind, actor.role, action, p.status) !== 'role' && canReadPlan(actor, p, tree);
}

/** Open a stage of a year (任务布置): finance and admins, for units in their scope. */
export function canOpenTask(actor: Actor, unitIds: readonly number[], tree: OrgTree): boolean {
  return (actor.role === 'finance_reviewer' || actor.role === 'admin') && unitIds.every((u) => tree.get(u)?.kind === 'unit' && inScope(actor, u, tree));
}

/** The units whose tasks and progress the actor sees. */
export function visibleUnits(actor: Actor, tree: OrgTree): number[] {
  const s = scopeOf(actor, tree);
  return tree.all().filter((o) => o.kind === 'unit' && (s === 'all' || s.has(o.id))).map((o) => o.id);
}

/** The department an organisation belongs to (itself when it is one); null above or outside departments. */
export function departmentOf(orgId: number, tree: OrgTree): number | null {
  for (let o = tree.get(orgId); o; o = o.parentId === null ? undefined : tree.get(o.parentId)) if (o.kind === 'department') return o.id;
  return null;
}

/** Departments whose own library indicators the actor reads: its own department, or every one in scope. */
export function libraryDepartments(actor: Actor, tree: OrgTree): number[] {
  if (actor.orgId !== null) {
    const d = departmentOf(actor.orgId, tree);
    if (d !== null) return [d];
  }
  const s = scopeOf(actor, tree);
  return tree.all().filter((o) => o.kind === 'department' && (s === 'all' || s.has(o.id))).map((o) => o.id);
}

/** Add, edit or retire a department's own indicator: its reviewer, or finance or an admin in scope. */
export function canManageLibrary(actor: Actor, departmentId: number, tree: OrgTree): boolean {
  return (actor.role === 'dept_reviewer' || actor.role === 'finance_reviewer' || actor.role === 'admin') && tree.get(departmentId)?.kind === 'department' && inScope(actor, departmentId, tree);
}

/** Read an organisation's records (earlier years of an indicator): within scope. */
export function canReadOrg(actor: Actor, orgId: number, tree: OrgTree): boolean {
  return inScope(actor, orgId, tree);
}

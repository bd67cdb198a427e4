/**
 * Commands on the forms before the self-evaluation — 绩效目标申报表, 运行监控表, 目标调整申请 — in
 * core's plan workflow: create, edit, delete, transitions with their effects (finance's approval
 * of a target form sets the baseline and grows the library; of an adjustment applies it), and the
 * self-evaluation created from an approved target form. Every write names the version it edits
 * and is a conditional UPDATE, inside one transaction with its history row and audit entry.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  AdjustmentSchema, applyAdjustment, baselineOf, evaluationFromTargetForm, formatPath, lockedTargets, MonitoringFormSchema, monitoringFormIssues,
  monitoringFromBaseline, PLAN_EDITABLE_STATUSES, planTransition, planTransitionBlock, TargetChangeSchema, TargetFormSchema, targetFormIssues,
  withBaseline, type Adjustment, type Approval, type Baseline, type Evaluation, type Issue, type MonitoringForm, type PlanAction, type PlanKind, type TargetForm,
} from '@jixiao/core';
import type { DB, PlanFormsTable } from '../db/schema';
import { fail, notFound } from '../errors';
import type { OrgTree } from '../domain/orgtree';
import { derive } from '../domain/derive';
import { targetsOf } from '../domain/targets';
import type { Actor } from '../policies';
import type { Evidence } from '../evidence';
import { audit } from './audit';
import { createForm, deleteForm } from './forms';
import { findForm, rollupPart, storedColumns, writeRuleCounts, writeVersion, type FormRow } from './store';
import { rulesOf, shiftRollups } from './rollup';
import { cycleFactsOf, NO_EVIDENCE, reviewContextFor } from './cycle';
import { growFromApproved } from './library';

export type PlanRow = Omit<PlanFormsTable, 'id'> & { id: number };

export interface Approvals {
  department: Approval | null;
  finance: Approval | null;
}

/** How many indicator rows a plan form may hold (far above any real form; bounds the work per request). */
export const MAX_ROWS = 300;

export function findPlan(db: Kysely<DB>, id: number): Promise<PlanRow | undefined> {
  return db.selectFrom('plan_forms').selectAll().where('id', '=', id).executeTakeFirst() as Promise<PlanRow | undefined>;
}

/** A 400 at the first issue, its path under `prefix`. */
function rejectIssues(issues: readonly Issue[], prefix: string): never {
  const i = issues[0];
  const path = i.path === '(root)' ? prefix : `${prefix}.${i.path}`;
  throw fail('invalid-body', { path, message: i.message });
}

function shape<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const p = formatPath(first.path as PropertyKey[]);
  throw fail('invalid-body', { path: p ? `${prefix}.${p}` : prefix, message: { zh: `${p || prefix}：${first.message}`, en: `${p || prefix}: ${first.message}` } });
}

function rowsWithin(n: number, prefix: string): void {
  if (n > MAX_ROWS) throw fail('invalid-body', { path: `${prefix}.indicators`, message: { zh: `指标最多 ${MAX_ROWS} 行`, en: `at most ${MAX_ROWS} indicator rows` } });
}

/** A target form as sent (shape only: content issues are shown, and block submission). */
export function targetFormOf(value: unknown, prefix = 'form'): TargetForm {
  const f = shape(TargetFormSchema, value, prefix);
  rowsWithin(f.indicators.length, prefix);
  return f;
}

/** A monitoring form as sent, its rows the approved targets in force (order, names and values). */
export function monitoringFormOf(value: unknown, baseline: Baseline, prefix = 'form'): MonitoringForm {
  const f = shape(MonitoringFormSchema, value, prefix);
  rowsWithin(f.indicators.length, prefix);
  if (f.indicators.length !== baseline.targets.length)
    throw fail('invalid-body', { path: `${prefix}.indicators`, message: { zh: `监控表须逐项列出已批复的 ${baseline.targets.length} 项指标`, en: `the monitoring form lists the ${baseline.targets.length} approved indicators` } });
  f.indicators.forEach((x, i) => {
    const t = baseline.targets[i];
    for (const key of ['name', 'target'] as const)
      if (x[key] !== t[key])
        throw fail('invalid-body', { path: `${prefix}.indicators[${i}].${key}`, message: { zh: `第${i + 1}行须为已批复的“${t[key]}”`, en: `row ${i + 1} must read the approved "${t[key]}"` } });
  });
  return f;
}

/** What a unit writes on a 目标调整申请: the reason and the changes (`from` filled from the baseline when left out). */
export const AdjustmentInput = z.object({
  reason: z.string().max(5000),
  changes: z.array(TargetChangeSchema.extend({ from: TargetChangeSchema.shape.from.optional() })).min(1).max(MAX_ROWS),
});

/** The adjustment request as stored, from the input and the target form's baseline in force. */
export function adjustmentOf(value: unknown, target: PlanRow, id: string, prefix = 'form'): Adjustment {
  const input = shape(AdjustmentInput, value, prefix);
  const baseline = baselineOfRow(target);
  const adj: Adjustment = {
    schemaVersion: 1, id, year: target.year, projectName: target.project_name, reason: input.reason,
    changes: input.changes.map((c) => ({ ...c, from: c.from !== undefined ? c.from : (baseline.targets[c.indicatorIndex]?.[c.field] ?? null) })),
    approvals: { department: null, finance: null },
  };
  return shape(AdjustmentSchema, adj, prefix);
}

/** The issues of an adjustment against the baseline in force, apart from the approvals it is still waiting for. */
export function adjustmentIssues(adj: Adjustment, baseline: Baseline): Issue[] {
  const r = applyAdjustment(baseline, { ...adj, approvals: { department: { by: '-', at: '-', comment: '' }, finance: { by: '-', at: '-', comment: '' } } });
  return r.ok ? [] : r.issues;
}

/** A target form row's baseline; 409 when finance has not approved it. */
export function baselineOfRow(target: PlanRow): Baseline {
  if (target.kind !== 'target' || target.baseline === null)
    throw fail('invalid-transition', { path: 'targetFormId', message: { zh: '该绩效目标尚未经财政批复', en: 'finance has not approved these targets' } });
  return JSON.parse(target.baseline) as Baseline;
}

/** The content issues that stop submission (and are shown on every read). */
export function contentIssues(row: PlanRow, target: PlanRow | undefined): Issue[] {
  const body = JSON.parse(row.body);
  if (row.kind === 'target') return targetFormIssues(body as TargetForm);
  if (row.kind === 'monitoring') return monitoringFormIssues(body as MonitoringForm);
  return target ? adjustmentIssues(body as Adjustment, baselineOfRow(target)) : [];
}

/** The 409 for a stale version, carrying nothing the caller may not already read (reload it). */
function stale(): never {
  throw fail('version-conflict', { message: { zh: '该表已被他人修改，请刷新后重试', en: 'the form was changed by someone else; reload and retry' } });
}

async function writePlanVersion(db: Kysely<DB>, v: { planId: number; version: number; at: string; by: number; action: string; body: string; comment?: string | null }) {
  await db.insertInto('plan_versions').values({ plan_id: v.planId, version: v.version, at: v.at, by_user: v.by, action: v.action, body: v.body, comment: v.comment ?? null }).execute();
}

const NO_APPROVALS: Approvals = { department: null, finance: null };

/** File a new plan form (a draft) for a unit. */
export async function createPlan(
  db: Kysely<DB>,
  p: { actor: Actor; kind: PlanKind; orgId: number; year: number; projectName: string; body: unknown; targetFormId: number | null },
): Promise<PlanRow> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    let body = JSON.stringify(p.body);
    let row = (await trx
      .insertInto('plan_forms')
      .values({
        kind: p.kind, org_id: p.orgId, year: p.year, project_name: p.projectName, status: 'draft', version: 1, body,
        target_form_id: p.targetFormId, approvals: JSON.stringify(NO_APPROVALS), baseline: null, evaluation_form_id: null, submitted_at: null,
        created_at: now, updated_at: now, created_by: p.actor.id, updated_by: p.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow()) as PlanRow;
    if (p.kind === 'adjustment') {
      // The request's id is its row's: known only now.
      body = JSON.stringify({ ...(p.body as Adjustment), id: `adjustment-${row.id}` });
      row = (await trx.updateTable('plan_forms').set({ body }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow()) as PlanRow;
    }
    await writePlanVersion(trx, { planId: row.id, version: 1, at: now, by: p.actor.id, action: 'create', body });
    await audit(trx, { userId: p.actor.id, action: `${p.kind}.create`, detail: { planId: row.id, projectName: p.projectName, targetFormId: p.targetFormId ?? undefined } });
    return row;
  });
}

/** Replace a plan form's content at a version; the unit edits drafts and returned forms. */
export async function updatePlan(db: Kysely<DB>, p: { actor: Actor; plan: PlanRow; version: number; body: unknown }): Promise<PlanRow> {
  const { actor, plan } = p;
  if (!PLAN_EDITABLE_STATUSES.includes(plan.status)) throw fail('not-editable', { path: 'status' });
  if (p.version !== plan.version) stale();
  const now = new Date().toISOString();
  const body = JSON.stringify(p.body);
  // A target form names its project and year; monitoring and adjustments stay those of their target form.
  const own = plan.kind === 'target' ? (p.body as TargetForm) : null;
  const project = own?.projectName ?? plan.project_name;
  const year = own?.year ?? plan.year;
  const row = await db.transaction().execute(async (trx) => {
    const r = (await trx
      .updateTable('plan_forms')
      .set({ body, project_name: project, year, version: p.version + 1, updated_at: now, updated_by: actor.id })
      .where('id', '=', plan.id)
      .where('version', '=', p.version)
      .where('status', 'in', PLAN_EDITABLE_STATUSES)
      .returningAll()
      .executeTakeFirst()) as PlanRow | undefined;
    if (!r) return undefined;
    await writePlanVersion(trx, { planId: r.id, version: r.version, at: now, by: actor.id, action: 'edit', body });
    await audit(trx, { userId: actor.id, action: `${plan.kind}.edit`, detail: { planId: r.id, version: r.version } });
    return r;
  });
  return row ?? stale();
}

/** Delete a draft. */
export async function deletePlan(db: Kysely<DB>, p: { actor: Actor; plan: PlanRow; version: number }): Promise<void> {
  const { actor, plan } = p;
  if (plan.status !== 'draft') throw fail('not-editable', { path: 'status', message: { zh: '只能删除草稿', en: 'only drafts can be deleted' } });
  if (p.version !== plan.version) stale();
  const done = await db.transaction().execute(async (trx) => {
    const dependants = await trx.selectFrom('plan_forms').select('id').where('target_form_id', '=', plan.id).limit(1).executeTakeFirst();
    if (dependants) throw fail('not-editable', { path: 'id', message: { zh: '已有监控表或调整申请引用此表', en: 'monitoring or adjustment forms refer to this form' } });
    const r = await trx.deleteFrom('plan_forms').where('id', '=', plan.id).where('version', '=', p.version).where('status', '=', 'draft').executeTakeFirst();
    if (Number(r.numDeletedRows) !== 1) return false;
    await audit(trx, { userId: actor.id, action: `${plan.kind}.delete`, detail: { planId: plan.id, projectName: plan.project_name } });
    return true;
  });
  if (!done) stale();
}

/** Apply a plan workflow action at a version, with its effect. */
export async function transitionPlan(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actor: Actor; plan: PlanRow; version: number; action: PlanAction; comment?: string },
): Promise<PlanRow> {
  const { actor, plan, action } = p;
  if (p.version !== plan.version) stale();
  const block = planTransitionBlock(plan.kind, actor.role, action, plan.status);
  if (block === 'role') throw fail('forbidden');
  if (block === 'status') throw fail('invalid-transition', { path: 'action', message: { zh: `状态为 ${plan.status} 时不能执行 ${action}`, en: `cannot ${action} a form that is ${plan.status}` } });
  if (block === 'kind') throw fail('invalid-transition', { path: 'action', message: { zh: '已批复的绩效目标或目标调整不能撤回，请另行申请目标调整', en: 'approved targets or adjustments are not taken back; file a new adjustment' } });
  const comment = p.comment?.trim() ?? '';
  const { to, effect } = planTransition(plan.kind, action);
  if (planTransitionNeedsComment(action) && !comment) throw fail('comment-required', { path: 'comment' });
  const target = plan.target_form_id === null ? undefined : await findPlan(db, plan.target_form_id);
  if (action === 'submit') {
    const issues = contentIssues(plan, target);
    if (issues.length) rejectIssues(issues, 'form');
  }
  const now = new Date().toISOString();
  let approvals = JSON.parse(plan.approvals) as Approvals;
  const mine: Approval = { by: actor.name, at: now, comment };
  if (action === 'approve') approvals = { ...approvals, department: mine };
  if (action === 'finance-approve') approvals = { ...approvals, finance: mine };
  if (action === 'return' || action === 'unlock') approvals = NO_APPROVALS;
  let body = plan.body;
  let baseline: string | null | undefined;
  let adjusted: { target: PlanRow; baseline: Baseline } | undefined;
  if (effect === 'baseline') baseline = JSON.stringify(baselineOf(lockedTargets(JSON.parse(plan.body) as TargetForm)));
  if (effect === 'apply-adjustment') {
    if (!target) throw fail('invalid-transition', { path: 'targetFormId' });
    const adj = { ...(JSON.parse(plan.body) as Adjustment), approvals };
    const r = applyAdjustment(baselineOfRow(target), adj);
    if (!r.ok) rejectIssues(r.issues, 'form');
    body = JSON.stringify(adj);
    adjusted = { target, baseline: r.value };
  } else if (plan.kind === 'adjustment') {
    body = JSON.stringify({ ...(JSON.parse(plan.body) as Adjustment), approvals });
  }
  const updated = await db.transaction().execute(async (trx) => {
    const row = (await trx
      .updateTable('plan_forms')
      .set({
        status: to, version: p.version + 1, updated_at: now, updated_by: actor.id, approvals: JSON.stringify(approvals), body,
        ...(baseline !== undefined ? { baseline } : {}),
        ...(action === 'submit' ? { submitted_at: now } : {}),
      })
      .where('id', '=', plan.id)
      .where('version', '=', p.version)
      .where('status', '=', plan.status)
      .returningAll()
      .executeTakeFirst()) as PlanRow | undefined;
    if (!row) return undefined;
    await writePlanVersion(trx, { planId: row.id, version: row.version, at: now, by: actor.id, action, body: body === plan.body ? '' : body, comment: comment || null });
    await audit(trx, { userId: actor.id, action: `${plan.kind}.${action}`, detail: { planId: row.id, from: plan.status, to, comment: comment || undefined } });
    if (effect === 'baseline') await growFromApproved(trx, tree, row, actor);
    if (adjusted) await applyToTarget(trx, actor, adjusted.target, adjusted.baseline, row.id, now);
    // Filing, approving, returning or unlocking monitoring changes which monitoring counts: the
    // self-evaluation already created from these targets is reviewed again with it.
    if (plan.kind === 'monitoring' && target?.evaluation_form_id != null) await refreshStoredFindings(trx, target.evaluation_form_id, actor, { monitoringId: row.id });
    return row;
  });
  return updated ?? stale();
}

function planTransitionNeedsComment(action: PlanAction): boolean {
  return action === 'return' || action === 'unlock';
}

/**
 * Write an applied adjustment's baseline on its target form — conditionally on the baseline read,
 * so two adjustments approved at once cannot both build on the same one — and carry it into the
 * self-evaluation created from it, if there is one already (its locked targets move with it).
 */
async function applyToTarget(trx: Kysely<DB>, actor: Actor, target: PlanRow, next: Baseline, adjustmentId: number, now: string): Promise<void> {
  const r = await trx.updateTable('plan_forms').set({ baseline: JSON.stringify(next), updated_at: now }).where('id', '=', target.id).where('baseline', '=', target.baseline).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) stale();
  if (target.evaluation_form_id === null) return;
  const form = await findForm(trx, target.evaluation_form_id);
  if (!form) return;
  const ev = withBaseline(JSON.parse(form.evaluation), next);
  const { columns, findings } = storedColumns(ev, derive(ev, undefined, await reviewContextFor(trx, form.id, ev, next)));
  const row = (await trx
    .updateTable('forms')
    .set({ ...columns, targets_baseline: JSON.stringify(targetsOf(ev)), targets_locked_at: now, targets_locked_by: actor.id, version: form.version + 1, updated_at: now, updated_by: actor.id })
    .where('id', '=', form.id)
    .where('version', '=', form.version)
    .returningAll()
    .executeTakeFirst()) as FormRow | undefined;
  if (!row) stale();
  const before = rollupPart(form, await rulesOf(trx, row.id));
  await shiftRollups(trx, before, rollupPart(row, await writeRuleCounts(trx, row.id, findings)));
  await writeVersion(trx, { formId: row.id, version: row.version, at: now, by: actor.id, action: 'adjust-targets', evaluation: columns.evaluation, diff: [] });
  await audit(trx, { userId: actor.id, action: 'form.adjust-targets', formId: row.id, detail: { adjustmentId, targetFormId: target.id } });
}

/**
 * Recompute a self-evaluation's stored findings (and its rule counts and rollups) with the year's
 * facts as they now stand. Not an edit of the form: no new version, nothing the unit wrote changes.
 */
export async function refreshStoredFindings(trx: Kysely<DB>, formId: number, actor: Actor, detail: Record<string, unknown>): Promise<void> {
  const form = await findForm(trx, formId);
  if (!form) return;
  const ev = JSON.parse(form.evaluation) as Evaluation;
  const { columns, findings } = storedColumns(ev, derive(ev, undefined, await reviewContextFor(trx, form.id, ev)));
  const row = (await trx.updateTable('forms').set({ ...columns, evaluation: form.evaluation }).where('id', '=', form.id).where('version', '=', form.version).returningAll().executeTakeFirst()) as FormRow | undefined;
  // An edit that saved meanwhile has reviewed the form with the same facts already.
  if (!row) return;
  const before = rollupPart(form, await rulesOf(trx, row.id));
  await shiftRollups(trx, before, rollupPart(row, await writeRuleCounts(trx, row.id, findings)));
  await audit(trx, { userId: actor.id, action: 'form.findings-refreshed', formId: row.id, detail });
}

/**
 * The self-evaluation from a target form finance approved: pre-filled by core
 * (evaluationFromTargetForm, with approved adjustments written over the targets), its targets
 * locked from the start by the forms' own lock, and scored and reviewed with the year's facts.
 */
export async function evaluationFromPlan(db: Kysely<DB>, tree: OrgTree, p: { actor: Actor; target: PlanRow; evidence: Evidence }): Promise<FormRow> {
  const { actor, target } = p;
  const baseline = baselineOfRow(target);
  if (target.evaluation_form_id !== null) throw fail('duplicate', { path: 'id', message: { zh: '已由此绩效目标创建自评表', en: 'a self-evaluation was already created from these targets' }, extra: { formId: target.evaluation_form_id } });
  const ev = withBaseline(evaluationFromTargetForm(JSON.parse(target.body) as TargetForm), baseline);
  const facts = await cycleFactsOf(db, target, baseline);
  const form = await createForm(db, { actor, orgId: target.org_id, evaluation: ev, lockTargets: true, derived: derive(ev, undefined, { ...facts.context(ev), ...NO_EVIDENCE }) });
  // Linked only if no one linked another first (the unique index backs the condition).
  const r = await db.updateTable('plan_forms').set({ evaluation_form_id: form.id }).where('id', '=', target.id).where('evaluation_form_id', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) {
    await deleteForm(db, tree, { actor, form, version: form.version, evidence: p.evidence });
    throw fail('duplicate', { path: 'id', message: { zh: '已由此绩效目标创建自评表', en: 'a self-evaluation was already created from these targets' } });
  }
  await audit(db, { userId: actor.id, action: 'target.create-evaluation', formId: form.id, detail: { planId: target.id } });
  return form;
}

/** 404 unless found; callers then ask the policies. */
export async function planOr404(db: Kysely<DB>, id: number): Promise<PlanRow> {
  return (await findPlan(db, id)) ?? notFound();
}

export type { Baseline };
export { monitoringFromBaseline };

/**
 * Routes of the forms before the self-evaluation: 绩效目标申报表 (target forms), 运行监控表 and
 * 目标调整申请 filed against approved targets, their plan workflow, the self-evaluation created from
 * approved targets, and what stands beside each indicator of that self-evaluation.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { PLAN_ACTIONS, PLAN_KINDS, PLAN_STATUSES, monitoringFromBaseline, type Adjustment, type TargetForm } from '@jixiao/core';
import type { AppContext, C } from '../context';
import { AppError, fail, notFound } from '../errors';
import { idParam, parseWith, readJson } from '../http';
import { hiddenStatuses, readableForm, scopeOf, type Actor } from '../policies';
import { canCreatePlan, canEditPlan, canReadPlan, canTransitionPlan, type PlanRef } from '../plan-policies';
import {
  adjustmentOf, baselineOfRow, createPlan, deletePlan, evaluationFromPlan, findPlan, monitoringFormOf, planOr404, targetFormOf, transitionPlan, updatePlan, type PlanRow,
} from '../commands/plans';
import { besideOf } from '../commands/cycle';
import { checkTargetForm, presentPlan, presentPlanItem } from '../presenters/plans';
import { presentFormText, sendJsonText, userNames } from '../presenters/forms';
import type { Routes } from './registry';

const version = z.number().int().min(1).max(2_147_483_647);
const int = (min: number, max: number) => z.string().regex(/^\d{1,10}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const Period = z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }).refine((p) => p.from <= p.to, { message: 'from after to', path: ['to'] });

const CreateTarget = z.object({ orgId: z.number().int().positive().max(2_147_483_647).optional(), form: z.unknown() });
const CreateMonitoring = z.object({ period: Period.optional(), form: z.unknown().optional() });
const CreateAdjustment = z.object({ form: z.unknown() });
const PutBody = z.object({ version, form: z.unknown() });
const DeleteBody = z.object({ version });
const TransitionBody = z.object({ version, action: z.enum(PLAN_ACTIONS), comment: z.string().max(5000).optional() });
const ListQuery = z.object({
  kind: z.enum(PLAN_KINDS).optional(),
  year: int(1990, 2100).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  orgId: int(1, 2_147_483_647).optional(),
  targetFormId: int(1, 2_147_483_647).optional(),
  page: int(1, 1_000_000).default(1),
  pageSize: int(1, 200).default(50),
});

const refOf = (row: PlanRow): PlanRef => ({ kind: row.kind, orgId: row.org_id, status: row.status });

export function mountPlans(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  const present = async (c: C, row: PlanRow, actor: Actor, status: 200 | 201 = 200) => c.json(await presentPlan(db, row, await ctx.orgs(), actor), status);
  /** A write of the plan form `id`; a version conflict carries the form as it now stands (`current`), as for forms. */
  const write = async <T>(id: number, actor: Actor, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'version-conflict') throw e;
      const row = await findPlan(db, id);
      throw row ? fail('version-conflict', { path: 'version', extra: { current: await presentPlan(db, row, await ctx.orgs(), actor) } }) : e;
    }
  };
  /** The plan form of the path; 404 unless the actor may read it. */
  const planOf = async (c: C, actor: Actor, name = 'id') => {
    const tree = await ctx.orgs();
    const plan = await planOr404(db, idParam(c, name));
    if (!canReadPlan(actor, refOf(plan), tree)) notFound();
    return { tree, plan };
  };
  /** An approved target form of the path, for filing monitoring or adjustments against (its unit's editor or an admin). */
  const approvedTarget = async (c: C, actor: Actor) => {
    const { tree, plan } = await planOf(c, actor);
    if (plan.kind !== 'target') notFound();
    if (!canCreatePlan(actor, plan.org_id, tree)) throw fail('forbidden');
    return { tree, target: plan, baseline: baselineOfRow(plan) };
  };

  r.add({ method: 'get', path: '/api/plans', summary: 'List target, monitoring and adjustment forms in scope (reviewers: from 已提交 on)', tag: 'plans', auth: true, query: Object.keys(ListQuery.shape) }, async (c, actor) => {
    const p = parseWith(ListQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const scope = scopeOf(actor, tree);
    let q = db.selectFrom('plan_forms');
    if (scope !== 'all') q = scope.size ? q.where('org_id', 'in', [...scope]) : q.where(sql<boolean>`1 = 0`);
    const hidden = hiddenStatuses(actor);
    if (hidden.length) q = q.where('status', 'not in', hidden as never[]);
    if (p.kind) q = q.where('kind', '=', p.kind);
    if (p.year !== undefined) q = q.where('year', '=', p.year);
    if (p.status) q = q.where('status', '=', p.status);
    if (p.orgId !== undefined) q = q.where('org_id', '=', p.orgId);
    if (p.targetFormId !== undefined) q = q.where('target_form_id', '=', p.targetFormId);
    const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const rows = (await q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(p.pageSize).offset((p.page - 1) * p.pageSize).execute()) as PlanRow[];
    return c.json({ items: rows.map((row) => presentPlanItem(row, tree)), total, page: p.page, pageSize: p.pageSize });
  });

  r.add({ method: 'post', path: '/api/target-forms', summary: 'File a 绩效目标申报表 (a draft)', tag: 'plans', auth: true, body: 'json', ok: { status: 201, description: 'the new target form' } }, async (c, actor) => {
    const body = await readJson(c, CreateTarget);
    const form: TargetForm = targetFormOf(body.form);
    const orgId = body.orgId ?? actor.orgId;
    if (orgId === null || !canCreatePlan(actor, orgId, await ctx.orgs())) throw fail('forbidden', { path: 'orgId' });
    const row = await createPlan(db, { actor, kind: 'target', orgId, year: form.year, projectName: form.projectName, body: form, targetFormId: null });
    return present(c, row, actor, 201);
  });

  r.add({ method: 'post', path: '/api/target-forms/check', summary: 'Review a target form as it is filled, without saving: its issues, review findings and earlier years', tag: 'plans', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, CreateTarget);
    const form: TargetForm = targetFormOf(body.form);
    const orgId = body.orgId ?? actor.orgId;
    if (orgId === null || !canCreatePlan(actor, orgId, await ctx.orgs())) throw fail('forbidden', { path: 'orgId' });
    return c.json(await checkTargetForm(db, orgId, form));
  });

  r.add({ method: 'post', path: '/api/target-forms/:id/monitoring', summary: 'File a 运行监控表 against approved targets (pre-filled from them unless form is given)', tag: 'plans', auth: true, body: 'json', ok: { status: 201, description: 'the new monitoring form' } }, async (c, actor) => {
    const body = await readJson(c, CreateMonitoring);
    const { target, baseline } = await approvedTarget(c, actor);
    const t = JSON.parse(target.body) as TargetForm;
    const form = body.form === undefined
      ? monitoringFromBaseline({ year: t.year, projectName: t.projectName, department: t.department, implementer: t.implementer, unit: t.funds.unit, budget: t.funds.total }, baseline.targets, body.period)
      : monitoringFormOf(body.form, baseline);
    const row = await createPlan(db, { actor, kind: 'monitoring', orgId: target.org_id, year: target.year, projectName: target.project_name, body: form, targetFormId: target.id });
    return present(c, row, actor, 201);
  });

  r.add({ method: 'post', path: '/api/target-forms/:id/adjustments', summary: 'File a 目标调整申请 (reason and changes to the approved targets)', tag: 'plans', auth: true, body: 'json', ok: { status: 201, description: 'the new adjustment request' } }, async (c, actor) => {
    const body = await readJson(c, CreateAdjustment);
    const { target } = await approvedTarget(c, actor);
    const adj: Adjustment = adjustmentOf(body.form, target, 'adjustment');
    const row = await createPlan(db, { actor, kind: 'adjustment', orgId: target.org_id, year: target.year, projectName: target.project_name, body: adj, targetFormId: target.id });
    return present(c, row, actor, 201);
  });

  r.add({ method: 'post', path: '/api/target-forms/:id/evaluation', summary: 'Create the self-evaluation from approved targets (targets locked, adjustments applied)', tag: 'plans', auth: true, ok: { status: 201, description: 'the new self-evaluation (form resource)' } }, async (c, actor) => {
    const { tree, target } = await approvedTarget(c, actor);
    const form = await evaluationFromPlan(db, tree, { actor, target, evidence: ctx.evidence });
    return sendJsonText(c, await presentFormText(db, form, tree, actor.name), 201);
  });

  r.add({ method: 'get', path: '/api/plans/:id', summary: 'One target, monitoring or adjustment form, with its issues, review findings or lights', tag: 'plans', auth: true }, async (c, actor) => present(c, (await planOf(c, actor)).plan, actor));

  r.add({ method: 'put', path: '/api/plans/:id', summary: 'Edit a plan form at a version (409 when stale)', tag: 'plans', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, PutBody);
    const { tree, plan } = await planOf(c, actor);
    if (!canEditPlan(actor, refOf(plan), tree)) throw fail('forbidden');
    const target = plan.target_form_id === null ? undefined : await planOr404(db, plan.target_form_id);
    const form =
      plan.kind === 'target' ? targetFormOf(body.form)
      : plan.kind === 'monitoring' ? monitoringFormOf(body.form, baselineOfRow(target!))
      : adjustmentOf(body.form, target!, (JSON.parse(plan.body) as Adjustment).id);
    return present(c, await write(plan.id, actor, () => updatePlan(db, { actor, plan, version: body.version, body: form })), actor);
  });

  r.add({ method: 'delete', path: '/api/plans/:id', summary: 'Delete a draft plan form', tag: 'plans', auth: true, body: 'json', ok: { status: 204, description: 'deleted' } }, async (c, actor) => {
    const body = await readJson(c, DeleteBody);
    const { tree, plan } = await planOf(c, actor);
    if (!canEditPlan(actor, refOf(plan), tree)) throw fail('forbidden');
    await write(plan.id, actor, () => deletePlan(db, { actor, plan, version: body.version }));
    return c.body(null, 204);
  });

  r.add({ method: 'post', path: '/api/plans/:id/transition', summary: 'Plan workflow: submit | return (reason) | approve (department) | finance-approve (target: the baseline; adjustment: applied) | unlock (reason)', tag: 'plans', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, TransitionBody);
    const { tree, plan } = await planOf(c, actor);
    if (!canTransitionPlan(actor, refOf(plan), body.action, tree)) throw fail('forbidden');
    return present(c, await write(plan.id, actor, () => transitionPlan(db, tree, { actor, plan, ...body })), actor);
  });

  r.add({ method: 'get', path: '/api/plans/:id/versions', summary: 'History of a plan form (who did what, with reasons)', tag: 'plans', auth: true }, async (c, actor) => {
    const { plan } = await planOf(c, actor);
    const rows = await db.selectFrom('plan_versions').select(['version', 'at', 'by_user', 'action', 'comment']).where('plan_id', '=', plan.id).orderBy('version', 'desc').execute();
    const names = await userNames(db, rows.map((x) => x.by_user));
    return c.json({ items: rows.map((x) => ({ version: x.version, at: x.at, byId: x.by_user, by: x.by_user === null ? null : names.get(x.by_user) ?? null, action: x.action, comment: x.comment })) });
  });

  r.add({ method: 'get', path: '/api/forms/:id/cycle', summary: 'Beside each indicator of a self-evaluation created from approved targets: approved changes, monitoring with its light, earlier years', tag: 'plans', auth: true }, async (c, actor) => {
    const tree = await ctx.orgs();
    const form = await readableForm(db, tree, actor, idParam(c));
    const beside = await besideOf(db, form.id, JSON.parse(form.evaluation), tree);
    return c.json(beside ?? { targetFormId: null, beside: null, findings: null });
  });
}

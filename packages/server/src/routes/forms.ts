/** Form routes: list, create, read, edit, delete, transitions, history, comments, stateless scoring. */
import { z } from 'zod';
import { checkEvaluation, validateEvaluation, type Evaluation } from '@jixiao/core';
import type { AppContext, C } from '../context';
import { fail } from '../errors';
import { idParam, parseWith, readJson, requireActor } from '../http';
import { ACTIONS, canComment, canCreateForm, canInspectForm, canReadForm, canUseTools, hiddenStatuses, type Actor } from '../policies';
import { presentFormText, presentListItem, sendJsonText, userNames } from '../presenters';
import { createForm, deleteForm, notFound, updateForm } from '../commands/forms';
import { transitionForm } from '../commands/workflow';
import { allowedOrgs, ListSchema, listForms } from '../commands/queries';
import { evaluationAt, findForm, refOf, SAME_EVALUATION, type FormRow } from '../commands/store';
import { audit } from '../commands/audit';
import type { Routes } from './registry';

/** Validate an Evaluation with core; issues become a 400 whose path points into the body. */
export function evaluationOf(value: unknown, prefix = 'evaluation'): Evaluation {
  const r = validateEvaluation(value);
  if (r.ok) return r.value;
  const i = r.issues[0];
  throw fail('invalid-evaluation', { path: `${prefix}.${i.path}`, message: i.message });
}

const version = z.number().int().min(1).max(2_147_483_647);
const CreateBody = z.object({ evaluation: z.unknown(), orgId: z.number().int().positive().optional() });
const PutBody = z.object({ version, evaluation: z.unknown() });
const DeleteBody = z.object({ version });
const ReviewBody = z.object({
  scores: z.record(z.string().max(6), z.object({ score: z.number().finite().nullable(), reason: z.string().max(2000) })),
  comment: z.string().max(5000).optional(),
});
const TransitionBody = z.object({ version, action: z.enum(ACTIONS as [string, ...string[]]), comment: z.string().max(5000).optional(), review: ReviewBody.optional() });
const CommentBody = z.object({ text: z.string().trim().min(1).max(5000), indicator: z.number().int().min(0).max(10_000).nullable().optional() });
const ScoreBody = z.object({ evaluation: z.unknown(), config: z.object({ template: z.string().max(100).optional(), rules: z.record(z.string(), z.unknown()).optional() }).optional() });

/** Load a form the actor may read, else 404 (existence is not revealed). */
export async function readableForm(ctx: AppContext, c: C, actor: Actor | null): Promise<FormRow> {
  const form = await findForm(ctx.database.db, idParam(c));
  if (!form || !canReadForm(actor, refOf(form), await ctx.orgs())) notFound();
  return form;
}

export function mountForms(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  // A row just written by the actor names the actor as its editor; a row read carries the joined name.
  const present = async (c: C, row: FormRow, by?: Actor, status: 200 | 201 = 200) =>
    sendJsonText(c, await presentFormText(db, row, await ctx.orgs(), by && row.updated_by === by.id ? by.name : undefined), status);

  r.add({ method: 'get', path: '/api/forms', summary: 'List forms in scope (reviewers: from 已提交 on); rule= keeps forms with a finding of that rule', tag: 'forms', auth: true, query: ['year', 'orgId', 'status', 'grade', 'q', 'rule', 'page', 'pageSize', 'sort'] }, async (c) => {
    const actor = requireActor(c);
    const p = parseWith(ListSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const { rows, total } = await listForms(db, allowedOrgs(actor, tree, p.orgId), { ...p, hidden: hiddenStatuses(actor) });
    return c.json({ items: rows.map((row) => presentListItem(row, tree)), total, page: p.page, pageSize: p.pageSize });
  });

  r.add({ method: 'post', path: '/api/forms', summary: 'Create a draft', tag: 'forms', auth: true, body: 'json', ok: { status: 201, description: 'the new form' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, CreateBody);
    const evaluation = evaluationOf(body.evaluation);
    const orgId = body.orgId ?? actor.orgId;
    if (orgId === null || !canCreateForm(actor, orgId, await ctx.orgs())) throw fail('forbidden', { path: 'orgId' });
    return present(c, await createForm(db, { actor, orgId, evaluation }), actor, 201);
  });

  r.add({ method: 'get', path: '/api/forms/:id', summary: 'One form', tag: 'forms', auth: true }, async (c) => {
    const actor = requireActor(c);
    return present(c, await readableForm(ctx, c, actor));
  });

  r.add({ method: 'put', path: '/api/forms/:id', summary: 'Edit a form at a version (409 when stale)', tag: 'forms', auth: true, body: 'json' }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, PutBody);
    const evaluation = evaluationOf(body.evaluation);
    const form = await readableForm(ctx, c, actor);
    return present(c, await updateForm(db, await ctx.orgs(), { actor, form, version: body.version, evaluation }), actor);
  });

  r.add({ method: 'delete', path: '/api/forms/:id', summary: 'Delete a draft', tag: 'forms', auth: true, body: 'json', ok: { status: 204, description: 'deleted' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, DeleteBody);
    const form = await readableForm(ctx, c, actor);
    await deleteForm(db, await ctx.orgs(), { actor, form, version: body.version });
    return c.body(null, 204);
  });

  r.add({ method: 'post', path: '/api/forms/:id/transition', summary: 'Workflow action: submit | return (department: submitted; finance: approved or re-scored) | approve (locks the targets) | finance-review | publish | unlock (finance/admin; a department its own approval) | unlock-targets (finance/admin); return and unlocks need a comment', tag: 'workflow', auth: true, body: 'json' }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, TransitionBody);
    const form = await readableForm(ctx, c, actor);
    const tree = await ctx.orgs();
    if (!canInspectForm(actor, refOf(form), tree)) throw fail('forbidden');
    const row = await transitionForm(db, tree, { actor, form, version: body.version, action: body.action as (typeof ACTIONS)[number], comment: body.comment, review: body.review });
    return present(c, row, actor);
  });

  r.add({ method: 'get', path: '/api/forms/:id/versions', summary: 'History of a form', tag: 'forms', auth: true }, async (c) => {
    const actor = requireActor(c);
    const form = await readableForm(ctx, c, actor);
    if (!canInspectForm(actor, refOf(form), await ctx.orgs())) notFound();
    const rows = await db.selectFrom('form_versions').select(['version', 'at', 'by_user', 'action', 'diff', 'comment']).where('form_id', '=', form.id).orderBy('version', 'desc').execute();
    const names = await userNames(db, rows.map((x) => x.by_user));
    return c.json({ items: rows.map((x) => ({ version: x.version, at: x.at, by: x.by_user === null ? null : names.get(x.by_user) ?? null, byId: x.by_user, action: x.action, comment: x.comment, diff: JSON.parse(x.diff) })) });
  });

  r.add({ method: 'get', path: '/api/forms/:id/versions/:v', summary: 'One earlier version', tag: 'forms', auth: true }, async (c) => {
    const actor = requireActor(c);
    const form = await readableForm(ctx, c, actor);
    if (!canInspectForm(actor, refOf(form), await ctx.orgs())) notFound();
    const v = idParam(c, 'v');
    const row = await db.selectFrom('form_versions').select(['version', 'evaluation', 'at', 'action']).where('form_id', '=', form.id).where('version', '=', v).executeTakeFirst();
    if (!row) notFound();
    const evaluation = row.evaluation !== SAME_EVALUATION ? row.evaluation : await evaluationAt(db, form.id, v);
    if (evaluation === undefined) notFound();
    return c.json({ version: row.version, at: row.at, action: row.action, evaluation: JSON.parse(evaluation) });
  });

  r.add({ method: 'get', path: '/api/forms/:id/comments', summary: 'Comments on a form', tag: 'workflow', auth: true }, async (c) => {
    const actor = requireActor(c);
    const form = await readableForm(ctx, c, actor);
    if (!canComment(actor, refOf(form), await ctx.orgs())) notFound();
    const rows = await db.selectFrom('comments').selectAll().where('form_id', '=', form.id).orderBy('id').execute();
    const names = await userNames(db, rows.map((x) => x.user_id));
    return c.json({ items: rows.map((x) => ({ id: x.id, text: x.text, indicator: x.indicator, at: x.at, by: names.get(x.user_id) ?? null, byId: x.user_id })) });
  });

  r.add({ method: 'post', path: '/api/forms/:id/comments', summary: 'Comment on a form or an indicator', tag: 'workflow', auth: true, body: 'json', ok: { status: 201, description: 'the comment' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, CommentBody);
    const form = await readableForm(ctx, c, actor);
    if (!canComment(actor, refOf(form), await ctx.orgs())) throw fail('forbidden');
    const indicator = body.indicator ?? null;
    if (indicator !== null && indicator >= (JSON.parse(form.evaluation) as Evaluation).indicators.length)
      throw fail('invalid-body', { path: 'indicator', message: { zh: '没有这个指标', en: 'there is no such indicator' } });
    const at = new Date().toISOString();
    const row = await db.transaction().execute(async (trx) => {
      const x = await trx.insertInto('comments').values({ form_id: form.id, user_id: actor.id, at, text: body.text, indicator }).returning('id').executeTakeFirstOrThrow();
      await audit(trx, { userId: actor.id, action: 'form.comment', formId: form.id, detail: { commentId: x.id, indicator } });
      return x;
    });
    return c.json({ id: row.id, text: body.text, indicator, at, by: actor.name, byId: actor.id }, 201);
  });

  r.add({ method: 'post', path: '/api/score', summary: 'Score and review an evaluation (stateless, as the CLI)', tag: 'tools', auth: true, body: 'json' }, async (c) => {
    const actor = c.get('actor');
    if (!canUseTools(actor)) throw fail('unauthenticated');
    const body = await readJson(c, ScoreBody);
    const evaluation = evaluationOf(body.evaluation);
    // Exactly as the CLI's check: core's checkEvaluation.
    const result = checkEvaluation(evaluation, body.config as never);
    return c.json({ scored: { ...result.scored, evaluation: undefined }, findings: result.findings });
  });
}

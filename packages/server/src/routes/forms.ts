/** Form routes: list, create, read, edit, delete, transitions, history, comments, stateless scoring. */
import { z } from 'zod';
import { ACTIONS, scoreAndReview } from '@jixiao/core';
import type { AppContext, C } from '../context';
import { fail, notFound } from '../errors';
import { evaluationOf, idParam, parseWith, readJson } from '../http';
import {
  allowedOrgs, canComment, checkDuties, canCreateForm, canDeleteForm, canEditForm, canInspectForm, canTransition, hiddenStatuses, readableForm, type Actor,
} from '../policies';
import { presentFormText, presentListItem, sendJsonText, userNames } from '../presenters/forms';
import { presentComment, presentVersion, presentVersionAt } from '../presenters/history';
import { createForm, deleteForm, updateForm } from '../commands/forms';
import { transitionForm } from '../commands/workflow';
import { ListSchema, listForms } from '../commands/queries';
import { addComment, listComments } from '../commands/comments';
import { listVersions, versionAt } from '../commands/history';
import { refOf, type FormRow } from '../commands/store';
import type { Routes } from './registry';
import { effectiveSetting } from '../commands/settings';
import { openByForm } from '../commands/rectification';

const version = z.number().int().min(1).max(2_147_483_647);
const CreateBody = z.object({ evaluation: z.unknown(), orgId: z.number().int().positive().optional() });
const PutBody = z.object({ version, evaluation: z.unknown() });
const DeleteBody = z.object({ version });
const FinanceReviewBody = z.object({
  scores: z.record(z.string().max(6), z.object({ score: z.number().finite().nullable(), reason: z.string().max(2000) })),
  comment: z.string().max(5000).optional(),
});
const TransitionBody = z.object({ version, action: z.enum(ACTIONS), comment: z.string().max(5000).optional(), financeReview: FinanceReviewBody.optional() });
const CommentBody = z.object({ text: z.string().trim().min(1).max(5000), indicator: z.number().int().min(0).max(10_000).nullable().optional() });
const ScoreBody = z.object({ evaluation: z.unknown(), config: z.object({ template: z.string().max(100).optional(), rules: z.record(z.string(), z.unknown()).optional() }).optional() });

export function mountForms(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  // A row just written by the actor names the actor as its editor; a row read carries the joined name.
  const present = async (c: C, row: FormRow, by?: Actor, status: 200 | 201 = 200) =>
    sendJsonText(c, await presentFormText(db, row, await ctx.orgs(), by && row.updated_by === by.id ? by.name : undefined), status);
  /** The form of the path with the org tree; 404 unless the actor may read it. */
  const formOf = async (c: C, actor: Actor) => {
    const tree = await ctx.orgs();
    return { tree, form: await readableForm(db, tree, actor, idParam(c)) };
  };
  /** The form of the path for reading beyond the public view (history, comments); 404 otherwise. */
  const inspectable = async (c: C, actor: Actor) => {
    const { tree, form } = await formOf(c, actor);
    if (!canInspectForm(actor, refOf(form), tree)) notFound();
    return form;
  };

  r.add({ method: 'get', path: '/api/forms', summary: 'List forms in scope (reviewers: from 已提交 on); rule= keeps forms with a finding of that rule; openRectification counts 整改 items not yet closed (整改中)', tag: 'forms', auth: true, query: ['year', 'orgId', 'status', 'grade', 'q', 'rule', 'page', 'pageSize', 'sort'] }, async (c, actor) => {
    const p = parseWith(ListSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const { rows, total } = await listForms(db, allowedOrgs(actor, tree, p.orgId), { ...p, hidden: hiddenStatuses(actor) });
    // 整改中: a form shows its 整改 items not yet closed.
    const open = await openByForm(db, rows.map((row) => row.id));
    return c.json({ items: rows.map((row) => ({ ...presentListItem(row, tree), openRectification: open.get(row.id) ?? 0 })), total, page: p.page, pageSize: p.pageSize });
  });

  r.add({ method: 'post', path: '/api/forms', summary: 'Create a draft', tag: 'forms', auth: true, body: 'json', ok: { status: 201, description: 'the new form' } }, async (c, actor) => {
    const body = await readJson(c, CreateBody);
    const evaluation = evaluationOf(body.evaluation);
    const orgId = body.orgId ?? actor.orgId;
    const tree = await ctx.orgs(orgId);
    if (orgId === null || !canCreateForm(actor, orgId, tree)) throw fail('forbidden', { path: 'orgId' });
    // The template is finance's choice for the organisation and year where it has made one.
    const assigned = await effectiveSetting(db, tree, orgId, evaluation.year, 'template');
    const ev = assigned.orgId === null ? evaluation : { ...evaluation, template: assigned.value };
    return present(c, await createForm(db, { actor, orgId, evaluation: ev }), actor, 201);
  });

  r.add({ method: 'get', path: '/api/forms/:id', summary: 'One form', tag: 'forms', auth: true }, async (c, actor) => present(c, (await formOf(c, actor)).form));

  r.add({ method: 'put', path: '/api/forms/:id', summary: 'Edit a form at a version (409 when stale)', tag: 'forms', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, PutBody);
    const evaluation = evaluationOf(body.evaluation);
    const { tree, form } = await formOf(c, actor);
    if (!canEditForm(actor, refOf(form), tree)) throw fail('forbidden');
    await checkDuties(db, tree, actor, form, 'edit');
    return present(c, await updateForm(db, tree, { actor, form, version: body.version, evaluation }), actor);
  });

  r.add({ method: 'delete', path: '/api/forms/:id', summary: 'Delete a draft', tag: 'forms', auth: true, body: 'json', ok: { status: 204, description: 'deleted' } }, async (c, actor) => {
    const body = await readJson(c, DeleteBody);
    const { tree, form } = await formOf(c, actor);
    if (!canDeleteForm(actor, refOf(form), tree)) throw fail('forbidden');
    await deleteForm(db, tree, { actor, form, version: body.version, evidence: ctx.evidence });
    return c.body(null, 204);
  });

  r.add({ method: 'post', path: '/api/forms/:id/transition', summary: 'Workflow action: submit | withdraw (unit, submitted → draft) | return (department: submitted; finance: approved or re-scored) | approve (locks the targets) | finance-review (with financeReview) | publish | unlock (finance/admin; a department its own approval) | unlock-targets (finance/admin); return and unlocks need a comment', tag: 'workflow', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, TransitionBody);
    const { tree, form } = await formOf(c, actor);
    if (!canTransition(actor, refOf(form), body.action, tree)) throw fail('forbidden');
    await checkDuties(db, tree, actor, form, body.action);
    // Finance decides whether error-level findings stop a form going to the department or the public.
    if ((body.action === 'submit' || body.action === 'publish') && form.findings_error > 0 && (await effectiveSetting(db, tree, form.org_id, form.year, 'errors-block')).value === 'true')
      throw fail('findings-block', { path: 'findings' });
    return present(c, await transitionForm(db, tree, { actor, form, ...body }), actor);
  });

  r.add({ method: 'get', path: '/api/forms/:id/versions', summary: 'History of a form', tag: 'forms', auth: true }, async (c, actor) => {
    const rows = await listVersions(db, (await inspectable(c, actor)).id);
    const names = await userNames(db, rows.map((x) => x.by_user));
    return c.json({ items: rows.map((x) => presentVersion(x, names)) });
  });

  r.add({ method: 'get', path: '/api/forms/:id/versions/:v', summary: 'One earlier version', tag: 'forms', auth: true }, async (c, actor) => {
    const form = await inspectable(c, actor);
    const row = await versionAt(db, form.id, idParam(c, 'v'));
    if (!row) notFound();
    return c.json(presentVersionAt(row));
  });

  r.add({ method: 'get', path: '/api/forms/:id/comments', summary: 'Comments on a form', tag: 'workflow', auth: true }, async (c, actor) => {
    const rows = await listComments(db, (await inspectable(c, actor)).id);
    const names = await userNames(db, rows.map((x) => x.user_id));
    return c.json({ items: rows.map((x) => presentComment(x, names)) });
  });

  r.add({ method: 'post', path: '/api/forms/:id/comments', summary: 'Comment on a form or an indicator', tag: 'workflow', auth: true, body: 'json', ok: { status: 201, description: 'the comment' } }, async (c, actor) => {
    const body = await readJson(c, CommentBody);
    const { tree, form } = await formOf(c, actor);
    if (!canComment(actor, refOf(form), tree)) throw fail('forbidden');
    const row = await addComment(db, { actor, form, text: body.text, indicator: body.indicator ?? null });
    return c.json(presentComment(row, new Map([[actor.id, actor.name]])), 201);
  });

  r.add({ method: 'post', path: '/api/score', summary: 'Score and review an evaluation (stateless, as the CLI)', tag: 'tools', auth: true, body: 'json' }, async (c) => {
    const body = await readJson(c, ScoreBody);
    const evaluation = evaluationOf(body.evaluation);
    // Exactly as the CLI's check: core's scoreAndReview.
    const result = scoreAndReview(evaluation, body.config as never);
    return c.json({ scored: { ...result.scored, evaluation: undefined }, findings: result.findings });
  });
}

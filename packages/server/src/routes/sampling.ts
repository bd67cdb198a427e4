/**
 * 抽查 and 复核 by a panel: the risk ranking of a scope's submitted forms, sample draws and their
 * manual changes, assignments to panel reviewers (experts see only their assigned forms, within the
 * period), the panel's checklist and re-score, and finance's decision (accept: the panel's scores
 * become the form's 财政复核 through the workflow; return: back to the panel with a reason).
 */
import { z } from 'zod';
import type { AppContext } from '../context';
import { fail, notFound } from '../errors';
import { idParam, parseWith, readJson } from '../http';
import { allowedOrgs, canSample, checkDuties, scopeOf, type Actor } from '../policies';
import {
  assign, CHECKLIST, changeSample, decidePanel, drawAndRecord, loadSample, panelMayWork, presentAssignment, rankScope, saveChecklist, setAssignmentPublic, submitPanel, updateAssignment,
  type Assignment, type PanelResult,
} from '../commands/sampling';
import { lightSettingsFor } from '../commands/settings';
import { transitionForm } from '../commands/workflow';
import { findForm } from '../commands/store';
import { userNames } from '../presenters/forms';
import type { Routes } from './registry';

const ScopeQuery = z.object({ year: z.coerce.number().int().min(1990).max(2200), scope: z.coerce.number().int().positive().optional() });
const ListQuery = z.object({ year: z.coerce.number().int().min(1990).max(2200).optional(), scope: z.coerce.number().int().positive().optional() });
const Reasoned = z.object({ formId: z.number().int().positive(), reason: z.string().max(2000) });
const DrawBody = z.object({
  year: z.number().int().min(1990).max(2200),
  scope: z.number().int().positive().optional(),
  top: z.number().int().min(0).max(100_000),
  random: z.number().int().min(0).max(100_000).optional(),
  randomShare: z.number().min(0).max(1).optional(),
  seed: z.string().trim().min(1).max(200),
  add: z.array(Reasoned).max(1000).optional(),
  remove: z.array(Reasoned).max(1000).optional(),
});
const ChangeBody = z.object({ op: z.enum(['add', 'remove']), formId: z.number().int().positive(), reason: z.string().max(2000) });
const date = z.string().max(10);
const AssignBody = z.object({ formId: z.number().int().positive(), userId: z.number().int().positive(), from: date, to: date });
const PatchBody = z.object({ from: date.optional(), to: date.optional(), cancel: z.boolean().optional() });
const ChecklistBody = z.object({ items: z.array(z.object({ key: z.string().max(40), checked: z.boolean(), notes: z.string().max(5000) })).max(50) });
const SubmitBody = z.object({
  scores: z.record(z.string().max(6), z.object({ score: z.number().finite().nullable(), reason: z.string().max(2000) })),
  comment: z.string().max(5000).optional(),
});
const DecideBody = z.object({ decision: z.enum(['accept', 'return']), reason: z.string().max(5000).optional() });
const PublicBody = z.object({ public: z.boolean() });
const AssignmentsQuery = z.object({ formId: z.coerce.number().int().positive().optional() });

export function mountSampling(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  /** The scope asked (default: the actor's organisation) if finance may sample there; its organisations in the actor's view. */
  const scopeFor = async (actor: Actor, scope: number | undefined) => {
    const orgId = scope ?? actor.orgId;
    if (orgId === null) throw fail('invalid-query', { path: 'scope', message: { zh: '请指定范围（组织编号）', en: 'give the scope (an organisation id)' } });
    const tree = await ctx.orgs(orgId);
    if (!tree.get(orgId) || !canSample(actor, orgId, tree)) throw fail('forbidden', { path: 'scope' });
    return { orgId, tree, orgs: allowedOrgs(actor, tree, orgId) };
  };
  /** The monitoring thresholds in force for a unit in the year (set anywhere above it, so the whole tree). */
  const lightsOf = async (year: number) => {
    const tree = await ctx.orgs();
    return (orgId: number) => lightSettingsFor(db, tree, orgId, year);
  };
  /** A sample finance may see, else 404. */
  const sampleOf = async (actor: Actor, id: number) => {
    const s = await loadSample(db, id);
    const tree = await ctx.orgs();
    if (!s || !canSample(actor, s.sample.org_id, tree)) notFound();
    return s;
  };
  const assignmentOf = async (id: number) => {
    const a = await db.selectFrom('panel_assignments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!a) notFound();
    return a;
  };
  /** Finance over the assignment's sample (404 otherwise). */
  const financeOver = async (actor: Actor, a: Assignment) => {
    const s = await db.selectFrom('samples').select('org_id').where('id', '=', a.sample_id).executeTakeFirstOrThrow();
    const tree = await ctx.orgs();
    if (!canSample(actor, s.org_id, tree)) notFound();
    return tree;
  };
  /** The panel member working on its own assignment: 404 when not its own, 409 when its period is over or it is decided. */
  const panelOn = async (actor: Actor, id: number) => {
    const a = await assignmentOf(id);
    if (a.user_id !== actor.id) notFound();
    if (!panelMayWork(actor, a)) throw fail('invalid-transition', { path: 'status', message: { zh: '该复核任务不在有效期内或已提交', en: 'the assignment is outside its period or already submitted' } });
    return a;
  };

  r.add({ method: 'get', path: '/api/ranking', summary: '抽查 risk ranking: every submitted form of the year in scope (default: the finance reviewer’s organisation), highest risk first, with each form’s signals and reasons', tag: 'sampling', auth: true, query: ['year', 'scope'] }, async (c, actor) => {
    const q = parseWith(ScopeQuery, c.req.query(), 'invalid-query');
    const { orgId, orgs } = await scopeFor(actor, q.scope);
    const items = await rankScope(db, orgs, q.year, await lightsOf(q.year));
    return c.json({ year: q.year, scope: orgId, items, checklist: CHECKLIST });
  });

  r.add({ method: 'get', path: '/api/samples', summary: 'Samples drawn in scope (year= to filter)', tag: 'sampling', auth: true, query: ['year', 'scope'] }, async (c, actor) => {
    const q = parseWith(ListQuery, c.req.query(), 'invalid-query');
    const { orgs } = await scopeFor(actor, q.scope);
    let s = db.selectFrom('samples').select(['id', 'org_id', 'year', 'seed', 'top_n', 'random_n', 'population', 'created_by', 'created_at']).orderBy('id', 'desc');
    if (orgs !== 'all') s = orgs.length ? s.where('org_id', 'in', orgs) : s.where('id', '=', -1);
    if (q.year) s = s.where('year', '=', q.year);
    const rows = await s.limit(200).execute();
    return c.json({ items: rows.map((x) => ({ id: x.id, scope: x.org_id, year: x.year, seed: x.seed, top: x.top_n, random: x.random_n, population: x.population, createdBy: x.created_by, createdAt: x.created_at })) });
  });

  r.add({ method: 'post', path: '/api/samples', summary: 'Draw a sample: the top N by risk plus a random count (or randomShare of the rest) drawn with the seed; add/remove by hand with a reason each (400 reason-required without)', tag: 'sampling', auth: true, body: 'json', ok: { status: 201, description: 'the sample' } }, async (c, actor) => {
    const body = await readJson(c, DrawBody);
    const { orgId, orgs } = await scopeFor(actor, body.scope);
    const id = await drawAndRecord(db, actor, orgs, { ...body, orgId }, await lightsOf(body.year));
    return c.json(await presentSample(id), 201);
  });

  const presentSample = async (id: number) => {
    const s = (await loadSample(db, id))!;
    const names = await userNames(db, [s.sample.created_by, ...s.assignments.map((a) => a.user_id), ...s.items.flatMap((i) => [i.added_by, i.removed_by])]);
    const name = (u: number | null) => (u === null ? null : names.get(u) ?? '');
    return {
      id: s.sample.id, scope: s.sample.org_id, year: s.sample.year, seed: s.sample.seed, algorithm: s.sample.algorithm, top: s.sample.top_n, random: s.sample.random_n,
      population: s.sample.population, createdBy: name(s.sample.created_by), createdAt: s.sample.created_at,
      items: s.items.map((i) => ({
        formId: i.form_id, way: i.way, rank: i.rank, score: i.score, projectName: i.project_name, department: i.department, implementer: i.implementer, status: i.status,
        added: i.added_at ? { reason: i.added_reason, by: name(i.added_by), at: i.added_at } : null,
        removed: i.removed_at ? { reason: i.removed_reason, by: name(i.removed_by), at: i.removed_at } : null,
      })),
      picks: s.items.filter((i) => !i.removed_at).map((i) => i.form_id),
      assignments: s.assignments.map((a) => presentAssignment(a, { userName: name(a.user_id) })),
    };
  };

  r.add({ method: 'get', path: '/api/samples/:id', summary: 'One sample: its forms (how each came in, manual changes with reason, actor and time) and assignments', tag: 'sampling', auth: true }, async (c, actor) => {
    await sampleOf(actor, idParam(c));
    return c.json(await presentSample(idParam(c)));
  });

  r.add({ method: 'post', path: '/api/samples/:id/changes', summary: 'Add a ranked form to the sample or take one out by hand; the reason is required (400 reason-required) and recorded with who and when', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, ChangeBody);
    const id = idParam(c);
    await sampleOf(actor, id);
    await changeSample(db, actor, id, body);
    return c.json(await presentSample(id));
  });

  r.add({ method: 'post', path: '/api/samples/:id/assignments', summary: 'Assign a sampled form to a panel reviewer (an expert or a finance reviewer) for a period from–to (ISO dates, inclusive)', tag: 'sampling', auth: true, body: 'json', ok: { status: 201, description: 'the assignment' } }, async (c, actor) => {
    const body = await readJson(c, AssignBody);
    const id = idParam(c);
    await sampleOf(actor, id);
    const tree = await ctx.orgs();
    const scope = scopeOf(actor, tree);
    const a = await assign(db, actor, id, body, (orgId) => scope === 'all' || (orgId !== null && scope.has(orgId)));
    return c.json(presentAssignment(a), 201);
  });

  r.add({ method: 'get', path: '/api/assignments', summary: 'Panel assignments: one’s own (an expert: only those in their period); with formId=, finance sees the form’s', tag: 'sampling', auth: true, query: ['formId'] }, async (c, actor) => {
    const q = parseWith(AssignmentsQuery, c.req.query(), 'invalid-query');
    let rows: Assignment[];
    const tree = await ctx.orgs();
    if (q.formId && (actor.role === 'finance_reviewer' || actor.role === 'admin')) {
      const all = (await db.selectFrom('panel_assignments as a').innerJoin('samples as s', 's.id', 'a.sample_id').selectAll('a').select('s.org_id').where('a.form_id', '=', q.formId).orderBy('a.id').execute());
      rows = all.filter((a) => canSample(actor, a.org_id, tree) || a.user_id === actor.id);
    } else {
      let s = db.selectFrom('panel_assignments').selectAll().where('user_id', '=', actor.id).where('status', '<>', 'cancelled').orderBy('id');
      if (q.formId) s = s.where('form_id', '=', q.formId);
      rows = await s.execute();
      // An expert sees its assignments only while they run: after the period the form is gone from its view.
      if (actor.role === 'expert') rows = rows.filter((a) => actor.panel?.has(a.form_id) && presentAssignment(a).active);
    }
    const forms = rows.length ? await db.selectFrom('forms').select(['id', 'project_name', 'department', 'implementer', 'year', 'status', 'version']).where('id', 'in', rows.map((a) => a.form_id)).execute() : [];
    const byId = new Map(forms.map((f) => [f.id, f]));
    const names = await userNames(db, rows.map((a) => a.user_id));
    return c.json({
      checklist: CHECKLIST,
      items: rows.map((a) => {
        const f = byId.get(a.form_id)!;
        return presentAssignment(a, {
          userName: names.get(a.user_id) ?? '',
          form: { id: f.id, projectName: f.project_name, department: f.department, implementer: f.implementer, year: f.year, status: f.status, version: f.version },
        });
      }),
    });
  });

  r.add({ method: 'patch', path: '/api/assignments/:id', summary: 'Change an assignment’s period or cancel it (finance)', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, PatchBody);
    const a = await assignmentOf(idParam(c));
    await financeOver(actor, a);
    return c.json(presentAssignment(await updateAssignment(db, actor, a, body)));
  });

  r.add({ method: 'put', path: '/api/assignments/:id/public', summary: 'Finance chooses whether an accepted 复核 outcome is shown on the public page with the published form (409 unless accepted)', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, PublicBody);
    const a = await assignmentOf(idParam(c));
    await financeOver(actor, a);
    return c.json(presentAssignment(await setAssignmentPublic(db, actor, a, body.public)));
  });

  r.add({ method: 'put', path: '/api/assignments/:id/checklist', summary: 'The panel member saves its checklist (核查要点: checked and notes per item)', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, ChecklistBody);
    const a = await panelOn(actor, idParam(c));
    return c.json(presentAssignment(await saveChecklist(db, a, body.items)));
  });

  r.add({ method: 'post', path: '/api/assignments/:id/submit', summary: 'The panel member submits its re-score (as a finance review: score and reason per row, a comment)', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, SubmitBody);
    const a = await panelOn(actor, idParam(c));
    return c.json(presentAssignment(await submitPanel(db, actor, a, body)));
  });

  r.add({ method: 'post', path: '/api/assignments/:id/decide', summary: 'Finance accepts the panel’s result (it becomes the form’s 财政复核 through the workflow) or returns it to the panel with a reason', tag: 'sampling', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, DecideBody);
    const a = await assignmentOf(idParam(c));
    const tree = await financeOver(actor, a);
    const reason = body.reason?.trim() ?? '';
    if (a.status !== 'submitted') throw fail('invalid-transition', { path: 'decision', message: { zh: '复核结果尚未提交或已处理', en: 'the panel result is not submitted or already decided' } });
    if (body.decision === 'return') {
      if (!reason) throw fail('reason-required', { path: 'reason' });
      return c.json(presentAssignment(await decidePanel(db, actor, a, 'return', reason)));
    }
    const form = await findForm(db, a.form_id);
    if (!form) notFound();
    if (actor.role !== 'finance_reviewer') throw fail('forbidden', { path: 'decision', message: { zh: '采纳复核结果须由财政复核人员办理', en: 'a finance reviewer accepts a panel result' } });
    await checkDuties(db, tree, actor, form, 'finance-review');
    const result = JSON.parse(a.result!) as PanelResult;
    // The panel's scores become the form's finance review through the one workflow (status and version checked there).
    await transitionForm(db, tree, { actor, form, version: form.version, action: 'finance-review', comment: reason || undefined, financeReview: { scores: result.scores, comment: result.comment } });
    return c.json(presentAssignment(await decidePanel(db, actor, a, 'accept', reason)));
  });
}

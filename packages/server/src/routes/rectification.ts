/**
 * 整改 routes. Finance opens items on forms it may inspect (from a finding, a 复核 row or its own
 * words); the unit answers its own items, with evidence uploaded to the item; finance accepts or
 * reopens. Reading: a unit its items, a department its units', finance and admins their subtree.
 */
import { z } from 'zod';
import { isCalendarDate, RECT_ACTIONS, RECT_FILTERS, RECT_OPENER_ROLES, RECT_SOURCES } from '@jixiao/core';
import type { AppContext, C } from '../context';
import { fail, notFound } from '../errors';
import { idParam, parseWith, readJson } from '../http';
import { allowedOrgs, canInspectForm, scopeOf, type Actor } from '../policies';
import { findForm, refOf } from '../commands/store';
import { actOnItem, countsByOrg, findItem, itemEvents, listItems, openItem, setItemPublic } from '../commands/rectification';
import { presentEvent, presentItem } from '../presenters/rectification';
import { departmentOf } from '../commands/results';
import { sendEvidence } from './evidence';
import type { Routes } from './registry';

const Year = z.string().regex(/^\d{4}$/, 'a year such as 2020').transform(Number);
const Id = z.string().regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number').transform(Number);
const ListQuery = z.object({
  filter: z.enum(RECT_FILTERS).optional(),
  year: Year.optional(),
  formId: Id.optional(),
  limit: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)).default(500),
});
const CountsQuery = z.object({ year: Year.optional() });
const Text = (max: number) => z.string().trim().min(1).max(max);
const OpenBody = z.object({
  formId: z.number().int().positive(),
  source: z.enum(RECT_SOURCES),
  sourceRef: z.string().max(300).optional(),
  what: Text(5000),
  requiredAction: Text(5000),
  deadline: z.string().refine(isCalendarDate, 'a date YYYY-MM-DD'),
  public: z.boolean().optional(),
}).refine((b) => b.source === 'manual' || !!b.sourceRef, { path: ['sourceRef'], message: 'a finding or 复核 row must be named' });
const ActBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  action: z.enum(RECT_ACTIONS),
  text: z.string().max(5000).optional(),
  evidence: z.array(z.number().int().positive()).max(100).optional(),
});
const PublicBody = z.object({ public: z.boolean() });
const UploadQuery = z.object({ name: z.string().min(1).max(255).refine((s) => !/[\u0000-\u001f\u007f/\\]/.test(s), 'must not hold control characters or slashes') });

export function mountRectification(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  /** The item of the path, 404 unless in the actor's scope. */
  const itemOf = async (c: C, actor: Actor) => {
    const item = (await findItem(db, idParam(c))) ?? notFound();
    const s = scopeOf(actor, await ctx.orgs());
    if (s !== 'all' && !s.has(item.org_id)) notFound();
    return item;
  };
  const present = async (c: C, item: NonNullable<Awaited<ReturnType<typeof findItem>>>, status: 200 | 201 = 200) => {
    const form = await findForm(db, item.form_id);
    return c.json(presentItem({ ...item, project_name: form?.project_name, implementer: form?.implementer }, await ctx.orgs()), status);
  };

  r.add({ method: 'get', path: '/api/rectification', summary: '整改 items in scope (a unit its own, a department its units’, finance its subtree); filter=open|overdue|closed', tag: 'rectification', auth: true, query: ['filter', 'year', 'formId', 'limit'] }, async (c, actor) => {
    const q = parseWith(ListQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const rows = await listItems(db, { ...q, orgs: allowedOrgs(actor, tree) });
    return c.json({ items: rows.map((row) => presentItem(row, tree)) });
  });

  r.add({ method: 'get', path: '/api/rectification/counts', summary: 'Open, overdue and closed 整改 items per department in scope (the dashboard)', tag: 'rectification', auth: true, query: ['year'] }, async (c, actor) => {
    const q = parseWith(CountsQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const byOrg = await countsByOrg(db, allowedOrgs(actor, tree), q.year);
    // A unit's items count for the department above it (a unit directly under finance counts as its own).
    const by = new Map<number, { orgId: number; name: string; open: number; overdue: number; closed: number }>();
    const total = { open: 0, overdue: 0, closed: 0 };
    for (const [org, n] of byOrg) {
      const d = departmentOf(tree, org);
      const row = by.get(d.id) ?? { orgId: d.id, name: d.name, open: 0, overdue: 0, closed: 0 };
      for (const k of ['open', 'overdue', 'closed'] as const) {
        row[k] += n[k];
        total[k] += n[k];
      }
      by.set(d.id, row);
    }
    return c.json({ departments: [...by.values()].sort((a, b) => a.orgId - b.orgId), total });
  });

  r.add({ method: 'post', path: '/api/rectification', summary: 'Open a 整改 item on a form (finance): source finding (sourceRef "rule-id@path"), review (sourceRef a 复核 row key) or manual; what, requiredAction, deadline (YYYY-MM-DD)', tag: 'rectification', auth: true, body: 'json', ok: { status: 201, description: 'the item' } }, async (c, actor) => {
    if (!RECT_OPENER_ROLES.includes(actor.role)) throw fail('forbidden');
    const body = await readJson(c, OpenBody);
    const tree = await ctx.orgs();
    const form = await findForm(db, body.formId);
    if (!form || !canInspectForm(actor, refOf(form), tree)) throw fail('invalid-body', { path: 'formId', message: { zh: '没有这张表，或无权对其下达整改', en: 'no such form, or not one you may open items on' } });
    let item = await openItem(db, { actor, form, input: body });
    if (body.public) item = await setItemPublic(db, { actor, item, public: true });
    return present(c, item, 201);
  });

  r.add({ method: 'get', path: '/api/rectification/:id', summary: 'One 整改 item with its history and the evidence uploaded to it', tag: 'rectification', auth: true }, async (c, actor) => {
    const item = await itemOf(c, actor);
    const form = await findForm(db, item.form_id);
    const [events, evidence] = await Promise.all([itemEvents(db, item.id), ctx.evidence.list('rectification', item.id)]);
    return c.json({ ...presentItem({ ...item, project_name: form?.project_name, implementer: form?.implementer }, await ctx.orgs()), events: events.map(presentEvent), evidence });
  });

  r.add({ method: 'post', path: '/api/rectification/:id/actions', summary: 'answer (the unit: text, evidence ids uploaded to the item) | accept (finance: closes) | reopen (finance: text is the reason), at a version (409 when stale)', tag: 'rectification', auth: true, body: 'json' }, async (c, actor) => {
    const item = await itemOf(c, actor);
    const body = await readJson(c, ActBody);
    return present(c, await actOnItem(db, { actor, item, ...body }));
  });

  r.add({ method: 'put', path: '/api/rectification/:id/public', summary: 'Finance chooses whether the item’s outcome is shown on the public page with the published form', tag: 'rectification', auth: true, body: 'json' }, async (c, actor) => {
    if (!RECT_OPENER_ROLES.includes(actor.role)) throw fail('forbidden');
    const item = await itemOf(c, actor);
    const body = await readJson(c, PublicBody);
    return present(c, await setItemPublic(db, { actor, item, public: body.public }));
  });

  r.add({ method: 'post', path: '/api/rectification/:id/evidence', summary: 'The unit uploads a file for its answer (the body; pdf, png, jpg, xlsx or docx by content) while the item is open', tag: 'rectification', auth: true, query: ['name'], ok: { status: 201, description: 'the attachment' } }, async (c, actor) => {
    const q = parseWith(UploadQuery, c.req.query(), 'invalid-query');
    const item = await itemOf(c, actor);
    if (actor.role !== 'unit_editor') throw fail('forbidden');
    if (item.status !== 'open') throw fail('invalid-transition', { path: 'status', message: { zh: '只能在待整改时上传佐证材料', en: 'evidence is uploaded while the item is open' } });
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await ctx.evidence.store(bytes, { ownerKind: 'rectification', ownerId: item.id, indicator: null, name: q.name, byUser: actor.id }), 201);
  });

  r.add({ method: 'get', path: '/api/rectification/:id/evidence/:eid', summary: 'Download a file of the item (inline=1 to show an image or PDF)', tag: 'rectification', auth: true, query: ['inline'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c, actor) => {
    const item = await itemOf(c, actor);
    const it = (await ctx.evidence.get('rectification', item.id, idParam(c, 'eid'))) ?? notFound();
    return sendEvidence(c, ctx, it, c.req.query('inline') === '1');
  });

}

/** Stats, the audit log and the public (no login) view of published forms. */
import { z } from 'zod';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { idParam, parseWith, requireActor } from '../http';
import { canReadAudit, hiddenStatuses, scopeOf } from '../policies';
import { presentFormText, presentListItem, sendJsonText } from '../presenters';
import { allowedOrgs, FilterSchema, ListSchema, listForms } from '../commands/queries';
import { findForm } from '../commands/store';
import { stats } from '../commands/stats';
import { notFound } from '../commands/forms';
import type { Routes } from './registry';

const AuditQuery = z.object({
  formId: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number').transform(Number).optional(),
  limit: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)).default(200),
});

export function mountReports(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/stats', summary: 'Dashboard statistics (amounts in 万元)', tag: 'reports', auth: true, query: ['year', 'orgId', 'status', 'grade', 'q', 'rule'] }, async (c) => {
    const actor = requireActor(c);
    const f = parseWith(FilterSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    return c.json(await stats(db, tree, allowedOrgs(actor, tree, f.orgId), { ...f, hidden: hiddenStatuses(actor) }));
  });

  r.add({ method: 'get', path: '/api/audit', summary: 'Audit entries (admins and finance reviewers)', tag: 'reports', auth: true, query: ['formId', 'limit'] }, async (c) => {
    const actor = requireActor(c);
    if (!canReadAudit(actor)) throw fail('forbidden');
    const q = parseWith(AuditQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const scope = scopeOf(actor, tree);
    // The form and the acting user are joined in: scope is decided on their organisations, and the name is shown.
    let query = db
      .selectFrom('audit')
      .leftJoin('forms', 'forms.id', 'audit.form_id')
      .leftJoin('users', 'users.id', 'audit.user_id')
      .select(['audit.id', 'audit.at', 'audit.user_id', 'audit.action', 'audit.form_id', 'audit.detail', 'forms.org_id', 'forms.status', 'users.org_id as user_org_id', 'users.name as user_name']);
    if (q.formId !== undefined) query = query.where('audit.form_id', '=', q.formId);
    const rows = await query.orderBy('audit.id', 'desc').limit(q.limit).execute();
    // Outside the bootstrap admin, only entries about forms in scope or by users in scope.
    const hidden = hiddenStatuses(actor);
    const visible = scope === 'all' ? rows : rows.filter((x) =>
      x.org_id !== null && x.status !== null ? scope.has(x.org_id) && !hidden.includes(x.status) : x.user_org_id !== null && scope.has(x.user_org_id));
    return c.json({
      items: visible.map((x) => ({ id: x.id, at: x.at, userId: x.user_id, userName: x.user_name ?? null, action: x.action, formId: x.form_id, detail: JSON.parse(x.detail) })),
    });
  });

  r.add({ method: 'get', path: '/api/public/forms', summary: 'Published forms (no login)', tag: 'public', auth: false, query: ['year', 'orgId', 'grade', 'q', 'rule', 'page', 'pageSize', 'sort'] }, async (c) => {
    const p = parseWith(ListSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgs = p.orgId === undefined ? 'all' : [...tree.subtree(p.orgId)];
    const { rows, total } = await listForms(db, orgs, p, true);
    return c.json({ items: rows.map((row) => presentListItem(row, tree)), total, page: p.page, pageSize: p.pageSize });
  });

  r.add({ method: 'get', path: '/api/public/forms/:id', summary: 'One published form (no login)', tag: 'public', auth: false }, async (c) => {
    const form = await findForm(db, idParam(c));
    if (!form || form.status !== 'published') notFound();
    return sendJsonText(c, await presentFormText(db, form, await ctx.orgs()));
  });
}

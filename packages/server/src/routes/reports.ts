/** Stats, the audit log and the public (no login) view of published forms. */
import { z } from 'zod';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { idParam, parseWith } from '../http';
import { allowedOrgs, auditScope, canReadAudit, hiddenStatuses, readableForm } from '../policies';
import { presentFormText, presentListItem, sendJsonText } from '../presenters/forms';
import { presentAuditEntry } from '../presenters/admin';
import { FilterSchema, ListSchema, listForms } from '../commands/queries';
import { stats } from '../commands/stats';
import { listAudit } from '../commands/audit';
import { listNotifications } from '../commands/notifications';
import type { Routes } from './registry';

const AuditQuery = z.object({
  formId: z.string().regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number').transform(Number).optional(),
  limit: z.string().regex(/^\d{1,4}$/).transform(Number).pipe(z.number().int().min(1).max(1000)).default(200),
  /** Entries older than this id (the next page after the last one shown). */
  before: z.string().regex(/^[1-9]\d{0,12}$/, 'must be a positive whole number').transform(Number).optional(),
  /** An action ("form.submit") or a family of them ("form."). */
  action: z.string().regex(/^[a-z.-]{1,40}$/, 'an action name such as form.submit, or a prefix such as form.').optional(),
});

export function mountReports(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/stats', summary: 'Dashboard statistics (amounts in 万元)', tag: 'reports', auth: true, query: ['year', 'orgId', 'status', 'grade', 'q', 'rule'] }, async (c, actor) => {
    const f = parseWith(FilterSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    return c.json(await stats(db, tree, allowedOrgs(actor, tree, f.orgId), { ...f, hidden: hiddenStatuses(actor) }));
  });

  r.add({ method: 'get', path: '/api/audit', summary: 'Audit entries (admins and finance reviewers)', tag: 'reports', auth: true, query: ['formId', 'limit', 'before', 'action'] }, async (c, actor) => {
    if (!canReadAudit(actor)) throw fail('forbidden');
    const q = parseWith(AuditQuery, c.req.query(), 'invalid-query');
    const { rows, next } = await listAudit(db, { ...q, scope: auditScope(actor, await ctx.orgs()) });
    return c.json({ items: rows.map(presentAuditEntry), next });
  });

  r.add({ method: 'get', path: '/api/notifications', summary: 'What others did to the forms of my organisation (a unit editor: its unit; reviewers: their scope), newest first', tag: 'reports', auth: true }, async (c, actor) => {
    const tree = await ctx.orgs();
    return c.json({ items: await listNotifications(db, { userId: actor.id, orgs: allowedOrgs(actor, tree), limit: 30 }) });
  });

  r.add({ method: 'get', path: '/api/public/forms', summary: 'Published forms (no login)', tag: 'public', auth: false, query: ['year', 'orgId', 'grade', 'q', 'rule', 'page', 'pageSize', 'sort'] }, async (c) => {
    const p = parseWith(ListSchema, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgs = p.orgId === undefined ? 'all' : [...tree.subtree(p.orgId)];
    const { rows, total } = await listForms(db, orgs, p, true);
    return c.json({ items: rows.map((row) => presentListItem(row, tree)), total, page: p.page, pageSize: p.pageSize });
  });

  // Read as nobody: a published form, else 404 (a logged-in caller sees no more here than anyone).
  r.add({ method: 'get', path: '/api/public/forms/:id', summary: 'One published form (no login)', tag: 'public', auth: false }, async (c) => {
    const tree = await ctx.orgs();
    return sendJsonText(c, await presentFormText(db, await readableForm(db, tree, null, idParam(c)), tree, undefined, { rectification: false }));
  });
}

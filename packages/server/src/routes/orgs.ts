/** Organisations and users (admins manage; reviewers list their subtree). */
import { z } from 'zod';
import type { AppContext } from '../context';
import { ORG_KINDS, ROLES } from '../db/schema';
import { fail } from '../errors';
import { readJson, requireActor } from '../http';
import { canListOrgs, canManage, scopeOf } from '../policies';
import { createOrg, createUser } from '../commands/admin';
import type { Routes } from './registry';

const OrgBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORG_KINDS),
  parentId: z.number().int().positive().nullable(),
});
const UserBody = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits and _ . @ - only'),
  name: z.string().trim().min(1).max(100),
  password: z.string().max(200),
  role: z.enum(ROLES),
  orgId: z.number().int().positive().nullable(),
});

export function mountOrgs(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/orgs', summary: 'Organisations in the caller’s subtree', tag: 'admin', auth: true }, async (c) => {
    const actor = requireActor(c);
    const tree = await ctx.orgs();
    const scope = scopeOf(actor, tree);
    // A unit editor sees only its own unit (enough for its header), reviewers and admins their subtree.
    const items = tree.all().filter((o) => scope === 'all' || scope.has(o.id)).sort((a, b) => a.id - b.id);
    return c.json({ items });
  });

  r.add({ method: 'post', path: '/api/orgs', summary: 'Create an organisation', tag: 'admin', auth: true, body: 'json', ok: { status: 201, description: 'created' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, OrgBody);
    const tree = await ctx.orgs();
    if (body.parentId !== null && !tree.get(body.parentId)) throw fail('invalid-body', { path: 'parentId', message: { zh: '上级单位不存在', en: 'the parent organisation does not exist' } });
    if (!canManage(actor, body.parentId, tree)) throw fail('forbidden');
    const org = await createOrg(db, tree, { actorId: actor.id, ...body });
    ctx.invalidateOrgs();
    return c.json(org, 201);
  });

  r.add({ method: 'get', path: '/api/users', summary: 'Users in the caller’s subtree', tag: 'admin', auth: true }, async (c) => {
    const actor = requireActor(c);
    if (!canListOrgs(actor)) throw fail('forbidden');
    const tree = await ctx.orgs();
    const scope = scopeOf(actor, tree);
    const rows = await db.selectFrom('users').select(['id', 'username', 'name', 'role', 'org_id', 'created_at']).orderBy('id').execute();
    const items = rows
      .filter((u) => scope === 'all' || (u.org_id !== null && scope.has(u.org_id)))
      .map((u) => ({ id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id, orgName: u.org_id ? tree.get(u.org_id)?.name ?? '' : '', createdAt: u.created_at }));
    return c.json({ items });
  });

  r.add({ method: 'post', path: '/api/users', summary: 'Create a user', tag: 'admin', auth: true, body: 'json', ok: { status: 201, description: 'created' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, UserBody);
    const tree = await ctx.orgs();
    if (body.orgId !== null && !tree.get(body.orgId)) throw fail('invalid-body', { path: 'orgId', message: { zh: '单位不存在', en: 'the organisation does not exist' } });
    if (!canManage(actor, body.orgId, tree)) throw fail('forbidden');
    const u = await createUser(db, tree, { actorId: actor.id, ...body });
    return c.json({ id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id }, 201);
  });
}

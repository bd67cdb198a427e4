/** Organisations and users (admins manage; reviewers list their subtree). */
import { z } from 'zod';
import { ORG_KINDS, ROLES } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { readJson } from '../http';
import { allowedOrgs, canListUsers, canManage } from '../policies';
import { createOrg, createUser, listUsers, updateUser } from '../commands/admin';
import { idParam } from '../http';
import { presentCreatedUser, presentUser } from '../presenters/admin';
import type { Routes } from './registry';

const OrgBody = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORG_KINDS),
  parentId: z.number().int().positive().nullable(),
});
const UserPatch = z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), password: z.string().max(200).optional() });
const UserBody = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9_.@-]+$/, 'letters, digits and _ . @ - only'),
  name: z.string().trim().min(1).max(100),
  password: z.string().max(200),
  role: z.enum(ROLES),
  orgId: z.number().int().positive().nullable(),
});

export function mountOrgs(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/orgs', summary: 'Organisations in the caller’s subtree', tag: 'admin', auth: true }, async (c, actor) => {
    const tree = await ctx.orgs();
    // A unit editor sees only its own unit (enough for its header), reviewers and admins their subtree.
    const orgs = allowedOrgs(actor, tree);
    const visible = orgs === 'all' ? null : new Set(orgs);
    const items = tree.all().filter((o) => !visible || visible.has(o.id)).sort((a, b) => a.id - b.id);
    return c.json({ items });
  });

  r.add({ method: 'post', path: '/api/orgs', summary: 'Create an organisation', tag: 'admin', auth: true, body: 'json', ok: { status: 201, description: 'created' } }, async (c, actor) => {
    const body = await readJson(c, OrgBody);
    const tree = await ctx.orgs(body.parentId);
    if (body.parentId !== null && !tree.get(body.parentId)) throw fail('invalid-body', { path: 'parentId', message: { zh: '上级单位不存在', en: 'the parent organisation does not exist' } });
    if (!canManage(actor, body.parentId, tree)) throw fail('forbidden');
    const org = await createOrg(db, tree, { actorId: actor.id, ...body });
    ctx.invalidateOrgs();
    return c.json(org, 201);
  });

  r.add({ method: 'get', path: '/api/users', summary: 'Users in the caller’s subtree', tag: 'admin', auth: true }, async (c, actor) => {
    if (!canListUsers(actor)) throw fail('forbidden');
    const tree = await ctx.orgs();
    const rows = await listUsers(db, allowedOrgs(actor, tree));
    return c.json({ items: rows.map((u) => presentUser(u, tree)) });
  });

  r.add({ method: 'post', path: '/api/users', summary: 'Create a user', tag: 'admin', auth: true, body: 'json', ok: { status: 201, description: 'created' } }, async (c, actor) => {
    const body = await readJson(c, UserBody);
    const tree = await ctx.orgs(body.orgId);
    if (body.orgId !== null && !tree.get(body.orgId)) throw fail('invalid-body', { path: 'orgId', message: { zh: '单位不存在', en: 'the organisation does not exist' } });
    if (!canManage(actor, body.orgId, tree)) throw fail('forbidden');
    return c.json(presentCreatedUser(await createUser(db, tree, { actorId: actor.id, ...body })), 201);
  });

  r.add({ method: 'patch', path: '/api/users/:id', summary: 'Change a user: role, disabled, or a new password (admins in scope); disabling or resetting ends its sessions', tag: 'admin', auth: true, body: 'json' }, async (c, actor) => {
    const body = await readJson(c, UserPatch);
    const tree = await ctx.orgs();
    const user = await db.selectFrom('users').select(['id', 'org_id']).where('id', '=', idParam(c)).executeTakeFirst();
    if (!user) throw fail('not-found');
    if (!canManage(actor, user.org_id, tree)) throw fail(actor.role === 'admin' ? 'not-found' : 'forbidden');
    await updateUser(db, tree, { actorId: actor.id, user, ...body });
    const row = (await db.selectFrom('users').select(['id', 'username', 'name', 'role', 'org_id', 'created_at', 'disabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow());
    return c.json(presentUser(row, tree));
  });
}

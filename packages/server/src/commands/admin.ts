/** Organisation and user management commands (admins only; checked by the caller). */
import type { Kysely } from 'kysely';
import { PARENT_KINDS, ROLE_KIND, type OrgKind, type Role } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import type { OrgTree } from '../domain/orgtree';
import { hashPassword, passwordProblem } from '../auth/password';
import { audit } from './audit';

/** Create an organisation under a parent of the right kind. */
export async function createOrg(db: Kysely<DB>, tree: OrgTree, p: { actorId: number | null; name: string; kind: OrgKind; parentId: number | null }) {
  const parentKind = p.parentId === null ? null : tree.get(p.parentId)?.kind;
  if (parentKind === undefined) throw fail('invalid-body', { path: 'parentId', message: { zh: '上级单位不存在', en: 'the parent organisation does not exist' } });
  if (!PARENT_KINDS[p.kind].includes(parentKind))
    throw fail('invalid-body', { path: 'parentId', message: { zh: '上级单位类型不符', en: `a ${p.kind} cannot sit under ${parentKind ?? 'nothing'}` } });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('orgs')
      .values({ name: p.name, kind: p.kind, parent_id: p.parentId, created_at: new Date().toISOString() })
      .returning(['id', 'name', 'kind', 'parent_id'])
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: p.actorId, action: 'org.create', detail: { id: row.id, name: row.name, kind: row.kind, parentId: row.parent_id } });
    return { id: row.id, name: row.name, kind: row.kind, parentId: row.parent_id };
  });
}

/** Create a user with a role that fits the organisation's kind. */
export async function createUser(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actorId: number | null; username: string; name: string; password: string; role: Role; orgId: number | null },
) {
  const problem = passwordProblem(p.password);
  if (problem) throw fail('invalid-body', { path: 'password', message: problem });
  const org = p.orgId === null ? null : tree.get(p.orgId);
  if (org === undefined) throw fail('invalid-body', { path: 'orgId', message: { zh: '单位不存在', en: 'the organisation does not exist' } });
  const want = ROLE_KIND[p.role];
  if (want !== null && org?.kind !== want)
    throw fail('invalid-body', { path: 'role', message: { zh: '角色与单位类型不符', en: `role ${p.role} belongs at a ${want} organisation` } });
  const password_hash = await hashPassword(p.password);
  return db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('users').select('id').where('username', '=', p.username).executeTakeFirst();
    if (exists) throw fail('duplicate', { path: 'username', message: { zh: '用户名已存在', en: 'the username is taken' } });
    const row = await trx
      .insertInto('users')
      .values({ username: p.username, name: p.name, password_hash, role: p.role, org_id: p.orgId, created_at: new Date().toISOString() })
      .returning(['id', 'username', 'name', 'role', 'org_id'])
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: p.actorId, action: 'user.create', detail: { id: row.id, username: row.username, role: row.role, orgId: row.org_id } });
    return row;
  });
}

/** Users of the given organisations ('all': every user, the bootstrap admin included), by id. */
export async function listUsers(db: Kysely<DB>, orgs: number[] | 'all') {
  const rows = await db.selectFrom('users').select(['id', 'username', 'name', 'role', 'org_id', 'created_at']).orderBy('id').execute();
  if (orgs === 'all') return rows;
  const wanted = new Set(orgs);
  return rows.filter((u) => u.org_id !== null && wanted.has(u.org_id));
}

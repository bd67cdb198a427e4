/** Organisation and user management commands (admins only; checked by the caller). */
import type { Kysely } from 'kysely';
import { PARENT_KINDS, ROLE_KIND, type OrgKind, type Role } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import type { OrgTree } from '../domain/orgtree';
import { hashPassword, passwordProblem } from '../auth/password';
import { audit } from './audit';
import { deleteUserSessions } from '../auth/sessions';

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
  const rows = await db.selectFrom('users').select(['id', 'username', 'name', 'role', 'org_id', 'created_at', 'disabled_at']).orderBy('id').execute();
  if (orgs === 'all') return rows;
  const wanted = new Set(orgs);
  return rows.filter((u) => u.org_id !== null && wanted.has(u.org_id));
}

/** Change a user: role (fitting its organisation), disabled or not, a new password set by the admin. Disabling or a new password ends the user's sessions. */
export async function updateUser(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actorId: number; user: { id: number; org_id: number | null }; role?: Role; disabled?: boolean; password?: string },
) {
  // An empty change would be an UPDATE with nothing to set (a syntax error in SQL): refuse it as the client's mistake.
  if (p.role === undefined && p.disabled === undefined && p.password === undefined) {
    throw fail('invalid-body', { path: '', message: { zh: '没有要修改的内容（角色、停用或新密码）', en: 'nothing to change: give role, disabled or password' } });
  }
  if (p.password !== undefined) {
    const problem = passwordProblem(p.password);
    if (problem) throw fail('invalid-body', { path: 'password', message: problem });
  }
  if (p.role !== undefined) {
    const want = ROLE_KIND[p.role];
    const org = p.user.org_id === null ? null : tree.get(p.user.org_id);
    if (want !== null && org?.kind !== want) throw fail('invalid-body', { path: 'role', message: { zh: '角色与单位类型不符', en: `role ${p.role} belongs at a ${want} organisation` } });
  }
  if (p.disabled && p.user.id === p.actorId) throw fail('invalid-body', { path: 'disabled', message: { zh: '不能停用自己', en: 'you cannot disable yourself' } });
  const hash = p.password !== undefined ? await hashPassword(p.password) : undefined;
  const changes = {
    ...(p.role !== undefined ? { role: p.role } : {}),
    ...(p.disabled !== undefined ? { disabled_at: p.disabled ? new Date().toISOString() : null } : {}),
    // A password the admin chose is known to two people: the user must replace it at next login (ASVS 2.1.x).
    ...(hash ? { password_hash: hash, must_change_password: 1 } : {}),
  };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set(changes).where('id', '=', p.user.id).execute();
    if (p.disabled || hash) await deleteUserSessions(trx, p.user.id);
    await audit(trx, { userId: p.actorId, action: 'user.update', detail: { id: p.user.id, role: p.role, disabled: p.disabled, passwordReset: hash ? true : undefined } });
  });
}

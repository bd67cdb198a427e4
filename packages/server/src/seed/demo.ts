/**
 * Demo data (`--demo`): one 财政局, two 主管部门, their units, a user per role with the documented
 * demo password, and the two seed forms from examples/seed-2020.txt imported as drafts.
 */
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { importFile } from '@jixiao/formats';
import type { OrgKind, Role } from '@jixiao/core';
import type { DB } from '../db/schema';
import { hashPassword } from '../auth/password';
import { createForm } from '../commands/forms';

/** The password of every demo user (documented in the README; demo mode only). */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ORGS: { key: string; name: string; kind: OrgKind; parent: string | null }[] = [
  { key: 'finance', name: '昌吉州财政局', kind: 'finance', parent: null },
  { key: 'dept1', name: '昌吉州工业和信息化局', kind: 'department', parent: 'finance' },
  { key: 'dept2', name: '昌吉州教育局', kind: 'department', parent: 'finance' },
  { key: 'unit1', name: '昌吉州中小企业发展服务中心', kind: 'unit', parent: 'dept1' },
  { key: 'unit2', name: '昌吉州工业经济运行监测中心', kind: 'unit', parent: 'dept1' },
  { key: 'unit3', name: '昌吉州第一中学', kind: 'unit', parent: 'dept2' },
];

export const DEMO_USERS: { username: string; name: string; role: Role; org: string }[] = [
  { username: 'unit1', name: '中小企业服务中心填报员', role: 'unit_editor', org: 'unit1' },
  { username: 'unit2', name: '运行监测中心填报员', role: 'unit_editor', org: 'unit2' },
  { username: 'unit3', name: '第一中学填报员', role: 'unit_editor', org: 'unit3' },
  { username: 'dept1', name: '工信局审核员', role: 'dept_reviewer', org: 'dept1' },
  { username: 'dept2', name: '教育局审核员', role: 'dept_reviewer', org: 'dept2' },
  { username: 'finance1', name: '财政局复核员', role: 'finance_reviewer', org: 'finance' },
  { username: 'orgadmin', name: '财政局系统管理员', role: 'admin', org: 'finance' },
];

/** Seed demo data once (when no organisation exists yet), the forms read from `seedFile`. Returns whether it seeded. */
export async function seedDemo(db: Kysely<DB>, seedFile: string): Promise<boolean> {
  const any = await db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  const ids = await seedDemoPeople(db);
  const editor = await db.selectFrom('users').select(['id', 'username', 'name', 'role', 'org_id']).where('username', '=', 'unit1').executeTakeFirstOrThrow();
  const actor = { id: editor.id, username: editor.username, name: editor.name, role: editor.role, orgId: editor.org_id };
  const result = await importFile(readFileSync(seedFile), { fileName: 'seed-2020.txt' });
  if (result.ok) {
    for (const f of result.forms) await createForm(db, { actor, orgId: ids.get('unit1')!, evaluation: f.evaluation, action: 'import' });
  }
  return true;
}

/** The demo organisations and users; returns organisation ids by key. */
export async function seedDemoPeople(db: Kysely<DB>): Promise<Map<string, number>> {
  const now = new Date().toISOString();
  const ids = new Map<string, number>();
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const o of DEMO_ORGS) {
      const row = await trx
        .insertInto('orgs')
        .values({ name: o.name, kind: o.kind, parent_id: o.parent ? ids.get(o.parent)! : null, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(o.key, row.id);
    }
    for (const u of DEMO_USERS) {
      await trx.insertInto('users').values({ username: u.username, name: u.name, password_hash: hash, role: u.role, org_id: ids.get(u.org)!, created_at: now }).execute();
    }
  });
  return ids;
}

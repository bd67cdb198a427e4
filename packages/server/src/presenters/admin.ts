/** Users and audit entries on the wire. */
import type { AuditTable, UsersTable } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';

type UserRow = Pick<UsersTable, 'username' | 'name' | 'role' | 'org_id'> & { id: number };

/** A user as listed, with the organisation's name ('' for none). */
export function presentUser(u: UserRow & { created_at: string; disabled_at?: string | null }, tree: OrgTree) {
  return { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id, orgName: u.org_id ? tree.get(u.org_id)?.name ?? '' : '', createdAt: u.created_at, disabled: !!u.disabled_at };
}

/** A user just created. */
export function presentCreatedUser(u: UserRow) {
  return { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.org_id };
}

/** One audit entry with the acting user's name; `detail` as written (a diff for edits). */
export function presentAuditEntry(x: Omit<AuditTable, 'id' | 'org_id'> & { id: number; user_name: string | null }) {
  return { id: x.id, at: x.at, userId: x.user_id, userName: x.user_name ?? null, action: x.action, formId: x.form_id, detail: JSON.parse(x.detail) };
}

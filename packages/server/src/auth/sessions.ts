/** Sessions: a random token in an HttpOnly cookie, stored only as its sha256, with an expiry. */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { OrgKind, Role } from '@jixiao/core';
import type { DB } from '../db/schema';

export const COOKIE = 'jx_session';
export const SESSION_TTL_MS = 12 * 3600_000;

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export interface SessionUser {
  id: number;
  username: string;
  name: string;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  orgKind: OrgKind | null;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** Create a session for the user; returns the cookie token and the CSRF token. */
export async function createSession(db: Kysely<DB>, userId: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  // Expired sessions are swept here, on the one path that adds sessions.
  await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** The user behind a cookie token, or null when unknown or expired. */
export async function lookupSession(db: Kysely<DB>, token: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.name', 'u.role', 'u.org_id', 'o.name as org_name', 'o.kind as org_kind', 's.csrf_token', 's.expires_at', 'u.must_change_password'])
    .where('s.token_hash', '=', sha256(token))
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.expires_at < new Date().toISOString()) return null;
  return {
    id: row.id, username: row.username, name: row.name, role: row.role, orgId: row.org_id,
    orgName: row.org_name ?? null, orgKind: row.org_kind ?? null, csrfToken: row.csrf_token,
    mustChangePassword: Boolean(row.must_change_password),
  };
}

/** End a session. */
export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** End every session of a user except (optionally) one, e.g. after a password change. */
export async function deleteUserSessions(db: Kysely<DB>, userId: number, keepToken?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken) q = q.where('token_hash', '!=', sha256(keepToken));
  await q.execute();
}

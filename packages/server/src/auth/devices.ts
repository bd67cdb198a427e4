/**
 * Device cookies (OWASP's answer to lockout as denial of service): a browser that has logged in as
 * a user carries a random token; its attempts for that user are counted on their own key, so
 * guesses from elsewhere that lock the account for unknown browsers do not lock its owner out.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { sha256 } from './sessions';

export const DEVICE_COOKIE = 'jx_device';
export const DEVICE_TTL_MS = 180 * 24 * 3600_000;

/** Remember a browser for a user; returns the cookie token. */
export async function createDevice(db: Kysely<DB>, userId: number): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  const now = new Date();
  await db.deleteFrom('devices').where('expires_at', '<', now.toISOString()).execute();
  await db
    .insertInto('devices')
    .values({ token_hash: sha256(token), user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + DEVICE_TTL_MS).toISOString() })
    .execute();
  return token;
}

/** The hash of a device token when it belongs to the user of that name and has not expired. */
export async function knownDevice(db: Kysely<DB>, token: string | undefined, username: string): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const hash = sha256(token);
  const row = await db
    .selectFrom('devices as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .select(['d.expires_at'])
    .where('d.token_hash', '=', hash)
    .where('u.username', '=', username)
    .executeTakeFirst();
  return row && row.expires_at >= new Date().toISOString() ? hash : null;
}

/** Session commands: log in (throttled, audited), log out, change one's own password. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import { createSession, deleteSession, deleteUserSessions, lookupSession, type SessionUser } from '../auth/sessions';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import type { LoginThrottle } from '../auth/throttle';
import type { Actor } from '../policies';
import { audit } from './audit';

// A hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;

/** Check a username and password and open a session: the cookie token and the session user. 401 or 429 otherwise. */
export async function login(
  db: Kysely<DB>,
  throttle: LoginThrottle,
  p: { username: string; password: string; ip: string },
): Promise<{ token: string; session: SessionUser }> {
  const wait = throttle.retryAfter(p.username, p.ip);
  if (wait > 0) throw fail('throttled', { headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } });
  // A disabled user is refused like a wrong password: the answer does not tell the account exists.
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', p.username).where('disabled_at', 'is', null).executeTakeFirst();
  const ok = user ? await verifyPassword(user.password_hash, p.password) : (await verifyPassword(await (dummyHash ??= hashPassword('x-not-a-user')), p.password), false);
  if (!user || !ok) {
    throttle.fail(p.username, p.ip);
    await audit(db, { userId: user?.id ?? null, action: 'login.fail', detail: { username: p.username, ip: p.ip } });
    throw fail('bad-credentials');
  }
  throttle.succeed(p.username, p.ip);
  const { token } = await createSession(db, user.id);
  await audit(db, { userId: user.id, action: 'login', detail: { ip: p.ip } });
  const session = await lookupSession(db, token);
  return { token, session: session! };
}

/** End the session behind a cookie token. */
export async function logout(db: Kysely<DB>, p: { actor: Actor; token: string }): Promise<void> {
  await deleteSession(db, p.token);
  await audit(db, { userId: p.actor.id, action: 'logout' });
}

/** Change one's own password (the current one must be right); every other session of the user ends. */
export async function changePassword(db: Kysely<DB>, p: { actor: Actor; current: string; next: string; keepToken: string }): Promise<void> {
  const problem = passwordProblem(p.next);
  if (problem) throw fail('invalid-body', { path: 'next', message: problem });
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', p.actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, p.current))) throw fail('bad-credentials', { path: 'current' });
  const hash = await hashPassword(p.next);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', p.actor.id).execute();
    await deleteUserSessions(trx, p.actor.id, p.keepToken);
    await audit(trx, { userId: p.actor.id, action: 'user.password' });
  });
}

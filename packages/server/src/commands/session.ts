/** Session commands: log in (throttled, audited), log out, change one's own password. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import { createSession, deleteSession, deleteUserSessions, lookupSession, type SessionUser } from '../auth/sessions';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import type { Charge, LoginThrottle } from '../auth/throttle';
import { createDevice, knownDevice } from '../auth/devices';
import type { Actor } from '../policies';
import { audit } from './audit';

// A hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;

/**
 * Check a username and password and open a session: the cookie token, the session user and a
 * device token for this browser. The attempt is counted before the hash is checked (429 when over
 * a limit), and given back after a success; 401 for a wrong name or password.
 */
export async function login(
  db: Kysely<DB>,
  throttle: LoginThrottle,
  p: { username: string; password: string; ip: string; device?: string },
): Promise<{ token: string; session: SessionUser; device: string }> {
  // JSON keeps a NUL or lone surrogate in a name from reaching the database as such.
  const name = JSON.stringify(p.username.toLowerCase());
  const { limits } = throttle;
  const known = await knownDevice(db, p.device, p.username);
  const charges: Charge[] = known
    ? [[`d:${known}`, limits.device], ['g', limits.global]]
    : [[`p:${JSON.stringify(p.ip)}:${name}`, limits.pair], [`a:${JSON.stringify(p.ip)}`, limits.address], [`u:${name}`, limits.user], ['g', limits.global]];
  try {
    await throttle.take(db, charges);
  } catch (e) {
    await audit(db, { userId: null, action: 'login.throttled', detail: { username: p.username, ip: p.ip } });
    throw e;
  }
  // A disabled user is refused like a wrong password: the answer does not tell the account exists.
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', p.username).where('disabled_at', 'is', null).executeTakeFirst();
  const ok = user ? await verifyPassword(user.password_hash, p.password) : (await verifyPassword(await (dummyHash ??= hashPassword('x-not-a-user')), p.password), false);
  if (!user || !ok) {
    await audit(db, { userId: user?.id ?? null, action: 'login.fail', detail: { username: p.username, ip: p.ip } });
    throw fail('bad-credentials');
  }
  await throttle.refund(db, charges, [charges[0][0]]);
  const { token } = await createSession(db, user.id);
  const device = await createDevice(db, user.id);
  await audit(db, { userId: user.id, action: 'login', detail: { ip: p.ip } });
  const session = await lookupSession(db, token);
  return { token, session: session!, device };
}

/** End the session behind a cookie token. */
export async function logout(db: Kysely<DB>, p: { actor: Actor; token: string }): Promise<void> {
  await deleteSession(db, p.token);
  await audit(db, { userId: p.actor.id, action: 'logout' });
}

/**
 * Change one's own password (the current one must be right, checked under the same throttle as
 * logins); every other session of the user ends.
 */
export async function changePassword(
  db: Kysely<DB>,
  throttle: LoginThrottle,
  p: { actor: Actor; current: string; next: string; keepToken: string },
): Promise<void> {
  const problem = passwordProblem(p.next);
  if (problem) throw fail('invalid-body', { path: 'next', message: problem });
  if (p.next === p.current) throw fail('invalid-body', { path: 'next', message: { zh: '新密码不能与当前密码相同', en: 'the new password must differ from the current one' } });
  const charges: Charge[] = [[`pw:${p.actor.id}`, throttle.limits.password], ['g', throttle.limits.global]];
  await throttle.take(db, charges);
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', p.actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, p.current))) {
    await audit(db, { userId: p.actor.id, action: 'user.password.fail' });
    throw fail('bad-credentials', { path: 'current' });
  }
  await throttle.refund(db, charges, [charges[0][0]]);
  const hash = await hashPassword(p.next);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: 0 }).where('id', '=', p.actor.id).execute();
    await deleteUserSessions(trx, p.actor.id, p.keepToken);
    await audit(trx, { userId: p.actor.id, action: 'user.password' });
  });
}

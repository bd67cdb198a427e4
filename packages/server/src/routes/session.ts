/** Login, logout, the current session and password change. */
import { z } from 'zod';
import { setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext, C } from '../context';
import { fail } from '../errors';
import { readJson, requireActor } from '../http';
import { COOKIE, createSession, deleteSession, deleteUserSessions, lookupSession, SESSION_TTL_MS, type SessionUser } from '../auth/sessions';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { audit } from '../commands/audit';
import type { Routes } from './registry';

const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
const PasswordBody = z.object({ current: z.string().min(1).max(200), next: z.string().max(200) });

/** The client address, for throttling; in-process test requests have none. */
export function clientIp(c: C): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** The session user on the wire. */
export function presentSession(u: SessionUser) {
  return {
    user: { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.orgId, orgName: u.orgName, orgKind: u.orgKind },
    csrfToken: u.csrfToken,
  };
}

// A hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | null = null;

export function mountSession(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'post', path: '/api/login', summary: 'Log in (sets the session cookie)', tag: 'session', auth: false, body: 'json' }, async (c) => {
    const body = await readJson(c, LoginBody);
    const ip = clientIp(c);
    const wait = ctx.throttle.retryAfter(body.username, ip);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw fail('throttled');
    }
    const user = await db.selectFrom('users').select(['id', 'password_hash']).where('username', '=', body.username).executeTakeFirst();
    const ok = user ? await verifyPassword(user.password_hash, body.password) : (await verifyPassword(await (dummyHash ??= hashPassword('x-not-a-user')), body.password), false);
    if (!user || !ok) {
      ctx.throttle.fail(body.username, ip);
      await audit(db, { userId: user?.id ?? null, action: 'login.fail', detail: { username: body.username, ip } });
      throw fail('bad-credentials');
    }
    ctx.throttle.succeed(body.username, ip);
    const { token } = await createSession(db, user.id);
    await audit(db, { userId: user.id, action: 'login', detail: { ip } });
    setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: SESSION_TTL_MS / 1000, secure: new URL(c.req.url).protocol === 'https:' });
    const s = await lookupSession(db, token);
    return c.json(presentSession(s!));
  });

  r.add({ method: 'post', path: '/api/logout', summary: 'Log out', tag: 'session', auth: true, ok: { status: 204, description: 'logged out' } }, async (c) => {
    const actor = requireActor(c);
    await deleteSession(db, c.get('token')!);
    await audit(db, { userId: actor.id, action: 'logout' });
    deleteCookie(c, COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  r.add({ method: 'get', path: '/api/session', summary: 'The current session', tag: 'session', auth: true }, async (c) => {
    requireActor(c);
    return c.json(presentSession(c.get('session')!));
  });

  r.add({ method: 'post', path: '/api/password', summary: 'Change own password', tag: 'session', auth: true, body: 'json', ok: { status: 204, description: 'changed' } }, async (c) => {
    const actor = requireActor(c);
    const body = await readJson(c, PasswordBody);
    const problem = passwordProblem(body.next);
    if (problem) throw fail('invalid-body', { path: 'next', message: problem });
    const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', actor.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(user.password_hash, body.current))) throw fail('bad-credentials', { path: 'current' });
    const hash = await hashPassword(body.next);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', actor.id).execute();
      await deleteUserSessions(trx, actor.id, c.get('token')!);
      await audit(trx, { userId: actor.id, action: 'user.password' });
    });
    return c.body(null, 204);
  });
}

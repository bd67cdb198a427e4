/** Login, logout, the current session and password change. */
import { z } from 'zod';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppContext } from '../context';
import { clientIp, isHttps, readJson } from '../http';
import { DEVICE_COOKIE, DEVICE_TTL_MS } from '../auth/devices';
import { COOKIE, SESSION_TTL_MS } from '../auth/sessions';
import { changePassword, login, logout } from '../commands/session';
import { presentSession } from '../presenters/session';
import type { Routes } from './registry';

const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
const PasswordBody = z.object({ current: z.string().min(1).max(200), next: z.string().max(200) });

export function mountSession(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'post', path: '/api/login', summary: 'Log in (sets the session cookie)', tag: 'session', auth: false, body: 'json' }, async (c) => {
    const body = await readJson(c, LoginBody);
    const { token, session, device } = await login(db, ctx.throttle, { ...body, ip: clientIp(c, ctx.trustProxy), device: getCookie(c, DEVICE_COOKIE) });
    const secure = isHttps(c, ctx.trustProxy);
    setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: SESSION_TTL_MS / 1000, secure });
    setCookie(c, DEVICE_COOKIE, device, { httpOnly: true, sameSite: 'Strict', path: '/api/login', maxAge: DEVICE_TTL_MS / 1000, secure });
    return c.json(presentSession(session));
  });

  r.add({ method: 'post', path: '/api/logout', summary: 'Log out', tag: 'session', auth: true, ok: { status: 204, description: 'logged out' } }, async (c, actor) => {
    await logout(db, { actor, token: c.get('token')! });
    deleteCookie(c, COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  r.add({ method: 'get', path: '/api/session', summary: 'The current session', tag: 'session', auth: true }, (c) => c.json(presentSession(c.get('session')!)));

  r.add({ method: 'post', path: '/api/password', summary: 'Change own password', tag: 'session', auth: true, body: 'json', ok: { status: 204, description: 'changed' } }, async (c, actor) => {
    const body = await readJson(c, PasswordBody);
    await changePassword(db, ctx.throttle, { actor, ...body, keepToken: c.get('token')! });
    return c.body(null, 204);
  });
}

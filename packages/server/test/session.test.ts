/** Accounts: login, session, CSRF, throttling, logout, password change, admin bootstrap. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api } from './harness';
import { ensureAdmin } from '../src/seed/bootstrap';

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  let api: Api;
  beforeAll(async () => {
    api = await setupApi(dialect);
  });
  afterAll(() => api.drop());

  it('logs in with an HttpOnly SameSite=Lax cookie and returns the user and a CSRF token', async () => {
    const c = api.anon();
    const r = await c.post('/api/login', { username: 'dept1', password: 'demo1234' });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ username: 'dept1', role: 'dept_reviewer', orgName: '昌吉州工业和信息化局', orgKind: 'department' });
    expect(r.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/jx_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const s = await c.get('/api/session');
    expect(s.status).toBe(200);
    expect(s.body.csrfToken).toBe(r.body.csrfToken);
  });

  it('stores only the hash of the session token', async () => {
    const c = await api.login('unit1');
    const token = c.cookie.split('=')[1];
    const rows = await api.t.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((x) => x.token_hash === token)).toBe(false);
    expect(rows.every((x) => /^[0-9a-f]{64}$/.test(x.token_hash))).toBe(true);
  });

  it('refuses a wrong password with 401 and no session', async () => {
    const c = api.anon();
    const r = await c.post('/api/login', { username: 'unit2', password: 'wrong-password' });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('bad-credentials');
    expect((await c.get('/api/session')).status).toBe(401);
  });

  it('throttles after 5 failures for the same username: 429 even with the right password', async () => {
    const c = api.anon();
    for (let i = 0; i < 5; i++) expect((await c.post('/api/login', { username: 'unit3', password: `bad${i}xxxx` })).status).toBe(401);
    const r = await c.post('/api/login', { username: 'unit3', password: 'demo1234' });
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe('throttled');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another user from the same address is not affected.
    expect((await c.post('/api/login', { username: 'dept2', password: 'demo1234' })).status).toBe(200);
  });

  it('requires the CSRF header on every non-GET request', async () => {
    const c = await api.login('unit1');
    const noHeader = await c.req('POST', '/api/forms/1/comments', { text: 'x' }, { 'x-csrf-token': '' });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error.code).toBe('csrf');
    const wrong = await c.req('POST', '/api/password', { current: 'demo1234', next: 'abcdefgh1' }, { 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
  });

  it('answers 401 to every route the registry marks auth before its handler runs, and lets public ones through', async () => {
    const anon = api.anon();
    const url = (path: string) => path.replace(/:\w+/g, '1');
    for (const route of api.routes.list) {
      const r = await anon.req(route.method.toUpperCase(), url(route.path));
      if (route.auth) expect(r.body.error?.code, `${route.method} ${route.path}`).toBe('unauthenticated');
      else if (route.method === 'get') expect(r.status, `${route.method} ${route.path}`).not.toBe(401);
    }
    expect(api.routes.list.filter((x) => x.auth).length).toBeGreaterThan(20);
  });

  it('answers 401 to writes without a session', async () => {
    const r = await api.anon().post('/api/forms', { evaluation: {} });
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({ code: 'unauthenticated', message: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('logs out: the session no longer works', async () => {
    const c = await api.login('dept2');
    const saved = c.cookie;
    expect((await c.post('/api/logout')).status).toBe(204);
    c.cookie = saved;
    expect((await c.get('/api/session')).status).toBe(401);
  });

  it('changes the password, ends other sessions, and the old one stops working', async () => {
    const other = await api.login('unit2');
    const c = await api.login('unit2');
    expect((await c.post('/api/password', { current: 'nope-nope', next: 'new-password-1' })).status).toBe(401);
    expect((await c.post('/api/password', { current: 'demo1234', next: 'short' })).status).toBe(400);
    expect((await c.post('/api/password', { current: 'demo1234', next: 'new-password-1' })).status).toBe(204);
    expect((await c.get('/api/session')).status).toBe(200);
    expect((await other.get('/api/session')).status).toBe(401);
    expect((await api.anon().post('/api/login', { username: 'unit2', password: 'demo1234' })).status).toBe(401);
    await api.login('unit2', 'new-password-1');
  });

  it('creates admin with a random password only when there are no users', async () => {
    expect(await ensureAdmin(api.t.database.db)).toBeNull();
  });

  it('audits logins and failures', async () => {
    const rows = await api.t.database.db.selectFrom('audit').select(['action']).execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('login');
    expect(actions).toContain('login.fail');
    expect(actions).toContain('logout');
    expect(actions).toContain('user.password');
  });
});

describe('bootstrap admin', () => {
  it('prints a random password once and it logs in', async () => {
    const { freshDb } = await import('./dbs');
    const t = await freshDb('sqlite');
    try {
      const pw = await ensureAdmin(t.database.db);
      expect(pw).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(await ensureAdmin(t.database.db)).toBeNull();
      const { createApp } = await import('../src/app');
      const { makeContext } = await import('../src/context');
      const { app } = createApp(makeContext(t.database));
      const r = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: pw }) });
      expect(r.status).toBe(200);
      expect((await r.json()).user).toMatchObject({ username: 'admin', role: 'admin', orgId: null });
    } finally {
      await t.drop();
    }
  });
});

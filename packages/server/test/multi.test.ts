/**
 * Two server processes on one PostgreSQL database (issue 13, item 8): a session opened on one
 * works on the other, login failures count on both, forms written through both add up in the
 * shared rollups, and an organisation created through one is usable through the other at once.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, PG_URL, DIALECTS, type TestDb } from './dbs';
import { seedDemoPeople } from '../src/seed/demo';
import { seedForm1 } from './harness';
import { startServer } from './serve-process';


/** Start `main.ts` (what `jixiao serve` runs) on a free port against the schema. */
function start(schema: string): Promise<{ proc: ChildProcess; url: string }> {
  return startServer(['--port', '0', '--database-url', PG_URL!, '--schema', schema]);
}

/** A cookie-and-CSRF client that can talk to either process. */
class Session {
  cookie = '';
  csrf = '';
  async req(base: string, method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    const r = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = r.headers.get('set-cookie');
    const m = set && /jx_session=([^;]+)/.exec(set);
    if (m) this.cookie = `jx_session=${m[1]}`;
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  }
  async login(base: string, username: string, password = 'demo1234') {
    const r = await this.req(base, 'POST', '/api/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }
}

describe.skipIf(!DIALECTS.includes('postgres'))('two server processes on one PostgreSQL', () => {
  let t: TestDb;
  let a: { proc: ChildProcess; url: string };
  let b: { proc: ChildProcess; url: string };
  beforeAll(async () => {
    t = await freshDb('postgres');
    await seedDemoPeople(t.database.db);
    [a, b] = await Promise.all([start(t.options.schema!), start(t.options.schema!)]);
  }, 120_000);
  afterAll(async () => {
    for (const s of [a, b]) if (s) await new Promise((done) => { s.proc.once('exit', done); s.proc.kill('SIGTERM'); });
    await t?.drop();
  });

  it('shares sessions: logged in through one, recognised and logged out through the other', async () => {
    const s = new Session();
    expect((await s.login(a.url, 'unit1')).status).toBe(200);
    expect((await s.req(b.url, 'GET', '/api/session')).body.user.username).toBe('unit1');
    expect((await s.req(b.url, 'POST', '/api/logout')).status).toBe(204);
    expect((await s.req(a.url, 'GET', '/api/session')).status).toBe(401);
  });

  it('shares throttles: failures through both processes add up', async () => {
    const wrong = (base: string, i: number) => new Session().login(base, 'unit3', `wrong-${i}-x`);
    const rs = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => wrong(i % 2 ? a.url : b.url, i)));
    expect(rs.filter((r) => r.status === 401).length).toBe(5);
    expect(rs.filter((r) => r.status === 429).length).toBe(5);
    expect((await new Session().login(a.url, 'unit3')).status).toBe(429);
    expect((await new Session().login(b.url, 'unit3')).status).toBe(429);
  });

  it('shares rollups: forms written through both at once are all counted by either', async () => {
    const s = new Session();
    await s.login(a.url, 'unit1');
    const before = (await s.req(a.url, 'GET', '/api/stats')).body;
    const writes = await Promise.all(Array.from({ length: 16 }, (_, i) => s.req(i % 2 ? a.url : b.url, 'POST', '/api/forms', { evaluation: seedForm1() })));
    expect(writes.map((w) => w.status)).toEqual(Array(16).fill(201));
    const fromA = (await s.req(a.url, 'GET', '/api/stats')).body;
    const fromB = (await s.req(b.url, 'GET', '/api/stats')).body;
    expect(fromA).toEqual(fromB);
    expect(JSON.stringify(fromA)).not.toBe(JSON.stringify(before));
    const list = await s.req(b.url, 'GET', '/api/forms?pageSize=100');
    expect(list.body.total).toBe(16);
  });

  it('an organisation and user created through one process are usable through the other at once', async () => {
    const admin = new Session();
    expect((await admin.login(a.url, 'orgadmin')).status).toBe(200);
    const orgs = (await admin.req(a.url, 'GET', '/api/orgs')).body.items as { id: number; kind: string }[];
    const dept = orgs.find((o) => o.kind === 'department')!;
    const unit = await admin.req(a.url, 'POST', '/api/orgs', { name: '新建单位', kind: 'unit', parentId: dept.id });
    expect(unit.status).toBe(201);
    const user = await admin.req(b.url, 'POST', '/api/users', { username: 'newunit', name: '新单位填报员', password: 'new-unit-pass', role: 'unit_editor', orgId: unit.body.id });
    expect(user.status).toBe(201);
    const editor = new Session();
    expect((await editor.login(b.url, 'newunit', 'new-unit-pass')).status).toBe(200);
    expect((await editor.req(a.url, 'POST', '/api/forms', { evaluation: seedForm1() })).status).toBe(201);
    expect((await editor.req(b.url, 'GET', '/api/forms')).body.total).toBe(1);
  });
});

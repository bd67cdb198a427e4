/**
 * Lost updates: 20 writers edit the same form at the same version at once. Exactly one wins; the
 * others get 409 with the current form; the history records one edit. In-process on both
 * databases, and over real HTTP on SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api, type Client } from './harness';
import { startServer } from '../src/index';
import { seedDemoPeople } from '../src/seed/demo';

const WRITERS = 20;

describe.each(DIALECTS)('concurrent writers on %s', (dialect) => {
  let api: Api;
  let unit: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    unit = await api.login('unit1');
  });
  afterAll(() => api.drop());

  it('lets exactly one of 20 same-version edits through', async () => {
    const f = await api.createAs(unit);
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => unit.put(`/api/forms/${f.id}`, { version: 1, evaluation: { ...f.evaluation, projectName: `writer ${i}` } })),
    );
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(WRITERS - 1);
    for (const c of conflicts) expect(c.body).toMatchObject({ error: { code: 'version-conflict' }, current: { version: 2, projectName: ok[0].body.projectName } });
    const h = await unit.get(`/api/forms/${f.id}/versions`);
    expect(h.body.items.filter((x: { action: string }) => x.action === 'edit')).toHaveLength(1);
    const audit = await api.t.database.db.selectFrom('audit').select('id').where('form_id', '=', f.id).where('action', '=', 'form.edit').execute();
    expect(audit).toHaveLength(1);
  });

  it('lets exactly one of 20 same-version transitions through', async () => {
    const f = await api.createAs(unit);
    const results = await Promise.all(Array.from({ length: WRITERS }, () => unit.post(`/api/forms/${f.id}/transition`, { version: 1, action: 'submit' })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(WRITERS - 1);
    const h = await unit.get(`/api/forms/${f.id}/versions`);
    expect(h.body.items.map((x: { action: string }) => x.action)).toEqual(['submit', 'create']);
  });
});

describe('concurrent writers over HTTP (SQLite)', () => {
  it('lets exactly one of 20 same-version edits through a real socket', async () => {
    const { freshDb } = await import('./dbs');
    const t = await freshDb('sqlite');
    await seedDemoPeople(t.database.db);
    await t.database.close();
    const server = await startServer({ port: 0, dataDir: t.options.dataDir, log: () => {} });
    try {
      const login = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'unit1', password: 'demo1234' }) });
      const cookie = /jx_session=[^;]+/.exec(login.headers.get('set-cookie')!)![0];
      const { csrfToken } = await login.json();
      const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
      const { seedForm1 } = await import('./harness');
      const created = await (await fetch(`${server.url}/api/forms`, { method: 'POST', headers, body: JSON.stringify({ evaluation: seedForm1() }) })).json();
      const statuses = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) =>
          fetch(`${server.url}/api/forms/${created.id}`, { method: 'PUT', headers, body: JSON.stringify({ version: 1, evaluation: { ...created.evaluation, projectName: `w${i}` } }) }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
      const h = await (await fetch(`${server.url}/api/forms/${created.id}/versions`, { headers })).json();
      expect(h.items.map((x: { action: string }) => x.action)).toEqual(['edit', 'create']);
    } finally {
      await server.close();
      const { rmSync } = await import('node:fs');
      rmSync(t.options.dataDir!, { recursive: true, force: true });
    }
  });
});

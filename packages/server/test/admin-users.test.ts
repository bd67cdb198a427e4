/** Admin screens' API: change a user's role, disable and re-enable, reset a password; audit paging and filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('user administration on %s', (dialect) => {
  let api: Api;
  let admin: Client, finance: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [admin, finance] = await Promise.all(['orgadmin', 'finance1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  it('disables a user (sessions end, login refused), re-enables, resets the password, changes the role within its organisation kind', async () => {
    const unit2 = await api.login('unit2');
    const id = (await admin.get('/api/users')).body.items.find((u: { username: string }) => u.username === 'unit2').id as number;
    expect((await finance.req('PATCH', `/api/users/${id}`, { disabled: true })).status).toBe(403);
    const r = await admin.req('PATCH', `/api/users/${id}`, { disabled: true });
    expect(r.body).toMatchObject({ username: 'unit2', disabled: true });
    expect((await unit2.get('/api/session')).status).toBe(401);
    await expect(api.login('unit2')).rejects.toThrow(/401/);
    await admin.req('PATCH', `/api/users/${id}`, { disabled: false, password: 'new-password-2' });
    await expect(api.login('unit2')).rejects.toThrow(/401/);
    const renewed = await api.login('unit2', 'new-password-2');
    expect((await renewed.get('/api/session')).body.mustChangePassword).toBe(true);
    expect((await renewed.get('/api/forms')).body.error.code).toBe('password-change-required');
    expect((await renewed.post('/api/password', { current: 'new-password-2', next: 'own-password-3' })).status).toBe(204);
    expect((await renewed.get('/api/forms')).status).toBe(200);
    const wrong = await admin.req('PATCH', `/api/users/${id}`, { role: 'dept_reviewer' });
    expect(wrong.body.error).toMatchObject({ code: 'invalid-body', path: 'role' });
    const me = (await admin.get('/api/session')).body.user.id;
    expect((await admin.req('PATCH', `/api/users/${me}`, { disabled: true })).body.error.path).toBe('disabled');
  });

  it('refuses a change with nothing to change (unknown fields only) as a 400, not a failed UPDATE', async () => {
    const id = (await admin.get('/api/users')).body.items.find((u: { username: string }) => u.username === 'unit1').id as number;
    for (const body of [{}, { formId: 1 }]) {
      const r = await admin.req('PATCH', `/api/users/${id}`, body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid-body');
    }
  });

  it('pages the audit log with before= and filters it by action', async () => {
    const all = (await admin.get('/api/audit?limit=1000')).body.items as { id: number; action: string }[];
    expect(all.length).toBeGreaterThan(3);
    // Page by page with `next`, two entries read at a time: the same entries as one long page.
    const seen: number[] = [];
    let next: number | null = null;
    do {
      const page = (await admin.get(`/api/audit?limit=2${next ? `&before=${next}` : ''}`)).body as { items: { id: number }[]; next: number | null };
      seen.push(...page.items.map((x) => x.id));
      next = page.next;
    } while (next !== null);
    expect(seen).toEqual(all.map((x) => x.id));
    const logins = (await admin.get('/api/audit?action=login')).body.items as { action: string }[];
    expect(logins.length).toBe(all.filter((x) => x.action === 'login').length);
    const users = (await admin.get('/api/audit?action=user.')).body.items as { action: string }[];
    expect(users.map((x) => x.action)).toEqual(all.filter((x) => x.action.startsWith('user.')).map((x) => x.action));
    expect((await admin.get('/api/audit?action=DROP')).status).toBe(400);
  });
});

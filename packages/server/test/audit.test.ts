/** The audit list (issue 13, item 3): scope applied in SQL before the limit, cursor paging, deleted drafts kept in scope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api } from './harness';

type Entry = { id: number; action: string; formId: number | null };

describe.each(DIALECTS)('audit list on %s', (dialect) => {
  let api: Api;
  beforeAll(async () => {
    api = await setupApi(dialect);
  });
  afterAll(() => api.drop());

  it('is not flooded away: 1,000 failed logins under invented names leave the finance reviewer its entries', async () => {
    const unit = await api.login('unit1');
    await api.createAs(unit);
    const finance = await api.login('finance1');
    const at = new Date().toISOString();
    const rows = Array.from({ length: 1000 }, (_, i) => ({ at, user_id: null, action: 'login.fail', form_id: null, detail: JSON.stringify({ username: `invented${i}`, ip: '203.0.113.7' }) }));
    for (let i = 0; i < rows.length; i += 250) await api.t.database.db.insertInto('audit').values(rows.slice(i, i + 250)).execute();
    const r = await finance.get('/api/audit?limit=50');
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBeGreaterThan(0);
    expect(r.body.items.some((x: Entry) => x.action === 'login')).toBe(true);
    expect(r.body.items.some((x: Entry) => x.action === 'login.fail')).toBe(false);
  });

  it('pages with a cursor: every visible entry once, newest first, then no next page', async () => {
    const admin = await api.login('orgadmin');
    const all = (await admin.get('/api/audit?limit=1000')).body.items as Entry[];
    const seen: Entry[] = [];
    let cursor: number | null = null;
    for (let guard = 0; guard < 500; guard++) {
      const r = await admin.get(`/api/audit?limit=7${cursor ? `&before=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...r.body.items);
      cursor = r.body.next;
      if (cursor === null) break;
    }
    expect(seen.map((x) => x.id)).toEqual(all.map((x) => x.id));
    expect(new Set(seen.map((x) => x.id)).size).toBe(seen.length);
    expect(seen.map((x) => x.id)).toEqual([...seen.map((x) => x.id)].sort((a, b) => b - a));
  });

  it('keeps a deleted draft’s entries from reviewers who never could see the draft, and shows them to the admin in scope', async () => {
    const unit = await api.login('unit1');
    const f = await api.createAs(unit);
    const del = await unit.del(`/api/forms/${f.id}`, { version: f.version });
    expect(del.status).toBe(204);
    const finance = await api.login('finance1');
    const dept = await api.login('dept1');
    for (const c of [finance]) {
      const items = (await c.get('/api/audit?limit=1000')).body.items as Entry[];
      expect(items.filter((x) => x.formId === f.id)).toEqual([]);
      expect((await c.get(`/api/audit?formId=${f.id}`)).body.items).toEqual([]);
    }
    expect((await dept.get('/api/audit')).status).toBe(403);
    const admin = await api.login('orgadmin');
    const mine = ((await admin.get(`/api/audit?formId=${f.id}`)).body.items as Entry[]).map((x) => x.action);
    expect(mine).toEqual(expect.arrayContaining(['form.create', 'form.delete']));
  });

  it('refuses a malformed cursor with 400', async () => {
    const admin = await api.login('orgadmin');
    expect((await admin.get('/api/audit?before=abc')).status).toBe(400);
    expect((await admin.get('/api/audit?before=0')).status).toBe(400);
  });
});

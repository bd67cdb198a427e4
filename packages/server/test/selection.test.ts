/**
 * The list's rule filter, the export of a selection (ids), and reviewers' view beginning at 已提交:
 * counts from the rollups and from a scan agree with the rows, and a selection is all-or-nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('rule filter, export selection and reviewers’ view on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client, finance: Client;
  // Year 2041: only this file's forms. f1 has level1-inferred (seed form 1), f2 does not (year-dependent rules fire on both).
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept, finance] = await Promise.all(['unit1', 'dept1', 'finance1'].map((u) => api.login(u)));
    const mk = async (key: string, ev: ReturnType<typeof seedForm1>, submit: boolean) => {
      const f = await api.createAs(unit, { ...ev, year: 2041, projectName: `选择 ${key}` });
      ids[key] = f.id;
      if (submit) expect((await unit.post(`/api/forms/${f.id}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
    };
    await mk('f1draft', seedForm1(), false);
    await mk('f1sub', seedForm1(), true);
    await mk('f2draft', seedForm2(), false);
    await mk('f2sub', seedForm2(), true);
  });
  afterAll(() => api.drop());

  const listed = async (c: Client, q: string) => {
    const r = await c.get(`/api/forms?year=2041&sort=id&${q}`);
    expect(r.status).toBe(200);
    return { ids: r.body.items.map((x: { id: number }) => x.id), total: r.body.total };
  };

  it('rule= keeps exactly the forms with a finding of that rule, and the total counts them', async () => {
    expect(await listed(unit, 'rule=level1-inferred')).toEqual({ ids: [ids.f1draft, ids.f1sub], total: 2 });
    expect(await listed(unit, '')).toEqual({ ids: [ids.f1draft, ids.f1sub, ids.f2draft, ids.f2sub], total: 4 });
    expect(await listed(unit, 'rule=level1-inferred&status=submitted')).toEqual({ ids: [ids.f1sub], total: 1 });
    expect(await listed(unit, 'rule=no-such-rule')).toEqual({ ids: [], total: 0 });
    const bad = await unit.get('/api/forms?rule=Bad%20Rule');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid-query', path: 'rule' });
  });

  it('stats with rule= count only those forms, the same from the scan as the rows say', async () => {
    const r = await unit.get('/api/stats?year=2041&rule=level1-inferred');
    expect(r.status).toBe(200);
    expect(r.body.byStatus).toEqual([{ status: 'draft', count: 1 }, { status: 'submitted', count: 1 }]);
    expect(r.body.topFindings.find((x: { ruleId: string }) => x.ruleId === 'level1-inferred')?.count).toBeGreaterThan(0);
  });

  it('a department or finance reviewer sees forms from 已提交 on: lists, totals, stats, reads and exports', async () => {
    for (const c of [dept, finance]) {
      expect(await listed(c, '')).toEqual({ ids: [ids.f1sub, ids.f2sub], total: 2 });
      expect(await listed(c, 'status=draft')).toEqual({ ids: [], total: 0 });
      expect(await listed(c, 'q=%E9%80%89%E6%8B%A9')).toEqual({ ids: [ids.f1sub, ids.f2sub], total: 2 }); // q=选择: the scan path
      const s = await c.get('/api/stats?year=2041');
      expect(s.body.byStatus).toEqual([{ status: 'submitted', count: 2 }]);
      const scanned = await c.get('/api/stats?year=2041&q=%E9%80%89%E6%8B%A9');
      expect(scanned.body.byStatus).toEqual([{ status: 'submitted', count: 2 }]);
      expect((await c.get(`/api/forms/${ids.f1draft}`)).status).toBe(404);
      expect((await c.get(`/api/forms/${ids.f1sub}`)).status).toBe(200);
      const all = await c.get('/api/export?format=json&year=2041');
      expect(all.status).toBe(200);
      expect(JSON.stringify(all.body)).not.toContain('选择 f1draft');
      expect(JSON.stringify(all.body)).toContain('选择 f1sub');
    }
    // The unit itself still sees its drafts.
    expect((await listed(unit, '')).total).toBe(4);
  });

  it('a returned form stays in the reviewer’s view', async () => {
    const f = await api.createAs(unit, { ...seedForm2(), year: 2042 });
    await unit.post(`/api/forms/${f.id}/transition`, { version: 1, action: 'submit' });
    expect((await dept.post(`/api/forms/${f.id}/transition`, { version: 2, action: 'return', comment: '请补充' })).status).toBe(200);
    expect((await dept.get(`/api/forms/${f.id}`)).body.status).toBe('returned');
    expect((await listed(dept, '')).total).toBe(2);
    const r = await dept.get('/api/forms?year=2042');
    expect(r.body.items.map((x: { id: number }) => x.id)).toEqual([f.id]);
  });

  it('ids= exports the selection in the order given, one file', async () => {
    const r = await unit.get(`/api/export?format=json&ids=${ids.f2sub},${ids.f1draft}`);
    expect(r.status).toBe(200);
    const names = (Array.isArray(r.body) ? r.body : r.body.forms ?? [r.body]).map((x: { projectName?: string; evaluation?: { projectName: string } }) => x.projectName ?? x.evaluation?.projectName);
    expect(names).toEqual(['选择 f2sub', '选择 f1draft']);
    expect(r.headers.get('content-disposition')).toContain('attachment');
  });

  it('ids= is all or nothing: one unreadable or missing id gives 404 and no file', async () => {
    const drafty = await dept.get(`/api/export?format=json&ids=${ids.f1sub},${ids.f1draft}`);
    expect(drafty.status).toBe(404);
    expect(drafty.body.error.code).toBe('not-found');
    const missing = await unit.get(`/api/export?format=json&ids=${ids.f1sub},999999`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(drafty.body);
    const other = await api.login('finance1');
    expect((await other.get(`/api/export?format=json&ids=${ids.f2sub}`)).status).toBe(200);
    for (const bad of ['', '1,,2', 'a', '0', '1;2']) {
      const r = await unit.get(`/api/export?format=json&ids=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.path).toBe('ids');
    }
    const tooMany = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
    expect((await unit.get(`/api/export?format=json&ids=${tooMany}`)).status).toBe(400);
  });
});

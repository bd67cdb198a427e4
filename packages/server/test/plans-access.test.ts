/**
 * Who may do what to the forms before the self-evaluation: the self-evaluation's rules — a unit
 * its own, the department its units (not their drafts), finance everything in its region — checked
 * for every role at its own and at another organisation. Denied reads do not leak (404), denied
 * writes change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api, type Client, type Res } from './harness';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';

const WHO = ['unit1', 'unit2', 'unit3', 'dept1', 'dept2', 'finance1', 'orgadmin'] as const;
type Who = (typeof WHO)[number];

describe.each(DIALECTS)('plan form access on %s', (dialect) => {
  let api: Api;
  const c = {} as Record<Who, Client>;
  let draft: { id: number; version: number }, submitted: { id: number; version: number }, approved: { id: number; version: number };
  beforeAll(async () => {
    api = await setupApi(dialect);
    for (const w of WHO) c[w] = await api.login(w);
    const file = async (name: string) => (await c.unit1.post('/api/target-forms', { form: { ...seedTargetForm1(), projectName: name } })).body;
    const act = async (who: Who, f: { id: number; version: number }, action: string) => (await c[who].post(`/api/plans/${f.id}/transition`, { version: f.version, action })).body;
    draft = await file('草稿');
    submitted = await act('unit1', await file('已提交'), 'submit');
    approved = await act('finance1', await act('dept1', await act('unit1', await file('已批复'), 'submit'), 'approve'), 'finance-approve');
  });
  afterAll(() => api.drop());

  /** Who gets a 2xx, every other caller a 401/403/404. */
  async function allowed(run: (who: Who) => Promise<Res>): Promise<Who[]> {
    const out: Who[] = [];
    for (const w of WHO) {
      const r = await run(w);
      expect(r.status, `${w}: ${JSON.stringify(r.body)}`).toBeLessThan(500);
      if (r.status < 300) out.push(w);
      else expect([401, 403, 404, 409]).toContain(r.status);
    }
    return out;
  }

  it('reads: the unit its own, reviewers from 已提交 on within their subtree, admins in scope', async () => {
    expect(await allowed((w) => c[w].get(`/api/plans/${draft.id}`))).toEqual(['unit1', 'orgadmin']);
    expect(await allowed((w) => c[w].get(`/api/plans/${submitted.id}`))).toEqual(['unit1', 'dept1', 'finance1', 'orgadmin']);
    expect(await allowed((w) => c[w].get(`/api/plans/${submitted.id}/versions`))).toEqual(['unit1', 'dept1', 'finance1', 'orgadmin']);
    for (const w of ['unit2', 'unit3', 'dept2'] as const) expect((await c[w].get(`/api/plans/${submitted.id}`)).status).toBe(404);
    const listed = async (w: Who) => (await c[w].get('/api/plans?pageSize=200')).body.items.map((i: { id: number }) => i.id);
    expect(await listed('dept1')).not.toContain(draft.id);
    expect(await listed('dept1')).toContain(submitted.id);
    expect(await listed('unit2')).toEqual([]);
    expect(await listed('dept2')).toEqual([]);
  });

  it('writes: only the unit edits; only the department approves; denied writes change nothing', async () => {
    const form = (await c.unit1.get(`/api/plans/${draft.id}`)).body.form;
    const edit = (w: Who) => c[w].put(`/api/plans/${draft.id}`, { version: draft.version, form: { ...form, goals: { ...form.goals, annual: w } } });
    for (const w of ['unit2', 'unit3', 'dept1', 'dept2', 'finance1', 'orgadmin'] as const) expect((await edit(w)).status).toBeGreaterThanOrEqual(403);
    expect((await c.unit1.get(`/api/plans/${draft.id}`)).body.version).toBe(draft.version);
    const approve = (w: Who) => c[w].post(`/api/plans/${submitted.id}/transition`, { version: submitted.version, action: 'approve' });
    for (const w of ['unit1', 'unit2', 'dept2', 'finance1', 'orgadmin'] as const) expect((await approve(w)).status).toBeGreaterThanOrEqual(403);
    expect((await c.dept1.get(`/api/plans/${submitted.id}`)).body).toMatchObject({ status: 'submitted', version: submitted.version });
    expect((await approve('dept1')).status).toBe(200);
    expect((await edit('unit1')).status).toBe(200);
  });

  it('files monitoring and adjustments against approved targets: the unit and admins in scope', async () => {
    expect(await allowed((w) => c[w].post(`/api/target-forms/${approved.id}/monitoring`, {}))).toEqual(['unit1', 'orgadmin']);
    const adj = { form: { reason: '调整', changes: [{ indicatorIndex: 0, field: 'target', to: '≥21家' }] } };
    expect(await allowed((w) => c[w].post(`/api/target-forms/${approved.id}/adjustments`, adj))).toEqual(['unit1', 'orgadmin']);
  });

  it('history, due lists and progress within scope', async () => {
    const u1 = api.orgs.get('unit1')!;
    expect(await allowed((w) => c[w].get(`/api/library/history?orgId=${u1}&year=2021&name=x`))).toEqual(['unit1', 'dept1', 'finance1', 'orgadmin']);
    expect(await allowed((w) => c[w].get(`/api/tasks/due?unitId=${u1}`))).toEqual(['unit1', 'dept1', 'finance1', 'orgadmin']);
    expect(await allowed((w) => c[w].get('/api/tasks/progress'))).toEqual(['dept1', 'dept2', 'finance1', 'orgadmin']);
    expect(await allowed((w) => c[w].post('/api/tasks', { year: 2021, stage: 'target', unitIds: [u1], deadline: '2021-03-31' }))).toEqual(['finance1', 'orgadmin']);
    expect(await allowed((w) => c[w].post('/api/library', { entry: { level1: '产出指标', level2: '数量指标', name: `${w}的指标`, unit: '个', direction: '>=', basis: null, note: '' } }))).toEqual(['dept1', 'dept2']);
    // A department's own entry is found by its units, not by another department's.
    const found = async (w: Who) => (await c[w].get(`/api/library?q=${encodeURIComponent('dept1的指标')}`)).body.items.map((e: { name: string }) => e.name);
    expect(await found('unit1')).toEqual(['dept1的指标']);
    expect(await found('unit3')).toEqual([]);
  });
});

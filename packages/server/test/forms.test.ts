/** Forms: create, read, edit with versions and 409s, history and diffs, delete, comments, lists. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAndReview } from '@jixiao/core';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('forms on %s', (dialect) => {
  let api: Api;
  let unit1: Client;
  let unit2: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    unit1 = await api.login('unit1');
    unit2 = await api.login('unit2');
  });
  afterAll(() => api.drop());

  it('creates a draft at version 1 with the evaluation verbatim and derived columns', async () => {
    const ev = seedForm1();
    const f = await api.createAs(unit1, ev);
    expect(f).toMatchObject({ version: 1, status: 'draft', orgName: '昌吉州中小企业发展服务中心', year: 2020, projectName: ev.projectName, updatedBy: '中小企业服务中心填报员' });
    expect(f.evaluation).toEqual(ev);
    const row = await api.t.database.db.selectFrom('forms').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ budget: '29.8', executed: '29.8', budget_fen: 29_800_000, executed_fen: 29_800_000, execution_rate: '1', claimed_total: 99 });
    expect(JSON.parse(row.evaluation)).toEqual(ev);
  });

  it('rejects an invalid evaluation with 400 and a path into the body', async () => {
    const ev = { ...seedForm1(), year: 'x' };
    const r = await unit1.post('/api/forms', { evaluation: ev });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid-evaluation', path: 'evaluation.year' });
  });

  it('edits at the current version, bumps it, and records a structural diff', async () => {
    const f = await api.createAs(unit1);
    const ev = structuredClone(f.evaluation);
    ev.indicators[0].score = 5;
    ev.goals.actual = '已完成';
    const r = await unit1.put(`/api/forms/${f.id}`, { version: 1, evaluation: ev });
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(2);
    expect(r.body.evaluation.indicators[0].score).toBe(5);
    const h = await unit1.get(`/api/forms/${f.id}/versions`);
    expect(h.body.items.map((x: { version: number; action: string }) => [x.version, x.action])).toEqual([[2, 'edit'], [1, 'create']]);
    expect(h.body.items[0].diff).toEqual([
      { path: 'goals.actual', op: 'replace', from: f.evaluation.goals.actual, to: '已完成' },
      { path: 'indicators[0].score', op: 'replace', from: f.evaluation.indicators[0].score, to: 5 },
    ]);
    const v1 = await unit1.get(`/api/forms/${f.id}/versions/1`);
    expect(v1.body.evaluation).toEqual(f.evaluation);
    expect((await unit1.get(`/api/forms/${f.id}/versions/9`)).status).toBe(404);
  });

  it('answers a stale version with 409 and the current form', async () => {
    const f = await api.createAs(unit1);
    const ev = structuredClone(f.evaluation);
    ev.projectName = 'A';
    expect((await unit1.put(`/api/forms/${f.id}`, { version: 1, evaluation: ev })).status).toBe(200);
    ev.projectName = 'B';
    const r = await unit1.put(`/api/forms/${f.id}`, { version: 1, evaluation: ev });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('version-conflict');
    expect(r.body.current).toMatchObject({ id: f.id, version: 2, projectName: 'A' });
  });

  it('hides other units’ forms (404) and refuses their edits', async () => {
    const f = await api.createAs(unit1);
    expect((await unit2.get(`/api/forms/${f.id}`)).status).toBe(404);
    expect((await unit2.put(`/api/forms/${f.id}`, { version: 1, evaluation: f.evaluation })).status).toBe(404);
    const list = await unit2.get('/api/forms');
    expect(list.body.items.some((x: { id: number }) => x.id === f.id)).toBe(false);
  });

  it('deletes drafts only, naming the version', async () => {
    const f = await api.createAs(unit1);
    expect((await unit1.del(`/api/forms/${f.id}`, { version: 2 })).status).toBe(409);
    expect((await unit1.del(`/api/forms/${f.id}`, { version: 1 })).status).toBe(204);
    expect((await unit1.get(`/api/forms/${f.id}`)).status).toBe(404);
  });

  it('keeps comments on the form and on single indicators', async () => {
    const f = await api.createAs(unit1);
    const dept = await api.login('dept1');
    // A draft is the unit's own: the department comments once it is submitted.
    expect((await dept.post(`/api/forms/${f.id}/comments`, { text: '太早', indicator: 2 })).status).toBe(404);
    expect((await unit1.post(`/api/forms/${f.id}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
    expect((await dept.post(`/api/forms/${f.id}/comments`, { text: '请补充佐证材料', indicator: 2 })).status).toBe(201);
    expect((await unit1.post(`/api/forms/${f.id}/comments`, { text: '已补充' })).status).toBe(201);
    expect((await unit1.post(`/api/forms/${f.id}/comments`, { text: 'x', indicator: 999 })).status).toBe(400);
    expect((await unit2.post(`/api/forms/${f.id}/comments`, { text: 'x' })).status).toBe(404);
    const r = await unit1.get(`/api/forms/${f.id}/comments`);
    expect(r.body.items.map((x: { text: string; indicator: number | null; by: string }) => [x.text, x.indicator, x.by])).toEqual([
      ['请补充佐证材料', 2, '工信局审核员'],
      ['已补充', null, '中小企业服务中心填报员'],
    ]);
  });

  it('lists with filters, text search and paging', async () => {
    const u3 = await api.login('unit3');
    const ev = seedForm2();
    ev.year = 2021;
    ev.projectName = '校园安全改造项目';
    const created = await api.createAs(u3, ev);
    // Finance sees the form once it is submitted; the filters below are checked as the admin, who sees drafts too.
    const reviewer = await api.login('finance1');
    expect((await reviewer.get('/api/forms?year=2021')).body.total).toBe(0);
    expect((await u3.post(`/api/forms/${created.id}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
    expect((await reviewer.get('/api/forms?year=2021')).body.items.map((x: { id: number }) => x.id)).toEqual([created.id]);
    const finance = await api.login('orgadmin');
    const all = await finance.get('/api/forms?pageSize=200');
    expect(all.status).toBe(200);
    const total = all.body.total;
    expect(all.body.items.length).toBe(total);
    const y = await finance.get('/api/forms?year=2021');
    expect(y.body.items.map((x: { projectName: string }) => x.projectName)).toEqual(['校园安全改造项目']);
    const q = await finance.get(`/api/forms?q=${encodeURIComponent('安全改造')}`);
    expect(q.body.total).toBe(1);
    const pct = await finance.get(`/api/forms?q=${encodeURIComponent('%')}`);
    expect(pct.body.total).toBe(0);
    const byOrg = await finance.get(`/api/forms?orgId=${api.orgs.get('dept2')}`);
    expect(byOrg.body.items.every((x: { orgId: number }) => x.orgId === api.orgs.get('unit3'))).toBe(true);
    const p1 = await finance.get('/api/forms?pageSize=2&page=1&sort=id');
    const p2 = await finance.get('/api/forms?pageSize=2&page=2&sort=id');
    expect(p1.body.items.length).toBe(2);
    expect(p2.body.items[0].id).toBeGreaterThan(p1.body.items[1].id);
    const st = await finance.get('/api/forms?status=published');
    expect(st.body.total).toBe(0);
    const item = all.body.items[0];
    expect(Object.keys(item).sort()).toEqual(
      ['id', 'version', 'orgId', 'orgName', 'year', 'projectName', 'implementer', 'status', 'budget', 'executed', 'executionRate', 'claimedTotal', 'provenMin', 'provenMax', 'grade', 'findings', 'financeReviewTotal', 'financeReviewGrade', 'updatedAt', 'openRectification'].sort(),
    );
  });

  it('scores statelessly with core', async () => {
    const r = await unit1.post('/api/score', { evaluation: seedForm1() });
    expect(r.status).toBe(200);
    const expected = scoreAndReview(seedForm1());
    expect(r.body.scored.totals).toEqual(expected.scored.totals);
    expect(r.body.findings).toEqual(expected.findings);
    // A stored form carries the same scoring, and the findings core gives knowing the form's
    // evidence (none attached yet: evidence-required speaks, unlike for a file scored on its own).
    const f = await api.createAs(unit1, seedForm1());
    const stored = scoreAndReview(seedForm1(), undefined, { evidence: [] });
    expect(stored.findings.length).toBeGreaterThan(expected.findings.length);
    expect(f.findings).toEqual(stored.findings);
    expect(f.scored.totals).toEqual(expected.scored.totals);
    const row = await api.t.database.db.selectFrom('forms').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
    expect(row.proven_min).toBe(expected.scored.totals.proven.min);
    expect(row.proven_max).toBe(expected.scored.totals.proven.max);
    expect(row.grade).toBe(expected.scored.totals.grade.claimed);
    expect(row.findings_error + row.findings_warning + row.findings_info).toBe(stored.findings.length);
  });
});

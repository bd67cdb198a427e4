/** The form read path: one query per read, stored JSON spliced verbatim, editor names right after every kind of write. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAndReview } from '@jixiao/core';
import { DIALECTS } from './dbs';
import { seedForm2, setupApi, type Api, type Client } from './harness';
import { derive } from '../src/domain/derive';

describe.each(DIALECTS)('form read path on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept] = await Promise.all(['unit1', 'dept1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  it('returns valid JSON whose parts equal what core derives, with the JSON content type', async () => {
    const ev = seedForm2();
    const f = await api.createAs(unit, ev);
    const r = await unit.get(`/api/forms/${f.id}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const d = derive(ev, undefined, { evidence: [] });
    expect(r.body.evaluation).toEqual(ev);
    expect(r.body.scored).toEqual(JSON.parse(JSON.stringify(d.scored)));
    // Stored forms are reviewed knowing their evidence (none attached yet).
    expect(r.body.findings).toEqual(JSON.parse(JSON.stringify(scoreAndReview(ev, undefined, { evidence: [] }).findings)));
    expect(r.body.financeReview).toBeNull();
    expect(Object.keys(r.body)).toEqual(['id', 'version', 'orgId', 'orgName', 'year', 'projectName', 'department', 'implementer', 'status', 'template', 'evaluation', 'scored', 'findings', 'financeReview', 'createdAt', 'updatedAt', 'updatedBy', 'targetsLocked', 'openRectification']);
    expect(r.body.targetsLocked).toBeNull();
  });

  it('names the last editor on reads and on write responses, whoever wrote last', async () => {
    const f = await api.createAs(unit);
    expect(f.updatedBy).toBe('中小企业服务中心填报员');
    const s = await unit.post(`/api/forms/${f.id}/transition`, { version: 1, action: 'submit' });
    expect(s.body.updatedBy).toBe('中小企业服务中心填报员');
    const a = await dept.post(`/api/forms/${f.id}/transition`, { version: 2, action: 'approve' });
    expect(a.status).toBe(200);
    expect(a.body.updatedBy).toBe('工信局审核员');
    expect((await unit.get(`/api/forms/${f.id}`)).body.updatedBy).toBe('工信局审核员');
    // The version-conflict body embeds the same resource.
    const stale = await dept.post(`/api/forms/${f.id}/transition`, { version: 2, action: 'approve' });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toEqual((await dept.get(`/api/forms/${f.id}`)).body);
  });

  it('pages every sort order exactly as sorting all rows would (ties by id, newest first)', async () => {
    for (const [i, score] of [[0, 80], [1, 95], [2, 80], [3, 60.5], [4, 99]] as const) {
      const ev = seedForm2();
      ev.projectName = `排序测试${i}`;
      ev.total.score = score;
      await api.createAs(unit, ev);
    }
    const db = api.t.database.db;
    const rows = await db.selectFrom('forms').select(['id', 'updated_at', 'year', 'project_name', 'claimed_total', 'status']).where('org_id', '=', api.orgs.get('unit1')!).execute();
    const keys = { updatedAt: 'updated_at', year: 'year', projectName: 'project_name', claimedTotal: 'claimed_total', id: 'id', status: 'status' } as const;
    for (const [sort, col] of Object.entries(keys)) {
      for (const desc of [false, true]) {
        const cmp = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
          const x = a[col] as string | number | null;
          const y = b[col] as string | number | null;
          const c = x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
          return (desc ? -c : c) || b.id - a.id;
        };
        const expected = [...rows].sort(cmp).map((r) => r.id);
        const got: number[] = [];
        for (let page = 1; got.length < rows.length && page < 20; page++) {
          const r = await unit.get(`/api/forms?pageSize=2&page=${page}&sort=${desc ? '-' : ''}${sort}`);
          expect(r.body.total).toBe(rows.length);
          got.push(...r.body.items.map((x: { id: number }) => x.id));
        }
        expect(got, `${desc ? '-' : ''}${sort}`).toEqual(expected);
      }
    }
  });

  it('stores no copy of the evaluation for a transition, yet every version reads back as it stood', async () => {
    const f = await api.createAs(unit);
    const ev2 = structuredClone(f.evaluation);
    ev2.goals.actual = '第二版';
    const v2 = (await unit.put(`/api/forms/${f.id}`, { version: 1, evaluation: ev2 })).body;
    const v3 = (await unit.post(`/api/forms/${f.id}/transition`, { version: v2.version, action: 'submit' })).body;
    const v4 = (await dept.post(`/api/forms/${f.id}/transition`, { version: v3.version, action: 'return', comment: '请补充' })).body;
    const ev5 = structuredClone(ev2);
    ev5.goals.actual = '第五版';
    expect((await unit.put(`/api/forms/${f.id}`, { version: v4.version, evaluation: ev5 })).status).toBe(200);
    const stored = await api.t.database.db.selectFrom('form_versions').select(['version', 'evaluation']).where('form_id', '=', f.id).orderBy('version').execute();
    expect(stored.map((r) => r.evaluation === '')).toEqual([false, false, true, true, false]);
    const at = async (v: number) => (await unit.get(`/api/forms/${f.id}/versions/${v}`)).body;
    expect((await at(1)).evaluation).toEqual(f.evaluation);
    for (const v of [2, 3, 4]) expect((await at(v)).evaluation, `version ${v}`).toEqual(ev2);
    expect(await at(4)).toMatchObject({ version: 4, action: 'return' });
    expect((await at(5)).evaluation).toEqual(ev5);
  });
});

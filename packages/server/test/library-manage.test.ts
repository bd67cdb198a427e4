/**
 * A department's own indicator library managed by hand (issue 14), on SQLite and PostgreSQL: its
 * reviewer (or finance, or an admin in scope) adds, edits, retires and restores entries; a retired
 * entry stays listed for the department (and stored for the forms that picked it) but search no
 * longer offers it; a name already there is a 409; units and other departments may not touch it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { act, ok } from './plan-helpers';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';
import { setupApi, type Api, type Client } from './harness';

const WHO = ['unit1', 'unit3', 'dept1', 'dept2', 'finance1', 'orgadmin'] as const;
type Who = (typeof WHO)[number];
const DEPT1 = '昌吉州工业和信息化局';

describe.each(DIALECTS)('department indicator library on %s', (dialect) => {
  let api: Api;
  const c = {} as Record<Who, Client>;
  beforeAll(async () => {
    api = await setupApi(dialect);
    for (const w of WHO) c[w] = await api.login(w);
  });
  afterAll(() => api.drop());

  const entry = (name: string, over: object = {}) => ({ level1: '产出指标', level2: '数量指标', name, unit: '家', direction: '>=', basis: 'plan', note: '按年度计划', ...over });
  const search = async (w: Who, q: string) => (await ok(c[w].get(`/api/library?q=${encodeURIComponent(q)}`))).items.map((e: { name: string }) => e.name);
  const own = async (w: Who) => (await ok(c[w].get('/api/library/own'))).items as { id: string; name: string; note: string; examples: string[]; retired?: boolean }[];
  const path = (id: string, tail = '') => `/api/library/${encodeURIComponent(id)}${tail}`;

  it('adds, edits, retires and restores an own entry; search follows', async () => {
    const added = await ok(c.dept1.post('/api/library', { entry: entry('培育规上工业企业数量') }), 201);
    expect(added).toEqual({ id: `${DEPT1}:培育规上工业企业数量`, owner: DEPT1, examples: [], ...entry('培育规上工业企业数量') });
    expect(await search('unit1', '规上工业')).toEqual(['培育规上工业企业数量']);

    // The same name again: a 409 saying to edit it.
    const dup = await c.dept1.post('/api/library', { entry: entry('培育规上工业企业数量', { note: '另一条' }) });
    expect([dup.status, dup.body.error.code, dup.body.error.path, dup.body.error.message.zh]).toEqual([409, 'duplicate', 'entry.name', '本部门指标库已有“培育规上工业企业数量”，请直接修改']);

    // Edit: everything but the name (and id), which forms refer to.
    const edited = await ok(c.dept1.put(path(added.id), { entry: { ...entry('x'), name: undefined, unit: '户', basis: 'history', note: '上年实际 12 户' } }));
    expect(edited).toMatchObject({ id: added.id, name: '培育规上工业企业数量', unit: '户', basis: 'history', note: '上年实际 12 户' });
    expect((await own('dept1')).find((e) => e.id === added.id)).toMatchObject({ unit: '户', note: '上年实际 12 户' });

    // Retired: still listed for the department, marked; no longer found by the units.
    expect(await ok(c.dept1.post(path(added.id, '/retire')))).toMatchObject({ id: added.id, retired: true });
    expect((await own('dept1')).find((e) => e.id === added.id)?.retired).toBe(true);
    expect(await search('unit1', '规上工业')).toEqual([]);
    const again = await c.dept1.post('/api/library', { entry: entry('培育规上工业企业数量') });
    expect([again.status, again.body.error.message.zh]).toEqual([409, '本部门指标库已有已停用的“培育规上工业企业数量”，请恢复后修改']);
    const restored = await ok(c.dept1.post(path(added.id, '/restore')));
    expect(restored).not.toHaveProperty('retired');
    expect(restored.note).toBe('上年实际 12 户');
    expect(await search('unit1', '规上工业')).toEqual(['培育规上工业企业数量']);

    const audit = (await ok(c.orgadmin.get('/api/audit'))).items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['library.add', 'library.edit', 'library.retire', 'library.restore']));
  });

  it('finance manages a department’s list by naming it; units and other departments may not', async () => {
    const d1 = api.orgs.get('dept1')!;
    const byFinance = await ok(c.finance1.post('/api/library', { departmentId: d1, entry: entry('财政补录指标') }), 201);
    expect(byFinance.owner).toBe(DEPT1);
    // Who may edit / retire it: dept1's reviewer, finance and the admin; unit1 sees it (403), the others do not (404).
    const status = async (w: Who, run: (c: Client) => Promise<{ status: number }>) => (await run(c[w])).status;
    const edit = (cl: Client) => cl.put(path(byFinance.id), { entry: { ...entry('x'), name: undefined, note: 'edited' } });
    expect(await Promise.all(WHO.map((w) => status(w, edit)))).toEqual([403, 404, 200, 404, 200, 200]);
    expect(await Promise.all(WHO.map((w) => status(w, (cl) => cl.post(path(byFinance.id, '/retire')))))).toEqual([403, 404, 200, 404, 200, 200]);
    // Adding to another department's list: not dept2 into dept1's; a unit never.
    expect((await c.dept2.post('/api/library', { departmentId: d1, entry: entry('越权指标') })).status).toBe(403);
    expect((await c.unit1.post('/api/library', { departmentId: d1, entry: entry('越权指标') })).status).toBe(403);
    expect((await c.finance1.post('/api/library', { departmentId: api.orgs.get('unit1'), entry: entry('不是部门') })).status).toBe(403);
  });

  it('a retired entry stays retired when an approved form names it; the form’s target is added to its examples', async () => {
    const seed = seedTargetForm1();
    const row = seed.indicators[2];
    const added = await ok(c.dept1.post('/api/library', { entry: entry(row.name, { unit: '次' }) }), 201);
    await ok(c.dept1.post(path(added.id, '/retire')));
    const filed = await ok(c.unit1.post('/api/target-forms', { form: { ...seed, projectName: '停用后批复' } }), 201);
    await ok(act(c.finance1, await ok(act(c.dept1, await ok(act(c.unit1, filed, 'submit')), 'approve')), 'finance-approve'));
    const after = (await own('dept1')).find((e) => e.id === added.id);
    expect(after).toMatchObject({ retired: true, examples: [row.target] });
    expect(await search('unit1', row.name)).toEqual([]);
  });

  it('bad input: an unknown id, a body missing fields', async () => {
    expect((await c.dept1.put(path('昌吉州工业和信息化局:没有这个'), { entry: entry('x') })).status).toBe(404);
    expect((await c.dept1.post(path('common:x', '/retire'))).status).toBe(404);
    const added = await ok(c.dept1.post('/api/library', { entry: entry('输入检查指标') }), 201);
    const bad = await c.dept1.put(path(added.id), { entry: { level1: '产出指标' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid-body']);
    const dir = await c.dept1.put(path(added.id), { entry: { ...entry('x'), direction: 'up' } });
    expect([dir.status, dir.body.error.path]).toEqual([400, 'entry.direction']);
  });
});

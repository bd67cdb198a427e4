/** Organisations and users, statistics, the OpenAPI document. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';
import { openapiPath } from '../src/openapi';
import { audit } from '../src/commands/audit';

describe.each(DIALECTS)('admin, stats and OpenAPI on %s', (dialect) => {
  let api: Api;
  let admin: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    admin = await api.login('orgadmin');
  });
  afterAll(() => api.drop());

  it('creates organisations in the tree’s order and users whose role fits the kind', async () => {
    const dept = await admin.post('/api/orgs', { name: '昌吉州农业农村局', kind: 'department', parentId: api.orgs.get('finance') });
    expect(dept.status).toBe(201);
    expect((await admin.post('/api/orgs', { name: '错位单位', kind: 'unit', parentId: api.orgs.get('finance') })).status).toBe(400);
    expect((await admin.post('/api/orgs', { name: '无上级', kind: 'unit', parentId: 99999 })).status).toBe(400);
    const unit = await admin.post('/api/orgs', { name: '昌吉州农技推广站', kind: 'unit', parentId: dept.body.id });
    expect(unit.status).toBe(201);
    const u = await admin.post('/api/users', { username: 'farm1', name: '推广站填报员', password: 'farm-pass-1', role: 'unit_editor', orgId: unit.body.id });
    expect(u.status).toBe(201);
    expect((await admin.post('/api/users', { username: 'farm2', name: 'x', password: 'farm-pass-1', role: 'dept_reviewer', orgId: unit.body.id })).status).toBe(400);
    const dup = await admin.post('/api/users', { username: 'farm1', name: 'x', password: 'farm-pass-1', role: 'unit_editor', orgId: unit.body.id });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('duplicate');
    const farm = await api.login('farm1', 'farm-pass-1');
    expect((await farm.get('/api/session')).body.user.orgName).toBe('昌吉州农技推广站');
    // Only admins create; a reviewer lists its subtree.
    const dept1 = await api.login('dept1');
    expect((await dept1.post('/api/orgs', { name: 'x', kind: 'unit', parentId: api.orgs.get('dept1') })).status).toBe(403);
    const orgs = await dept1.get('/api/orgs');
    expect(orgs.body.items.map((o: { name: string }) => o.name).sort()).toEqual(['昌吉州中小企业发展服务中心', '昌吉州工业和信息化局', '昌吉州工业经济运行监测中心'].sort());
    const users = await dept1.get('/api/users');
    expect(users.body.items.every((x: { orgId: number }) => [api.orgs.get('dept1'), api.orgs.get('unit1'), api.orgs.get('unit2')].includes(x.orgId))).toBe(true);
    const audit = await admin.get('/api/audit');
    expect(audit.body.items.map((x: { action: string }) => x.action)).toEqual(expect.arrayContaining(['org.create', 'user.create']));
  });

  it('shows a scoped reader only the entries of users in its scope, each with the user’s name', async () => {
    const { db } = api.t.database;
    const root = await db.insertInto('users').values({ username: 'root-outside', name: '系统管理员', password_hash: 'x', role: 'admin', org_id: null, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
    await audit(db, { userId: root.id, action: 'probe.outside' });
    await api.login('unit2');
    const items = (await (await api.login('finance1')).get('/api/audit?limit=1000')).body.items as { action: string; userId: number | null; userName: string | null }[];
    expect(items.some((x) => x.action === 'probe.outside' || x.userId === root.id)).toBe(false);
    const login = items.find((x) => x.action === 'login' && x.userName === '运行监测中心填报员');
    expect(login).toMatchObject({ userName: '运行监测中心填报员' });
    expect(items.every((x) => x.userId === null || typeof x.userName === 'string')).toBe(true);
  });

  it('computes dashboard statistics exactly (money in 万元, forms in 元 converted)', async () => {
    const u1 = await api.login('unit1');
    const u3 = await api.login('unit3');
    const a = await api.createAs(u1, seedForm1()); // 29.8 万元 budget and executed, claimed 99
    const b = await api.createAs(u1, seedForm2()); // 45.8966 万元
    const yuan = seedForm2();
    yuan.funds.unit = '元';
    yuan.funds.total = { ...yuan.funds.total, initial: '1000.50', adjusted: '1000.50', executed: '800.40' };
    yuan.total.score = 70;
    const c = await api.createAs(u3, yuan);
    await u1.post(`/api/forms/${a.id}/transition`, { version: 1, action: 'submit' });
    await u1.post(`/api/forms/${b.id}/transition`, { version: 1, action: 'submit' });
    await u3.post(`/api/forms/${c.id}/transition`, { version: 1, action: 'submit' });
    // A draft of unit1's: the admin counts it, a reviewer does not (reviewers see forms from 已提交 on).
    await api.createAs(u1, seedForm1());
    const all = await admin.get('/api/stats?year=2020');
    expect(all.body.byStatus).toEqual([{ status: 'draft', count: 1 }, { status: 'submitted', count: 3 }]);
    expect(all.body.byOrg.find((x: { orgId: number }) => x.orgId === api.orgs.get('unit1')).count).toBe(3);
    const finance = await api.login('finance1');
    const s = await finance.get('/api/stats?year=2020');
    expect(s.status).toBe(200);
    expect(s.body.byStatus).toEqual([{ status: 'submitted', count: 3 }]);
    const unit1 = s.body.byOrg.find((x: { orgId: number }) => x.orgId === api.orgs.get('unit1'));
    expect(unit1).toMatchObject({ orgName: '昌吉州中小企业发展服务中心', count: 2, budget: '75.6966', executed: '75.6966', executionRate: '1' });
    const unit3 = s.body.byOrg.find((x: { orgId: number }) => x.orgId === api.orgs.get('unit3'));
    expect(unit3).toMatchObject({ count: 1, budget: '0.10005', executed: '0.08004', executionRate: '0.8', claimed: 70 });
    // A department sees only its subtree.
    const dept2 = await api.login('dept2');
    const d = await dept2.get('/api/stats');
    expect(d.body.byOrg.map((x: { orgId: number }) => x.orgId)).toEqual([api.orgs.get('unit3')]);
    for (const key of ['grades', 'topFindings', 'largestGaps']) expect(Array.isArray(s.body[key])).toBe(true);
    expect((await finance.get('/api/stats?year=abc')).status).toBe(400);
  });

  it('documents every served route in /api/openapi.json', async () => {
    const r = await api.anon().get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const served = api.app.routes.filter((x) => x.path.startsWith('/api/') && x.path !== '/api/*' && x.method !== 'ALL');
    expect(served.length).toBeGreaterThan(25);
    for (const route of served) {
      const op = r.body.paths[openapiPath(route.path)]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
    }
    const documented = Object.entries(r.body.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    expect(documented.sort()).toEqual(served.map((x) => `${x.method} ${openapiPath(x.path)}`).sort());
    // Every route the web app relies on (docs/api.md) is there.
    for (const p of ['/api/login', '/api/forms/{id}/transition', '/api/import', '/api/export', '/api/stats', '/api/public/forms/{id}'])
      expect(r.body.paths[p]).toBeDefined();
  });

  it('answers unknown /api paths with a 404 envelope', async () => {
    const r = await api.anon().get('/api/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not-found');
  });
});

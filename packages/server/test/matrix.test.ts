/**
 * The permission matrix: every role, at the form's own organisation (its scope includes the
 * form) and at another region's, against every endpoint — the outcome must be exactly the table.
 * Denied reads must not leak (404, or filtered out of lists); denied writes must change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';
import { hashPassword } from '../src/auth/password';

type Who = 'unit:own' | 'unit:other' | 'dept:own' | 'dept:other' | 'finance:own' | 'finance:other' | 'admin:own' | 'admin:other' | 'anon';
const WHO: Who[] = ['unit:own', 'unit:other', 'dept:own', 'dept:other', 'finance:own', 'finance:other', 'admin:own', 'admin:other', 'anon'];
const USERNAMES: Record<Exclude<Who, 'anon'>, string> = {
  'unit:own': 'unit1', 'unit:other': 'unit_b', 'dept:own': 'dept1', 'dept:other': 'dept_b',
  'finance:own': 'finance1', 'finance:other': 'finance_b', 'admin:own': 'orgadmin', 'admin:other': 'admin_b',
};

const READERS: Who[] = ['unit:own', 'dept:own', 'finance:own', 'admin:own'];
/** A 草稿 is the unit's own work in progress: reviewers see a form from 已提交 on (a returned one too). */
const DRAFT_READERS: Who[] = ['unit:own', 'admin:own'];
/** Read endpoints, each checked on a form in every status a reviewer's view turns on. */
const READS = ['GET /api/forms/:id', 'GET /api/forms (listed)', 'GET /api/forms?rule (listed)', 'GET /api/forms/:id/versions', 'GET /api/forms/:id/versions/1',
  'GET /api/forms/:id/comments', 'POST /api/forms/:id/comments', 'GET /api/forms/:id/export', 'GET /api/export (included)', 'GET /api/export?ids (included)',
  'GET /api/stats (included)'];
const READ_STATUSES = ['draft', 'submitted', 'returned'] as const;

/** The expected table: endpoint → who is allowed. */
const EXPECTED: Record<string, Who[]> = {
  ...Object.fromEntries(READS.flatMap((e) => READ_STATUSES.map((s) => [`${e} [${s}]`, s === 'draft' ? DRAFT_READERS : READERS]))),
  'GET /api/audit?formId (entries) [draft]': ['admin:own'],
  'GET /api/audit?formId (entries) [submitted]': ['finance:own', 'admin:own'],
  'POST /api/forms (for the unit)': ['unit:own', 'admin:own'],
  'PUT /api/forms/:id': ['unit:own'],
  'DELETE /api/forms/:id': ['unit:own', 'admin:own'],
  'transition submit': ['unit:own'],
  'transition withdraw': ['unit:own'],
  'transition return (submitted)': ['dept:own'],
  'transition return (dept_approved)': ['finance:own'],
  'transition approve': ['dept:own'],
  'transition finance-review': ['finance:own'],
  'transition publish': ['finance:own'],
  'transition unlock (published)': ['finance:own', 'admin:own'],
  'transition unlock (dept_approved)': ['dept:own', 'finance:own', 'admin:own'],
  'transition unlock-targets': ['finance:own', 'admin:own'],
  'GET /api/orgs (includes the unit)': ['unit:own', 'dept:own', 'finance:own', 'admin:own'],
  'POST /api/orgs (under the department)': ['admin:own'],
  'GET /api/users (includes the unit’s)': ['dept:own', 'finance:own', 'admin:own'],
  'POST /api/users (at the unit)': ['admin:own'],
  'GET /api/public/forms/:id (draft)': [],
};

const DENIED = [401, 403, 404];

describe.each(DIALECTS)('permission matrix on %s', (dialect) => {
  let api: Api;
  const clients = new Map<Who, Client>();
  let owner: Client, dept: Client, finance: Client;
  let unitId: number, deptId: number;

  beforeAll(async () => {
    api = await setupApi(dialect);
    const db = api.t.database.db;
    // A second region: 财政局 B → 主管部门 B → 单位 B, with a user per role.
    const now = new Date().toISOString();
    const ins = async (name: string, kind: 'finance' | 'department' | 'unit', parent_id: number | null) =>
      (await db.insertInto('orgs').values({ name, kind, parent_id, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
    const fb = await ins('乙地财政局', 'finance', null);
    const db_ = await ins('乙地工信局', 'department', fb);
    const ub = await ins('乙地服务中心', 'unit', db_);
    const hash = await hashPassword('demo1234');
    for (const [username, role, org_id] of [['unit_b', 'unit_editor', ub], ['dept_b', 'dept_reviewer', db_], ['finance_b', 'finance_reviewer', fb], ['admin_b', 'admin', fb]] as const)
      await db.insertInto('users').values({ username, name: username, password_hash: hash, role, org_id, created_at: now }).execute();
    api.ctx.invalidateOrgs();
    for (const w of WHO) clients.set(w, w === 'anon' ? api.anon() : await api.login(USERNAMES[w]));
    owner = clients.get('unit:own')!;
    dept = clients.get('dept:own')!;
    finance = clients.get('finance:own')!;
    unitId = api.orgs.get('unit1')!;
    deptId = api.orgs.get('dept1')!;
  });
  afterAll(() => api.drop());

  let nextYear = 2030;
  /** A fresh form of unit1 brought to a status (in a year of its own when asked); returns id, version and year. */
  async function formIn(status: string, ownYear = false): Promise<{ id: number; version: number; year: number }> {
    const year = ownYear ? nextYear++ : 2020;
    const f = await api.createAs(owner, { ...seedForm1(), year, projectName: `矩阵 ${Math.random()}` });
    const all: [Client, string, Record<string, unknown>][] = [
      [owner, 'submit', {}], [dept, 'approve', {}], [finance, 'finance-review', { financeReview: { scores: {} } }], [finance, 'publish', {}],
    ];
    const steps = status === 'returned'
      ? [all[0], [dept, 'return', { comment: '退回' }] as [Client, string, Record<string, unknown>]]
      : all.slice(0, ['submitted', 'dept_approved', 'finance_reviewed', 'published'].indexOf(status) + 1);
    let v = 1;
    for (const [c, action, extra] of steps) {
      const r = await c.post(`/api/forms/${f.id}/transition`, { version: v, action, ...extra });
      if (r.status !== 200) throw new Error(`${action}: ${JSON.stringify(r.body)}`);
      v = r.body.version;
    }
    return { id: f.id, version: v, year };
  }

  const version = async (id: number) =>
    (await api.t.database.db.selectFrom('forms').select('version').where('id', '=', id).executeTakeFirst())?.version ?? null;

  /** Each endpoint: perform it as `c`; return whether it was allowed (asserting the denial is clean). */
  const projectOf = async (id: number) =>
    (await api.t.database.db.selectFrom('forms').select('project_name').where('id', '=', id).executeTakeFirstOrThrow()).project_name;
  /** The read checks, each on a form in a given status. */
  const READ_CHECKS: Record<string, (c: Client, s: string) => Promise<boolean>> = {
    'GET /api/forms/:id': async (c, s) => status(await c.get(`/api/forms/${(await formIn(s)).id}`)),
    'GET /api/forms (listed)': async (c, s) => {
      const { id } = await formIn(s);
      const r = await c.get('/api/forms?pageSize=200&sort=-id');
      if (r.status !== 200) return status(r);
      return r.body.items.some((x: { id: number }) => x.id === id);
    },
    'GET /api/forms?rule (listed)': async (c, s) => {
      // seedForm1 has an error of score-inflated (over-claimed): the rule filter keeps it, within the caller's view.
      const { id } = await formIn(s);
      const r = await c.get('/api/forms?pageSize=200&sort=-id&rule=score-inflated');
      if (r.status !== 200) return status(r);
      return r.body.items.some((x: { id: number }) => x.id === id);
    },
    'GET /api/forms/:id/versions': async (c, s) => status(await c.get(`/api/forms/${(await formIn(s)).id}/versions`)),
    'GET /api/forms/:id/versions/1': async (c, s) => status(await c.get(`/api/forms/${(await formIn(s)).id}/versions/1`)),
    'GET /api/forms/:id/comments': async (c, s) => status(await c.get(`/api/forms/${(await formIn(s)).id}/comments`)),
    'POST /api/forms/:id/comments': async (c, s) => {
      const { id } = await formIn(s);
      const before = (await api.t.database.db.selectFrom('comments').select('id').where('form_id', '=', id).execute()).length;
      const ok = status(await c.post(`/api/forms/${id}/comments`, { text: '意见' }));
      const n = (await api.t.database.db.selectFrom('comments').select('id').where('form_id', '=', id).execute()).length;
      expect(n).toBe(before + (ok ? 1 : 0));
      return ok;
    },
    'GET /api/forms/:id/export': async (c, s) => status(await c.get(`/api/forms/${(await formIn(s)).id}/export?format=json`)),
    'GET /api/export (included)': async (c, s) => {
      const name = await projectOf((await formIn(s)).id);
      const r = await c.get(`/api/export?format=json&q=${encodeURIComponent(name)}`);
      if (r.status !== 200) return status(r);
      return JSON.stringify(r.body).includes(name);
    },
    'GET /api/export?ids (included)': async (c, s) => {
      // The selection holds a form everyone may read (published) and the form under test: all or nothing.
      const pub = await formIn('published');
      const { id } = await formIn(s);
      const name = await projectOf(id);
      const r = await c.get(`/api/export?format=json&ids=${pub.id},${id}`);
      if (r.status !== 200) return status(r);
      expect(JSON.stringify(r.body)).toContain(await projectOf(pub.id));
      return JSON.stringify(r.body).includes(name);
    },
    'GET /api/stats (included)': async (c, s) => {
      // The only form of its year: the unit shows up in that year's stats exactly when the form counts.
      const { year } = await formIn(s, true);
      const r = await c.get(`/api/stats?year=${year}`);
      if (r.status !== 200) return status(r);
      const seen = r.body.byOrg.some((x: { orgId: number }) => x.orgId === unitId);
      expect(r.body.byStatus.reduce((n: number, x: { count: number }) => n + x.count, 0)).toBe(seen ? 1 : 0);
      return seen;
    },
  };

  const auditEntries = (s: string) => async (c: Client) => {
    const { id } = await formIn(s);
    const r = await c.get(`/api/audit?formId=${id}`);
    if (r.status !== 200) return status(r);
    return r.body.items.length > 0;
  };

  /** Each endpoint: perform it as `c`; return whether it was allowed (asserting the denial is clean). */
  const CHECKS: Record<string, (c: Client) => Promise<boolean>> = {
    ...Object.fromEntries(Object.entries(READ_CHECKS).flatMap(([e, f]) => READ_STATUSES.map((s) => [`${e} [${s}]`, (c: Client) => f(c, s)]))),
    'GET /api/audit?formId (entries) [draft]': auditEntries('draft'),
    'GET /api/audit?formId (entries) [submitted]': auditEntries('submitted'),
    'POST /api/forms (for the unit)': async (c) => {
      const before = (await api.t.database.db.selectFrom('forms').select('id').execute()).length;
      const ok = status(await c.post('/api/forms', { evaluation: seedForm1(), orgId: unitId }));
      expect((await api.t.database.db.selectFrom('forms').select('id').execute()).length).toBe(before + (ok ? 1 : 0));
      return ok;
    },
    'PUT /api/forms/:id': async (c) => {
      const { id } = await formIn('draft');
      const ok = status(await c.put(`/api/forms/${id}`, { version: 1, evaluation: { ...seedForm1(), projectName: 'changed' } }));
      expect(await version(id)).toBe(ok ? 2 : 1);
      return ok;
    },
    'DELETE /api/forms/:id': async (c) => {
      const { id } = await formIn('draft');
      const ok = status(await c.del(`/api/forms/${id}`, { version: 1 }));
      expect(await version(id)).toBe(ok ? null : 1);
      return ok;
    },
    'transition submit': (c) => transition(c, 'draft', 'submit'),
    'transition withdraw': (c) => transition(c, 'submitted', 'withdraw'),
    'transition return (submitted)': (c) => transition(c, 'submitted', 'return', { comment: '退回' }),
    'transition return (dept_approved)': (c) => transition(c, 'dept_approved', 'return', { comment: '退回' }),
    'transition approve': (c) => transition(c, 'submitted', 'approve'),
    'transition finance-review': (c) => transition(c, 'dept_approved', 'finance-review', { financeReview: { scores: {} } }),
    'transition publish': (c) => transition(c, 'finance_reviewed', 'publish'),
    'transition unlock (published)': (c) => transition(c, 'published', 'unlock', { comment: '解锁' }),
    'transition unlock (dept_approved)': (c) => transition(c, 'dept_approved', 'unlock', { comment: '解锁' }),
    'transition unlock-targets': (c) => transition(c, 'dept_approved', 'unlock-targets', { comment: '解锁指标' }),
    'GET /api/orgs (includes the unit)': async (c) => {
      const r = await c.get('/api/orgs');
      if (r.status !== 200) return status(r);
      return r.body.items.some((o: { id: number }) => o.id === unitId);
    },
    'POST /api/orgs (under the department)': async (c) => status(await c.post('/api/orgs', { name: `新单位${Math.random()}`, kind: 'unit', parentId: deptId })),
    'GET /api/users (includes the unit’s)': async (c) => {
      const r = await c.get('/api/users');
      if (r.status !== 200) return status(r);
      return r.body.items.some((u: { orgId: number }) => u.orgId === unitId);
    },
    'POST /api/users (at the unit)': async (c) =>
      status(await c.post('/api/users', { username: `u${Math.floor(Math.random() * 1e9)}`, name: 'x', password: 'password-1', role: 'unit_editor', orgId: unitId })),
    'GET /api/public/forms/:id (draft)': async (c) => status(await c.get(`/api/public/forms/${(await formIn('draft')).id}`)),
  };

  function status(r: { status: number; body: unknown }): boolean {
    if (r.status >= 200 && r.status < 300) return true;
    expect(DENIED, JSON.stringify(r.body)).toContain(r.status);
    return false;
  }

  async function transition(c: Client, from: string, action: string, extra: Record<string, unknown> = {}): Promise<boolean> {
    const { id, version: v } = await formIn(from);
    const r = await c.post(`/api/forms/${id}/transition`, { version: v, action, ...extra });
    // A role that may take the action, but not from this status, is refused with 409 invalid-transition.
    const ok = r.status === 409 && r.body.error.code === 'invalid-transition' ? false : status(r);
    expect(await version(id)).toBe(ok ? v + 1 : v);
    return ok;
  }

  it('matches the table for every role × endpoint × own/other organisation', async () => {
    expect(Object.keys(CHECKS).sort()).toEqual(Object.keys(EXPECTED).sort());
    const actual: Record<string, Who[]> = {};
    for (const endpoint of Object.keys(EXPECTED)) {
      actual[endpoint] = [];
      for (const w of WHO) if (await CHECKS[endpoint](clients.get(w)!)) actual[endpoint].push(w);
    }
    expect(actual).toEqual(EXPECTED);
  }, 600_000);
});

/**
 * Untrusted input to the endpoints of issue 14: every malformed body, query or id gets a typed 4xx
 * with an error code — never a 5xx — and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type Api, type Client } from './harness';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';

const JUNK: unknown[] = [
  null, [], {}, 0, 'x', true, { form: null }, { form: 'x' }, { form: [] }, { form: { indicators: 'x' } },
  { form: { ...seedTargetForm1(), year: '2020' } }, { form: { ...seedTargetForm1(), year: 1e308 } }, { form: { ...seedTargetForm1(), funds: { unit: '万元', total: '1e5', fiscal: null, carryover: null, other: null } } },
  { form: { ...seedTargetForm1(), indicators: [{ ...seedTargetForm1().indicators[0], weight: 'NaN' }] } },
  { form: { reason: 1, changes: [] } }, { form: { reason: 'r', changes: [{ indicatorIndex: -1, field: 'target', to: 'x' }] } },
  { form: { reason: 'r', changes: [{ indicatorIndex: 0, field: 'level1', to: 'x' }] } },
  { version: 'one', form: {} }, { version: -1, action: 'approve' }, { version: 0, action: 'publish' }, { version: '1', action: 'return', comment: 7 },
  { year: 2020, stage: 'target', unitIds: 'all', deadline: '2020-01-01' }, { year: 2020, stage: 'target', unitIds: [1.5], deadline: '2020-01-01' },
  { year: 2020, stage: 'target', unitIds: [], deadline: '2020-01-01' }, { year: 2020, stage: 'target', unitIds: [1], deadline: 20200101 },
  { entry: { name: '' } }, { entry: { level1: '', level2: '', name: 'x', unit: null, direction: 'up', basis: null, note: '' } },
  { period: { from: 8, to: 7 } }, { period: { from: 0, to: 13 } },
  JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`),
];

describe('plan endpoints under bad input (sqlite)', () => {
  let api: Api;
  let unit: Client, dept: Client, finance: Client;
  let target: { id: number; version: number }, approved: { id: number };
  beforeAll(async () => {
    api = await setupApi('sqlite');
    [unit, dept, finance] = await Promise.all(['unit1', 'dept1', 'finance1'].map((u) => api.login(u)));
    target = (await unit.post('/api/target-forms', { form: seedTargetForm1() })).body;
    const s = (await unit.post(`/api/plans/${target.id}/transition`, { version: 1, action: 'submit' })).body;
    const d = (await dept.post(`/api/plans/${s.id}/transition`, { version: s.version, action: 'approve' })).body;
    approved = (await finance.post(`/api/plans/${d.id}/transition`, { version: d.version, action: 'finance-approve' })).body;
    target = (await unit.post('/api/target-forms', { form: seedTargetForm1() })).body;
  });
  afterAll(() => api.drop());

  it('answers every malformed body with a typed 4xx', async () => {
    const writes: [Client, string, string][] = [
      [unit, 'POST', '/api/target-forms'], [unit, 'POST', '/api/target-forms/check'], [unit, 'PUT', `/api/plans/${target.id}`], [unit, 'DELETE', `/api/plans/${target.id}`],
      [unit, 'POST', `/api/plans/${target.id}/transition`], [unit, 'POST', `/api/target-forms/${approved.id}/monitoring`],
      [unit, 'POST', `/api/target-forms/${approved.id}/adjustments`], [finance, 'POST', '/api/tasks'], [dept, 'POST', '/api/library'],
    ];
    for (const [c, method, path] of writes) {
      // Filing monitoring without a form pre-fills it: only bodies that send something it reads are junk there.
      const junk = path.endsWith('/monitoring') ? JUNK.filter((b) => typeof b !== 'object' || b === null || Array.isArray(b) || 'form' in b || 'period' in b) : JUNK;
      for (const body of junk) {
        const r = await c.req(method, path, body);
        const at = `${method} ${path} ${JSON.stringify(body).slice(0, 80)}`;
        expect(r.status, at).toBeGreaterThanOrEqual(400);
        expect(r.status, at).toBeLessThan(500);
        expect(typeof r.body.error.code, at).toBe('string');
      }
    }
    expect((await unit.get(`/api/plans/${target.id}`)).body).toMatchObject({ version: 1, status: 'draft' });
  });

  it('answers malformed queries and ids with a typed 4xx', async () => {
    const paths = [
      '/api/plans?page=0', '/api/plans?pageSize=201', '/api/plans?year=abc', '/api/plans?status=gone', '/api/plans/0', '/api/plans/99999999999',
      '/api/plans/1e3/versions', '/api/forms/x/cycle', '/api/tasks?year=3000', '/api/tasks/due?unitId=-1', '/api/tasks/progress?stage=x',
      '/api/library?level1=' + 'x'.repeat(101), '/api/library/own?departmentId=abc', '/api/library/history?year=2020&name=' + 'x'.repeat(501),
    ];
    for (const p of paths) {
      const r = await finance.get(p);
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
      expect(typeof r.body.error.code, p).toBe('string');
    }
  });
});

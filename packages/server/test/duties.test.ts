/**
 * Separation of duties (issue 13, item 7): with finance's `separation-of-duties` setting on, a user
 * who acted on a form at one stage cannot act on it at another — the admin who created a form does
 * not unlock it, the finance reviewer who re-scored it does not, as admin, unlock it; off, both may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('separation of duties on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client, finance: Client, admin: Client;
  const act = (c: Client, id: number, version: number, action: string, extra: object = {}) => c.post(`/api/forms/${id}/transition`, { version, action, ...extra });
  const setDuties = (value: string | null) => finance.put('/api/settings', { orgId: api.orgs.get('finance')!, year: 0, key: 'separation-of-duties', value });
  /** A form the admin created for unit1, submitted by the unit, approved by the department, re-scored by finance: version 4. */
  const reviewedByAll = async () => {
    const f = (await admin.post('/api/forms', { evaluation: seedForm1(), orgId: api.orgs.get('unit1')! })).body;
    expect((await act(unit, f.id, 1, 'submit')).status).toBe(200);
    expect((await act(dept, f.id, 2, 'approve')).status).toBe(200);
    expect((await act(finance, f.id, 3, 'finance-review', { financeReview: { scores: {} } })).status).toBe(200);
    return f.id as number;
  };
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept, finance, admin] = await Promise.all(['unit1', 'dept1', 'finance1', 'orgadmin'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  it('is off by default: the admin who created a form unlocks it', async () => {
    const id = await reviewedByAll();
    expect((await unit.get('/api/settings/effective?year=2020')).body.separationOfDuties).toEqual({ value: false, orgId: null, year: 0 });
    expect((await act(admin, id, 4, 'unlock', { comment: '数据有误' })).body.status).toBe('returned');
  });

  it('on: the admin who created the form cannot unlock it, a finance reviewer who did not prepare it can', async () => {
    expect((await setDuties('true')).status).toBe(200);
    expect((await unit.get('/api/settings/effective?year=2020')).body.separationOfDuties).toMatchObject({ value: true, orgId: api.orgs.get('finance') });
    const id = await reviewedByAll();
    const refused = await act(admin, id, 4, 'unlock', { comment: '数据有误' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('duties-separated');
    expect((await act(admin, id, 4, 'unlock-targets', { comment: '指标调整' })).body.error.code).toBe('duties-separated');
    // Reviewing again at one's own stage is no second duty.
    expect((await act(finance, id, 4, 'finance-review', { financeReview: { scores: {} } })).status).toBe(200);
    expect((await act(finance, id, 5, 'unlock', { comment: '数据有误' })).body.status).toBe('returned');
    // Back at the unit: the unit edits and resubmits; the department approves again.
    expect((await act(unit, id, 6, 'submit')).status).toBe(200);
    expect((await act(dept, id, 7, 'approve')).status).toBe(200);
    expect((await setDuties(null)).status).toBe(200);
  });

  it('on: a finance reviewer who re-scored a form and then became an admin cannot unlock it; the setting off again, can', async () => {
    const id = await reviewedByAll();
    expect((await setDuties('true')).status).toBe(200);
    const financeId = (await finance.get('/api/session')).body.user.id as number;
    expect((await admin.req('PATCH', `/api/users/${financeId}`, { role: 'admin' })).status).toBe(200);
    const asAdmin = await api.login('finance1');
    const refused = await act(asAdmin, id, 4, 'unlock', { comment: '数据有误' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('duties-separated');
    // The form stayed as it was.
    expect((await asAdmin.get(`/api/forms/${id}`)).body).toMatchObject({ status: 'finance_reviewed', version: 4 });
    expect((await admin.req('PATCH', `/api/users/${financeId}`, { role: 'finance_reviewer' })).status).toBe(200);
    finance = await api.login('finance1');
    expect((await setDuties('false')).status).toBe(200);
    expect((await act(admin, id, 4, 'unlock', { comment: '数据有误' })).body.status).toBe('returned');
  });
});

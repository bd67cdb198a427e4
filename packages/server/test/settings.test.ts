/** Settings finance makes: the template per organisation and year (nearest organisation wins), errors-block, budget-thresholds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBudgetThresholds } from '@jixiao/core';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';

/** The message the one parser gives for an invalid budget-thresholds text (the server answers with it). */
const refusal = (value: string) => {
  const r = parseBudgetThresholds(value);
  return r.ok ? null : r.issues[0].message;
};

describe.each(DIALECTS)('settings on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client, finance: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept, finance] = await Promise.all(['unit1', 'dept1', 'finance1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  it('applies the template finance set for the organisation and year, the nearest organisation first', async () => {
    const unit1 = api.orgs.get('unit1')!;
    const dept1 = api.orgs.get('dept1')!;
    const eff = async (year: number) => (await unit.get(`/api/settings/effective?year=${year}`)).body.template;
    expect(await eff(2021)).toEqual({ value: 'mof-2020', orgId: null, year: 0 });
    expect((await finance.put('/api/settings', { orgId: dept1, year: 2021, key: 'template', value: 'funds-20' })).status).toBe(200);
    expect(await eff(2021)).toEqual({ value: 'funds-20', orgId: dept1, year: 2021 });
    expect((await eff(2020)).value).toBe('mof-2020');
    expect((await finance.put('/api/settings', { orgId: unit1, year: 0, key: 'template', value: 'indicators-100' })).status).toBe(200);
    expect(await eff(2021)).toEqual({ value: 'indicators-100', orgId: unit1, year: 0 });
    expect((await finance.put('/api/settings', { orgId: unit1, year: 0, key: 'template', value: null })).status).toBe(200);

    // A new form takes the template in effect, whatever the unit sent.
    const ev = { ...seedForm1(), year: 2021, template: 'mof-2020' };
    expect((await api.createAs(unit, ev)).template).toBe('funds-20');

    // Only finance and admins set; values are checked.
    expect((await unit.put('/api/settings', { orgId: unit1, year: 2021, key: 'template', value: 'funds-20' })).status).toBe(403);
    expect((await dept.put('/api/settings', { orgId: unit1, year: 2021, key: 'template', value: 'funds-20' })).status).toBe(403);
    const bad = await finance.put('/api/settings', { orgId: unit1, year: 2021, key: 'template', value: 'no-such' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('value');
    // A unit reads only its own organisation's settings.
    expect((await unit.get(`/api/settings/effective?year=2021&orgId=${api.orgs.get('unit2')}`)).status).toBe(404);
    expect((await finance.get('/api/settings')).body.items).toEqual([expect.objectContaining({ orgId: dept1, year: 2021, key: 'template', value: 'funds-20' })]);
  });

  it('blocks submitting and publishing a form with error-level findings only when finance says so', async () => {
    const act = (c: Client, id: number, version: number, action: string) => c.post(`/api/forms/${id}/transition`, { version, action });
    // seedForm1 claims more than its 区域双创活跃度 proves: an error-level finding.
    const f = await api.createAs(unit, seedForm1());
    expect(f.findings.some((x: { severity: string }) => x.severity === 'error')).toBe(true);
    const financeOrg = api.orgs.get('finance')!;
    expect((await finance.put('/api/settings', { orgId: financeOrg, year: 0, key: 'errors-block', value: 'true' })).status).toBe(200);
    expect((await unit.get('/api/settings/effective?year=2020')).body.errorsBlock).toEqual({ value: true, orgId: financeOrg, year: 0 });
    const blocked = await act(unit, f.id, 1, 'submit');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatchObject({ code: 'findings-block', path: 'findings' });
    expect((await finance.put('/api/settings', { orgId: financeOrg, year: 0, key: 'errors-block', value: 'false' })).status).toBe(200);
    expect((await act(unit, f.id, 1, 'submit')).status).toBe(200);
  });

  it('reports the budget thresholds in force (差,50 by default), as finance sets them for a department and year, and refuses a bad one with the core message', async () => {
    const d1 = api.orgs.get('dept1')!;
    const eff = async (c: Client, q: string) => (await c.get(`/api/settings/effective?${q}`)).body.budgetThresholds;
    expect(await eff(unit, 'year=2020')).toEqual({ value: '差,50', orgId: null, year: 0, cutGrade: '差', executionBelow: 50 });
    const bad = await finance.put('/api/settings', { orgId: d1, year: 2020, key: 'budget-thresholds', value: '中,101' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid-body', path: 'value', message: refusal('中,101') });
    expect((await unit.put('/api/settings', { orgId: d1, year: 2020, key: 'budget-thresholds', value: '中,60' })).status).toBe(403);
    expect((await finance.put('/api/settings', { orgId: d1, year: 2020, key: 'budget-thresholds', value: '中,60.5' })).status).toBe(200);
    // The department's units read it in 2020, not in 2021; the department itself too.
    expect(await eff(unit, 'year=2020')).toEqual({ value: '中,60.5', orgId: d1, year: 2020, cutGrade: '中', executionBelow: 60.5 });
    expect(await eff(dept, `year=2020&orgId=${d1}`)).toMatchObject({ value: '中,60.5', cutGrade: '中' });
    expect(await eff(unit, 'year=2021')).toMatchObject({ value: '差,50', orgId: null });
    // The results report uses it; cleared, back to the default.
    expect((await finance.get(`/api/reports/results?department=${d1}&year=2020`)).body.thresholds).toEqual({ cutGrade: '中', executionBelow: 60.5 });
    expect((await finance.put('/api/settings', { orgId: d1, year: 2020, key: 'budget-thresholds', value: null })).status).toBe(200);
    expect(await eff(unit, 'year=2020')).toMatchObject({ value: '差,50', orgId: null, cutGrade: '差', executionBelow: 50 });
  });
});

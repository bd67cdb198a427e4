/**
 * A budget year through the API (issue 14): finance opens the year's stages; a unit files its
 * targets picked from the library; the department returns them once, then approves; finance
 * approves (the baseline; the department's library grows); July monitoring is filed with one red
 * light; a target adjustment is approved; the self-evaluation is created from the approved targets
 * with them locked, shows the monitoring and the adjustment beside its indicators and is scored
 * (monitoring-contradicted fires); overdue items show in finance's progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { act, ok } from './plan-helpers';
import { seedForm1, setupApi, type Api, type Client } from './harness';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';

describe.each(DIALECTS)('a budget year through the API on %s', (dialect) => {
  let api: Api;
  let unit: Client, unit2: Client, dept: Client, dept2: Client, finance: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, unit2, dept, dept2, finance] = await Promise.all(['unit1', 'unit2', 'dept1', 'dept2', 'finance1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());


  it('runs the year from the task to the scored self-evaluation', async () => {
    const u1 = api.orgs.get('unit1')!;
    const u2 = api.orgs.get('unit2')!;

    // Finance opens the year: target filing (deadline ahead), July monitoring (deadline past).
    expect((await unit.post('/api/tasks', { year: 2020, stage: 'target', unitIds: [u1], deadline: '2099-03-31' })).status).toBe(403);
    const targetsTask = await ok(finance.post('/api/tasks', { year: 2020, stage: 'target', unitIds: [u1], projects: [{ unitId: u1, project: seedTargetForm1().projectName }], deadline: '2099-03-31', note: '按《通知》填报' }), 201);
    expect(targetsTask.units).toEqual([{ id: u1, name: '昌吉州中小企业发展服务中心' }]);
    await ok(finance.post('/api/tasks', { year: 2020, stage: 'monitoring', period: { from: 1, to: 7 }, unitIds: [u1, u2], deadline: '2020-08-15' }), 201);
    await ok(finance.post('/api/tasks', { year: 2020, stage: 'evaluation', unitIds: [u1], deadline: '2099-04-30' }), 201);
    const due = await ok(unit.get('/api/tasks/due?year=2020'));
    expect(due.items.map((i: { stage: string; status: string }) => [i.stage, i.status])).toEqual([['monitoring', 'overdue'], ['target', 'open'], ['evaluation', 'open']]);

    // An earlier year's self-evaluation: 专精特新 reached 4 in 2019.
    const prior = seedForm1();
    prior.year = 2019;
    prior.indicators[1].actual = '4';
    const priorForm = await api.createAs(unit, prior);

    // The unit picks the satisfaction indicator from the library as it types.
    const hits = await ok(unit.get(`/api/library?q=${encodeURIComponent('服务对象 满意')}`));
    const picked = hits.items[0];
    expect(picked).toMatchObject({ name: '服务对象满意度', owner: 'common', unit: '%' });
    const form = seedTargetForm1();
    const last = form.indicators.length - 1;
    form.indicators[last] = { ...form.indicators[last], name: picked.name, libraryId: picked.id };
    // As it is filled, before any save: the too-low target is caught at target time.
    const checked = await ok(unit.post('/api/target-forms/check', { form }));
    expect(checked.issues).toEqual([]);
    expect(checked.findings.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`)).toContain('target-below-history indicators[1].target');
    const filed = await ok(unit.post('/api/target-forms', { form }), 201);
    expect(filed.findings).toEqual(checked.findings);
    expect(filed).toMatchObject({ kind: 'target', status: 'draft', version: 1, issues: [], allowed: { edit: true, submit: true } });
    expect(filed.form.indicators[last].libraryId).toBe(picked.id);
    // The too-low target is caught at target time, the earlier year beside it.
    const belowHistory = (f: { findings: { ruleId: string; path: string }[] }) => f.findings.filter((x) => x.ruleId === 'target-below-history').map((x) => x.path);
    expect(belowHistory(filed)).toContain('indicators[1].target');
    expect(filed.earlier[1].map((r: { year: number; actual: string }) => [r.year, r.actual])).toEqual([[2019, '4']]);

    // Reviewers do not see the draft; the other department never sees it.
    expect((await dept.get(`/api/plans/${filed.id}`)).status).toBe(404);
    const submitted = await ok(act(unit, filed, 'submit'));
    expect((await dept2.get(`/api/plans/${filed.id}`)).status).toBe(404);
    expect((await unit2.get(`/api/plans/${filed.id}`)).status).toBe(404);
    expect((await act(finance, submitted, 'finance-approve')).body.error.code).toBe('invalid-transition');

    // The department returns once, with a reason; the unit raises the target and resubmits.
    expect((await act(dept, submitted, 'return')).body.error.code).toBe('comment-required');
    const returned = await ok(act(dept, submitted, 'return', '专精特新目标低于上年实际，请调高'));
    expect(returned.status).toBe('returned');
    const raised = structuredClone(returned.form);
    raised.indicators[1].target = '≥4家';
    const stale = await unit.put(`/api/plans/${filed.id}`, { version: submitted.version, form: raised });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version-conflict');
    expect(stale.body.current).toMatchObject({ id: filed.id, version: returned.version, status: 'returned' });
    const edited = await ok(unit.put(`/api/plans/${filed.id}`, { version: returned.version, form: raised }));
    expect(belowHistory(edited)).not.toContain('indicators[1].target');
    expect(belowHistory(edited).length).toBe(belowHistory(filed).length - 1);
    const again = await ok(act(unit, edited, 'submit'));
    const deptOk = await ok(act(dept, again, 'approve'));
    expect(deptOk.approvals.department).toMatchObject({ by: '工信局审核员' });
    const approved = await ok(act(finance, deptOk, 'finance-approve'));
    expect(approved.status).toBe('finance_approved');
    expect(approved.baseline.targets[1]).toMatchObject({ name: form.indicators[1].name, target: '≥4家', weight: 10 });
    expect((await act(finance, approved, 'unlock', '重新审核')).body.error.code).toBe('invalid-transition');
    const versions = await ok(dept.get(`/api/plans/${filed.id}/versions`));
    expect(versions.items.find((v: { action: string }) => v.action === 'return').comment).toBe('专精特新目标低于上年实际，请调高');

    // The department's library grew from the approved form; another department's did not.
    const own = await ok(dept.get('/api/library/own'));
    expect(own.items.map((e: { name: string }) => e.name)).toContain('举办参赛项目对接次数');
    expect(own.items.find((e: { name: string }) => e.name === '举办参赛项目对接次数')).toMatchObject({ owner: '昌吉州工业和信息化局', unit: '次', direction: '>=', examples: ['≥11次'] });
    expect((await ok(unit.get(`/api/library?q=${encodeURIComponent('对接')}`))).items.map((e: { name: string }) => e.name)).toContain('举办参赛项目对接次数');
    expect((await ok(dept2.get(`/api/library?q=${encodeURIComponent('对接')}`))).items.map((e: { name: string }) => e.name)).not.toContain('举办参赛项目对接次数');

    // July monitoring, pre-filled from the approved targets: execution on track, row 1 judged impossible.
    const july = await ok(unit.post(`/api/target-forms/${filed.id}/monitoring`, { period: { from: 1, to: 7 } }), 201);
    expect(july.form.indicators.map((x: { target: string }) => x.target)).toEqual(approved.baseline.targets.map((t: { target: string }) => t.target));
    const m = structuredClone(july.form);
    m.funds.executed = '20';
    for (const x of m.indicators) x.likelihood = 'certain';
    Object.assign(m.indicators[1], { completed: '0家', likelihood: 'impossible', cause: { kind: 'funds', text: '企业培育周期长' }, measure: '争取追加资金' });
    const wrongRow = structuredClone(m);
    wrongRow.indicators[2].target = '≥1次';
    const bad = await unit.put(`/api/plans/${july.id}`, { version: july.version, form: wrongRow });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('form.indicators[2].target');
    const mFilled = await ok(unit.put(`/api/plans/${july.id}`, { version: july.version, form: m }));
    expect(mFilled.lights.budget).toMatchObject({ light: 'green', expectedShare: '0.5833' });
    expect(mFilled.lights.indicators.filter((l: { light: string }) => l.light === 'red').map((l: { index: number }) => l.index)).toEqual([1]);
    const mSub = await ok(act(unit, mFilled, 'submit'));
    await ok(act(finance, await ok(act(dept, mSub, 'approve')), 'finance-approve'));

    // A target adjustment: row 2 from ≥11次 to ≥10次, approved by the department and finance.
    const adj = await ok(unit.post(`/api/target-forms/${filed.id}/adjustments`, { form: { reason: '疫情影响，对接改为线上', changes: [{ indicatorIndex: 2, field: 'target', to: '≥10次' }] } }), 201);
    expect(adj.form.changes[0]).toMatchObject({ from: '≥11次', to: '≥10次' });
    const adjDept = await ok(act(dept, await ok(act(unit, adj, 'submit')), 'approve'));
    await ok(act(finance, adjDept, 'finance-approve'));
    const target = await ok(unit.get(`/api/plans/${filed.id}`));
    expect(target.baseline.targets[2].target).toBe('≥10次');
    expect(target.baseline.history[2]).toEqual([expect.objectContaining({ from: '≥11次', to: '≥10次', reason: '疫情影响，对接改为线上' })]);

    // The self-evaluation from the approved targets: pre-filled, the adjustment in force, locked.
    const ev = await ok(unit.post(`/api/target-forms/${filed.id}/evaluation`), 201);
    expect((await unit.post(`/api/target-forms/${filed.id}/evaluation`)).body.error.code).toBe('duplicate');
    expect(ev.evaluation.indicators.map((x: { target: string }) => x.target)).toEqual(target.baseline.targets.map((t: { target: string }) => t.target));
    expect(ev.targetsLocked.baseline[2]).toEqual({ name: '举办参赛项目对接次数', target: '≥10次', weight: 10 });
    // Seed form 1's targets as a target form give seed form 1's structure.
    const struct = (e: { indicators: { level1: string; level2: string; weight: number | null }[] }) => e.indicators.map((x) => [x.level1, x.level2, x.weight]);
    expect(struct(ev.evaluation)).toEqual(struct(seedForm1()));
    expect(ev.evaluation.template).toBe(seedForm1().template);
    const changed = structuredClone(ev.evaluation);
    changed.indicators[2].target = '≥11次';
    expect((await unit.put(`/api/forms/${ev.id}`, { version: ev.version, evaluation: changed })).body.error.code).toBe('targets-locked');

    // Filled with seed form 1's results and scored; full marks where July said impossible is flagged.
    const seed = seedForm1();
    const filledEv = structuredClone(ev.evaluation);
    filledEv.indicators = filledEv.indicators.map((x: object, i: number) => ({ ...x, actual: seed.indicators[i].actual, score: seed.indicators[i].score, deviation: seed.indicators[i].deviation }));
    Object.assign(filledEv.funds, { total: { ...seed.funds.total }, fiscal: { ...seed.funds.fiscal }, carryover: { ...seed.funds.carryover } });
    filledEv.goals.actual = seed.goals.actual;
    filledEv.total.score = seed.total.score;
    const scored = await ok(unit.put(`/api/forms/${ev.id}`, { version: ev.version, evaluation: filledEv }));
    expect(scored.scored.totals.claimedTotal).toBe(99);
    expect(scored.findings.filter((f: { ruleId: string }) => f.ruleId === 'monitoring-contradicted').map((f: { path: string }) => f.path)).toEqual(['indicators[1].score']);

    const evSubmitted = await unit.post(`/api/forms/${ev.id}/transition`, { version: scored.version, action: 'submit' });
    expect(evSubmitted.status).toBe(200);

    // 抽查: July's red light on row 1, which now claims full marks, counts in the form's risk with its reason.
    const ranked = (await ok(finance.get('/api/ranking?year=2020'))).items.find((x: { formId: number }) => x.formId === ev.id);
    const red = ranked.signals.find((g: { signalId: string }) => g.signalId === 'monitoring-red');
    expect(red.message.zh).toMatch(/年中监控 1 个红灯、0 个黄灯；红灯指标中 1 项年终自评满分/);
    expect(red.points).toBeGreaterThan(0);

    // Beside each indicator: the approved change, July's values and light, earlier years.
    const cycle = await ok(unit.get(`/api/forms/${ev.id}/cycle`));
    expect(cycle.targetFormId).toBe(filed.id);
    expect(cycle.findings).toEqual(scored.findings);
    expect(cycle.beside[2].changes.map((c: { from: string; to: string; reason: string }) => [c.from, c.to, c.reason])).toEqual([['≥11次', '≥10次', '疫情影响，对接改为线上']]);
    expect(cycle.beside[1].monitoring).toMatchObject({ period: '1–7月', completed: '0家', likelihood: 'impossible', light: 'red', measure: '争取追加资金' });
    expect(cycle.beside[1].earlier.map((r: { year: number; actual: string }) => [r.year, r.actual])).toEqual([[2019, '4']]);
    expect((await unit2.get(`/api/forms/${ev.id}/cycle`)).status).toBe(404);
    expect(await ok(unit.get(`/api/forms/${priorForm.id}/cycle`))).toEqual({ targetFormId: null, beside: null, findings: null });

    // Finance's progress: unit2 never filed July's monitoring (overdue); unit1 filed it late.
    const progress = await ok(finance.get('/api/tasks/progress?year=2020&stage=monitoring'));
    expect(progress.departments).toEqual([
      { department: '昌吉州工业和信息化局', expected: 2, submitted: 1, onTime: 0, overdue: 1, completionRate: '0.5', timelinessRate: '0' },
    ]);
    expect(progress.overdue.map((i: { unitId: number; stage: string }) => [i.unitId, i.stage])).toEqual([[u2, 'monitoring']]);
    const targets = await ok(finance.get('/api/tasks/progress?year=2020&stage=target'));
    expect(targets.departments[0]).toMatchObject({ expected: 1, submitted: 1, onTime: 1, completionRate: '1', timelinessRate: '1' });
    expect((await ok(finance.get('/api/tasks/progress?year=2020&stage=evaluation'))).departments[0]).toMatchObject({ expected: 1, submitted: 1, onTime: 1 });
    expect((await ok(unit2.get('/api/tasks/due?year=2020'))).items).toEqual([expect.objectContaining({ stage: 'monitoring', status: 'overdue', unitId: u2 })]);
    expect((await unit.get('/api/tasks/progress')).status).toBe(403);
    expect((await ok(dept2.get('/api/tasks/progress?year=2020'))).departments).toEqual([]);

    // The audit log has the plan workflow.
    const audit = (await ok(finance.get('/api/audit?limit=200'))).items.map((x: { action: string }) => x.action);
    expect(audit).toEqual(expect.arrayContaining(['task.open', 'target.return', 'target.finance-approve', 'monitoring.submit', 'adjustment.finance-approve', 'library.grow']));
  });

  /** A target form of unit1 for `projectName`, approved by the department and finance. */
  async function approvedTarget(projectName: string) {
    const form = { ...seedTargetForm1(), projectName };
    const f = await ok(unit.post('/api/target-forms', { form }), 201);
    const d = await ok(act(dept, await ok(act(unit, f, 'submit')), 'approve'));
    return ok(act(finance, d, 'finance-approve'));
  }

  it('carries an adjustment approved after the self-evaluation exists into its locked targets', async () => {
    const t = await approvedTarget('后调整的项目');
    const ev = await ok(unit.post(`/api/target-forms/${t.id}/evaluation`), 201);
    const adj = await ok(unit.post(`/api/target-forms/${t.id}/adjustments`, { form: { reason: '预算调减', changes: [{ indicatorIndex: 0, field: 'weight', to: 14 }, { indicatorIndex: 4, field: 'weight', to: 11 }] } }), 201);
    await ok(act(finance, await ok(act(dept, await ok(act(unit, adj, 'submit')), 'approve')), 'finance-approve'));
    const after = await ok(unit.get(`/api/forms/${ev.id}`));
    expect(after.version).toBe(ev.version + 1);
    expect(after.evaluation.indicators.map((x: { weight: number }) => x.weight).slice(0, 5)).toEqual([14, 10, 10, 10, 11]);
    expect(after.targetsLocked.baseline[0].weight).toBe(14);
    const versions = await ok(unit.get(`/api/forms/${ev.id}/versions`));
    expect(versions.items[0].action).toBe('adjust-targets');
    // A stale request (its `from` no longer in force) cannot be submitted.
    const staleAdj = await ok(unit.post(`/api/target-forms/${t.id}/adjustments`, { form: { reason: '再调', changes: [{ indicatorIndex: 0, field: 'weight', from: 15, to: 13 }] } }), 201);
    expect(staleAdj.issues.map((i: { code: string; path: string }) => [i.code, i.path])).toEqual([['adjustment-stale', 'changes[0].from']]);
    const r = await act(unit, staleAdj, 'submit');
    expect([r.status, r.body.error.path]).toEqual([400, 'form.changes[0].from']);
  });

  it('loses no write: of two edits or two approvals at one version, one wins and the other gets 409', async () => {
    const f = await ok(unit.post('/api/target-forms', { form: { ...seedTargetForm1(), projectName: '并发' } }), 201);
    const a = structuredClone(f.form);
    a.goals.annual = '甲';
    const b = structuredClone(f.form);
    b.goals.annual = '乙';
    const [ra, rb] = await Promise.all([unit.put(`/api/plans/${f.id}`, { version: 1, form: a }), unit.put(`/api/plans/${f.id}`, { version: 1, form: b })]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const winner = ra.status === 200 ? '甲' : '乙';
    expect((await ok(unit.get(`/api/plans/${f.id}`))).form.goals.annual).toBe(winner);
    const s = await ok(act(unit, await ok(unit.get(`/api/plans/${f.id}`)), 'submit'));
    const [x, y] = await Promise.all([act(dept, s, 'approve'), act(dept, s, 'return', '退回')]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    // Two self-evaluations from one target form at once: one is created, the other refused, none left behind.
    const t = await approvedTarget('并发自评');
    const made = await Promise.all([unit.post(`/api/target-forms/${t.id}/evaluation`), unit.post(`/api/target-forms/${t.id}/evaluation`)]);
    expect(made.map((m) => m.status).sort()).toEqual([201, 409]);
    const listed = await ok(unit.get(`/api/forms?q=${encodeURIComponent('并发自评')}`));
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([made.find((m) => m.status === 201)!.body.id]);
    expect((await ok(unit.get(`/api/plans/${t.id}`))).evaluationFormId).toBe(listed.items[0].id);
  });

  it('answers bad input with typed 4xx and a location, never 5xx', async () => {
    const bad = async (c: Client, method: string, path: string, body: unknown, status: number, code: string, at?: string) => {
      const r = await c.req(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(status);
      expect(r.body.error.code).toBe(code);
      if (at !== undefined) expect(r.body.error.path).toBe(at);
    };
    await bad(unit, 'POST', '/api/target-forms', { form: { ...seedTargetForm1(), funds: { unit: '亿元' } } }, 400, 'invalid-body', 'form.funds.unit');
    await bad(unit, 'POST', '/api/target-forms', { form: { ...seedTargetForm1(), indicators: [{ name: 1 }] } }, 400, 'invalid-body');
    const notJson = await unit.req('POST', '/api/target-forms', 'not json', { 'content-type': 'application/json' });
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'invalid-json']);
    await bad(unit, 'POST', '/api/target-forms', { form: { ...seedTargetForm1(), indicators: Array.from({ length: 301 }, () => seedTargetForm1().indicators[0]) } }, 400, 'invalid-body', 'form.indicators');
    await bad(unit2, 'POST', '/api/target-forms', { orgId: api.orgs.get('unit1'), form: seedTargetForm1() }, 403, 'forbidden', 'orgId');
    await bad(finance, 'POST', '/api/tasks', { year: 2020, stage: 'monitoring', unitIds: [api.orgs.get('unit1')], deadline: '2020-08-15' }, 400, 'invalid-body', 'period');
    await bad(finance, 'POST', '/api/tasks', { year: 2020, stage: 'target', unitIds: [api.orgs.get('unit1')], deadline: '2020-02-30' }, 400, 'invalid-body', 'deadline');
    await bad(finance, 'POST', '/api/tasks', { year: 2020, stage: 'target', unitIds: [api.orgs.get('dept1')], deadline: '2020-03-30' }, 403, 'forbidden', 'unitIds');
    await bad(unit, 'GET', '/api/library?limit=0', undefined, 400, 'invalid-query', 'limit');
    await bad(unit, 'GET', `/api/library?q=${'x'.repeat(201)}`, undefined, 400, 'invalid-query', 'q');
    await bad(unit, 'GET', '/api/library/history?year=2020', undefined, 400, 'invalid-query', 'name');
    await bad(unit, 'GET', '/api/plans?kind=budget', undefined, 400, 'invalid-query', 'kind');
    await bad(unit, 'GET', '/api/plans/abc', undefined, 400, 'invalid-id');
    await bad(unit, 'GET', '/api/plans/999999', undefined, 404, 'not-found');

    // An incomplete target form saves, shows its issues, and cannot be submitted.
    const blank = { ...seedTargetForm1(), indicators: [{ ...seedTargetForm1().indicators[0], target: '' }] };
    const f = await ok(unit.post('/api/target-forms', { form: blank }), 201);
    expect(f.issues.map((i: { code: string; path: string }) => [i.code, i.path])).toEqual([['indicator-target-empty', 'indicators[0].target']]);
    await bad(unit, 'POST', `/api/plans/${f.id}/transition`, { version: f.version, action: 'submit' }, 400, 'invalid-body', 'form.indicators[0].target');
    // Monitoring and adjustments need targets finance approved.
    await bad(unit, 'POST', `/api/target-forms/${f.id}/monitoring`, {}, 409, 'invalid-transition', 'targetFormId');
    await bad(unit, 'DELETE', `/api/plans/${f.id}`, { version: 9 }, 409, 'version-conflict');
    expect((await unit.del(`/api/plans/${f.id}`, { version: f.version })).status).toBe(204);
  });

  it('lists plan forms in scope: reviewers from 已提交 on, other departments nothing', async () => {
    const mine = await ok(unit.get('/api/plans?year=2020&kind=target'));
    expect(mine.total).toBeGreaterThan(0);
    const deptList = await ok(dept.get('/api/plans?year=2020'));
    expect(deptList.items.every((i: { status: string }) => i.status !== 'draft')).toBe(true);
    expect((await ok(dept2.get('/api/plans?year=2020'))).total).toBe(0);
  });
});

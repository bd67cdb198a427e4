/** The workflow end to end, enforced by the server: roles, statuses, required comments, review, publication. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { seedForm1, setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('workflow on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client, otherDept: Client, finance: Client, admin: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept, otherDept, finance, admin] = await Promise.all(['unit1', 'dept1', 'dept2', 'finance1', 'orgadmin'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  const act = (c: Client, id: number, version: number, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/forms/${id}/transition`, { version, action, ...extra });

  it('goes 草稿 → 已提交 → 已退回 → 已提交 → 主管部门已审核 → 财政已复核 → 已公开, with unlock', async () => {
    const f = await api.createAs(unit);
    const id = f.id;
    // Only the unit submits; the department does not even see the draft (404, as for a form outside its view).
    expect((await act(dept, id, 1, 'submit')).status).toBe(404);
    expect((await api.t.database.db.selectFrom('forms').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version).toBe(1);
    let r = await act(unit, id, 1, 'submit');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'submitted', version: 2 });

    // Submitted: the unit cannot edit until it is returned.
    const locked = await unit.put(`/api/forms/${id}`, { version: 2, evaluation: f.evaluation });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('not-editable');

    // Another department does not see it; the unit cannot approve its own form.
    expect((await act(otherDept, id, 2, 'approve')).status).toBe(404);
    expect((await act(unit, id, 2, 'approve')).status).toBe(403);
    // A return needs a comment.
    r = await act(dept, id, 2, 'return');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'comment-required', path: 'comment' });
    r = await act(dept, id, 2, 'return', { comment: '偏差原因未填写' });
    expect(r.body).toMatchObject({ status: 'returned', version: 3 });

    // Returned: the unit edits and resubmits.
    const ev = structuredClone(f.evaluation);
    ev.indicators[0].deviation = '已补充说明';
    expect((await unit.put(`/api/forms/${id}`, { version: 3, evaluation: ev })).body.version).toBe(4);
    expect((await act(unit, id, 4, 'submit')).body.status).toBe('submitted');
    // Stale transition: 409 with the current form.
    const stale = await act(dept, id, 4, 'approve');
    expect(stale.status).toBe(409);
    expect(stale.body.current.version).toBe(5);
    expect((await act(dept, id, 5, 'approve')).body.status).toBe('dept_approved');

    // Finance cannot publish before reviewing; the department cannot review.
    expect((await act(finance, id, 6, 'publish')).status).toBe(409);
    expect((await act(dept, id, 6, 'finance-review', { financeReview: { scores: {} } })).status).toBe(403);
    // Review: a score per indicator with reasons; the total uses the unit's scores elsewhere.
    const bad = await act(finance, id, 6, 'finance-review', { financeReview: { scores: { '0': { score: 999, reason: 'x' } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('financeReview.scores.0.score');
    const noReason = await act(finance, id, 6, 'finance-review', { financeReview: { scores: { '0': { score: 1, reason: ' ' } } } });
    expect(noReason.status).toBe(400);
    const w0 = ev.indicators[0].weight as number;
    const claimedSum = ev.indicators.reduce((s: number, i: { score: number | null }) => s + (i.score ?? 0), 0);
    r = await act(finance, id, 6, 'finance-review', { financeReview: { scores: { '0': { score: w0 - 2, reason: '佐证不足' } }, comment: '抽查复核' } });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('finance_reviewed');
    expect(r.body.financeReview).toMatchObject({ scores: { '0': { score: w0 - 2, reason: '佐证不足' } }, comment: '抽查复核' });
    expect(r.body.financeReview.total).toBeCloseTo(claimedSum - (ev.indicators[0].score - (w0 - 2)), 6);
    const listed = await finance.get(`/api/forms?status=finance_reviewed`);
    expect(listed.body.items.find((x: { id: number }) => x.id === id).financeReviewTotal).toBe(r.body.financeReview.total);

    // Not public before publication.
    expect((await api.anon().get(`/api/public/forms/${id}`)).status).toBe(404);
    expect((await act(finance, id, 7, 'publish')).body.status).toBe('published');
    const pub = await api.anon().get(`/api/public/forms/${id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.evaluation).toEqual(ev);
    expect((await api.anon().get('/api/public/forms')).body.items.map((x: { id: number }) => x.id)).toContain(id);

    // Unlock needs a reason and returns the form to the unit.
    expect((await act(finance, id, 8, 'unlock')).status).toBe(400);
    expect((await act(unit, id, 8, 'unlock', { comment: 'x' })).status).toBe(403);
    r = await act(admin, id, 8, 'unlock', { comment: '发现数据错误，退回修改' });
    expect(r.body).toMatchObject({ status: 'returned', version: 9 });
    expect((await api.anon().get(`/api/public/forms/${id}`)).status).toBe(404);

    // History: every step with who and the comment.
    const h = await unit.get(`/api/forms/${id}/versions`);
    expect(h.body.items.map((x: { action: string }) => x.action).reverse()).toEqual([
      'create', 'submit', 'return', 'edit', 'submit', 'approve', 'finance-review', 'publish', 'unlock',
    ]);
    expect(h.body.items[0]).toMatchObject({ by: '财政局系统管理员', comment: '发现数据错误，退回修改' });
    // Return and unlock reasons are comments on the form too.
    const comments = await unit.get(`/api/forms/${id}/comments`);
    expect(comments.body.items.map((x: { text: string }) => x.text)).toEqual(['偏差原因未填写', '发现数据错误，退回修改']);

    // The audit log has every transition, readable by finance, not by the unit.
    const audit = await finance.get(`/api/audit?formId=${id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((x: { action: string }) => x.action).reverse()).toEqual([
      'form.create', 'form.submit', 'form.return', 'form.edit', 'form.submit', 'form.approve', 'form.finance-review', 'form.publish', 'form.unlock',
    ]);
    expect(audit.body.items.find((x: { action: string }) => x.action === 'form.edit').detail.diff).toEqual([
      { path: 'indicators[0].deviation', op: 'replace', from: f.evaluation.indicators[0].deviation, to: '已补充说明' },
    ]);
    expect((await unit.get(`/api/audit?formId=${id}`)).status).toBe(403);
  });

  it('复核 total counts the execution score where the template does, finance may re-score the funds row, and a row that does not exist is refused', async () => {
    // mof-2020: indicators 90 points (claimed 84) + 执行率 10 (claimed 9.5) = 93.5.
    const ev = seedForm1();
    ev.template = 'mof-2020';
    ev.funds.total = { ...ev.funds.total, weight: 10, rate: '95%', score: 9.5 };
    const row = (level1: string, name: string, weight: number, score: number) => ({ level1, level2: '', name, target: '≥1', actual: '1', weight, score, deviation: '' });
    ev.indicators = [row('产出指标', 'a', 30, 30), row('产出指标', 'b', 20, 18), row('效益指标', 'c', 30, 26), row('满意度指标', 'd', 10, 10)];
    ev.total = { weight: 100, score: 93.5 };
    const f = await api.createAs(unit, ev);
    await act(unit, f.id, 1, 'submit');
    await act(dept, f.id, 2, 'approve');
    const missing = await act(finance, f.id, 3, 'finance-review', { financeReview: { scores: { '4': { score: 1, reason: '无此行' } } } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.path).toBe('financeReview.scores.4');
    const fundsHigh = await act(finance, f.id, 3, 'finance-review', { financeReview: { scores: { funds: { score: 10.5, reason: 'x' } } } });
    expect(fundsHigh.body.error.path).toBe('financeReview.scores.funds.score');
    let r = await act(finance, f.id, 3, 'finance-review', { financeReview: { scores: { '0': { score: 27, reason: '佐证不足' }, '2': { score: 24, reason: '效益未量化' } } } });
    expect(r.body.financeReview).toMatchObject({ total: 88.5, grade: '良' });
    r = await act(finance, f.id, 4, 'finance-review', { financeReview: { scores: { '0': { score: 27, reason: '佐证不足' }, '2': { score: 24, reason: '效益未量化' }, funds: { score: 8, reason: '执行率按决算数80%' } } } });
    expect(r.body.financeReview).toMatchObject({ total: 87, grade: '良' });
    const listed = await finance.get('/api/forms?status=finance_reviewed');
    expect(listed.body.items.find((x: { id: number }) => x.id === f.id)).toMatchObject({ financeReviewTotal: 87, financeReviewGrade: '良', grade: '优' });
  });

  it('refuses unknown actions and transitions from the wrong status', async () => {
    const f = await api.createAs(unit);
    expect((await act(unit, f.id, 1, 'teleport')).status).toBe(400);
    // A draft is not in the department's view; once submitted, finance may not publish it yet.
    expect((await act(dept, f.id, 1, 'approve')).status).toBe(404);
    expect((await act(unit, f.id, 1, 'submit')).status).toBe(200);
    const finance = await api.login('finance1');
    const r = await act(finance, f.id, 2, 'publish');
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('invalid-transition');
  });
});

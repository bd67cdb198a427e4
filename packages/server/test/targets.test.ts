/**
 * Approved targets are locked: department approval fixes each indicator's 三级指标, 年度指标值 and
 * 分值; a later unit edit changing them gets 409 targets-locked naming the indicator, until finance
 * or an admin unlocks the targets with a recorded reason. Finance may return a form it has; a
 * department may unlock its own approval.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi, type Api, type Client } from './harness';

describe.each(DIALECTS)('targets lock, finance return and department unlock on %s', (dialect) => {
  let api: Api;
  let unit: Client, dept: Client, otherDept: Client, finance: Client, admin: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, dept, otherDept, finance, admin] = await Promise.all(['unit1', 'dept1', 'dept2', 'finance1', 'orgadmin'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  const act = (c: Client, f: { id: number; version: number }, action: string, extra: Record<string, unknown> = {}) =>
    c.post(`/api/forms/${f.id}/transition`, { version: f.version, action, ...extra });

  /** A form of unit1, submitted and approved by dept1. */
  async function approved() {
    const f = await api.createAs(unit);
    const s = await act(unit, f, 'submit');
    const a = await act(dept, s.body, 'approve');
    expect(a.status).toBe(200);
    return a.body;
  }

  it('locks the targets at approval and refuses a unit edit that changes them, naming the indicator', async () => {
    const a = await approved();
    expect(a.targetsLocked).toMatchObject({ byId: expect.any(Number), at: expect.any(String) });
    expect(a.targetsLocked.baseline[0]).toEqual({ name: a.evaluation.indicators[0].name, target: a.evaluation.indicators[0].target, weight: a.evaluation.indicators[0].weight });
    const r = await act(finance, a, 'return', { comment: '实际完成值与佐证材料不符，请核实' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'returned', targetsLocked: { baseline: a.targetsLocked.baseline } });

    const ind = r.body.evaluation.indicators[1];
    for (const [key, value] of [['target', '≥1家'], ['weight', 1], ['name', '改名后的指标']] as const) {
      const ev = structuredClone(r.body.evaluation);
      ev.indicators[1][key] = value;
      const e = await unit.put(`/api/forms/${a.id}`, { version: r.body.version, evaluation: ev });
      expect(e.status).toBe(409);
      expect(e.body.error.code).toBe('targets-locked');
      expect(e.body.error.path).toBe(`evaluation.indicators[1].${key}`);
      expect(e.body.error.data).toEqual({ row: 2, name: ind.name, field: key, was: ind[key], now: value });
    }
    const removed = structuredClone(r.body.evaluation);
    removed.indicators.pop();
    const e = await unit.put(`/api/forms/${a.id}`, { version: r.body.version, evaluation: removed });
    expect(e.status).toBe(409);
    expect(e.body.error.code).toBe('targets-locked');
    expect(e.body.error.data).toMatchObject({ approved: removed.indicators.length + 1, now: removed.indicators.length, change: 'removed' });

    // Actuals, scores and explanations stay editable.
    const ok = structuredClone(r.body.evaluation);
    ok.indicators[1].actual = '实际完成 3 家';
    ok.indicators[1].score = 2;
    ok.indicators[1].deviation = '受疫情影响';
    const saved = await unit.put(`/api/forms/${a.id}`, { version: r.body.version, evaluation: ok });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(r.body.version + 1);
  });

  it('lets finance or an admin unlock the targets with a recorded reason; the next approval locks them again', async () => {
    const a = await approved();
    expect((await act(dept, a, 'unlock-targets', { comment: 'x' })).status).toBe(403);
    expect((await act(unit, a, 'unlock-targets', { comment: 'x' })).status).toBe(403);
    const noReason = await act(finance, a, 'unlock-targets');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('comment-required');
    const u = await act(admin, a, 'unlock-targets', { comment: '年中预算调整，指标值随之调整' });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ status: 'dept_approved', version: a.version + 1, targetsLocked: null });
    expect((await act(admin, u.body, 'unlock-targets', { comment: '再次' })).body.error.code).toBe('invalid-transition');

    const back = await act(finance, u.body, 'return', { comment: '请按调整后的预算修改指标值' });
    const ev = structuredClone(back.body.evaluation);
    ev.indicators[0].target = '≥200家';
    const edited = await unit.put(`/api/forms/${a.id}`, { version: back.body.version, evaluation: ev });
    expect(edited.status).toBe(200);

    const versions = (await finance.get(`/api/forms/${a.id}/versions`)).body.items;
    expect(versions.find((v: { action: string }) => v.action === 'unlock-targets')).toMatchObject({ comment: '年中预算调整，指标值随之调整', byId: expect.any(Number) });
    const audit = (await finance.get(`/api/audit?formId=${a.id}`)).body.items;
    expect(audit.map((x: { action: string }) => x.action)).toEqual(expect.arrayContaining(['form.unlock-targets', 'form.return', 'form.edit']));
    const comments = (await unit.get(`/api/forms/${a.id}/comments`)).body.items.map((c: { text: string }) => c.text);
    expect(comments).toEqual(expect.arrayContaining(['年中预算调整，指标值随之调整', '请按调整后的预算修改指标值']));

    const s = await act(unit, edited.body, 'submit');
    const again = await act(dept, s.body, 'approve');
    expect(again.body.targetsLocked.baseline[0].target).toBe('≥200家');
  });

  it('lets finance return an approved or re-scored form with a required comment, never a merely submitted one', async () => {
    const a = await approved();
    expect((await act(finance, a, 'return')).body.error.code).toBe('comment-required');
    const fr = await act(finance, a, 'finance-review', { financeReview: { scores: {} } });
    const r = await act(finance, fr.body, 'return', { comment: '复核发现自评得分偏高' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('returned');
    const f = await api.createAs(unit);
    const s = await act(unit, f, 'submit');
    const early = await act(finance, s.body, 'return', { comment: '退回' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid-transition');
  });

  it('lets a department unlock only its own subtree’s approved forms, with a reason', async () => {
    const a = await approved();
    expect((await act(otherDept, a, 'unlock', { comment: '解锁' })).status).toBe(404);
    expect((await act(dept, a, 'unlock')).body.error.code).toBe('comment-required');
    const u = await act(dept, a, 'unlock', { comment: '审核有误，退回重填' });
    expect(u.status).toBe(200);
    expect(u.body.status).toBe('returned');
    // The targets stay locked: the department reopened its approval, not the approved targets.
    expect(u.body.targetsLocked).not.toBeNull();
    const b = await approved();
    const fr = await act(finance, b, 'finance-review', { financeReview: { scores: {} } });
    const late = await act(dept, fr.body, 'unlock', { comment: '解锁' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid-transition');
  });

  it('imports approved targets (admins only): the targets are locked from the start', async () => {
    const ev = (await api.createAs(unit)).evaluation;
    const file = (name: string) => {
      const fd = new FormData();
      fd.append('files', new File([JSON.stringify({ ...ev, projectName: name })], `${name}.json`));
      return fd;
    };
    const denied = await unit.req('POST', '/api/import?save=1&targetsApproved=1', file('单位自行导入'));
    expect(denied.status).toBe(403);
    expect(denied.body.error.path).toBe('targetsApproved');
    const r = await admin.req('POST', '/api/import?save=1&targetsApproved=1', file('年初批复的目标'));
    expect(r.status).toBe(200);
    const id = r.body.ids[0];
    const f = (await unit.get(`/api/forms/${id}`)).body;
    expect(f).toMatchObject({ status: 'draft', targetsLocked: { baseline: ev.indicators.map((i: { name: string; target: string; weight: number | null }) => ({ name: i.name, target: i.target, weight: i.weight })) } });
    const changed = structuredClone(f.evaluation);
    changed.indicators[0].target = '≥1家';
    const e = await unit.put(`/api/forms/${id}`, { version: 1, evaluation: changed });
    expect(e.status).toBe(409);
    expect(e.body.error.code).toBe('targets-locked');
    const filled = structuredClone(f.evaluation);
    filled.indicators[0].actual = '已完成';
    expect((await unit.put(`/api/forms/${id}`, { version: 1, evaluation: filled })).status).toBe(200);
    const audit = (await admin.get(`/api/audit?formId=${id}`)).body.items;
    expect(audit.find((x: { action: string }) => x.action === 'form.import').detail.targetsLocked).toBe(true);
  });
});

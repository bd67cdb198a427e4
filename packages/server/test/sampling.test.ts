/**
 * 抽查 and 复核 by a panel (issue 15, items 2 and 3) through the API: the ranking with its reasons,
 * a reproducible draw, manual changes only with a reason (recorded with actor and time), an outside
 * expert who sees only its assigned forms and only within the period, the panel's checklist and
 * re-score, and finance returning and accepting it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS, freshDb } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { today } from '../src/commands/tasks';
import { backup, openDatabase, restore } from '../src/index';

// Days as the server counts them (Beijing time), so a period starting tomorrow never starts today.
const day = (offset: number) => today(Date.now() + offset * 86_400_000);

describe.each(DIALECTS)('sampling on %s', (dialect) => {
  let api: Api;
  let unit1: Client, unit2: Client, unit3: Client, dept1: Client, dept2: Client, finance: Client, admin: Client, expert: Client;
  let inflated: number, clean: number, other: number, draft: number;
  let expertId: number;

  const act = async (c: Client, id: number, action: string) => {
    const f = (await c.get(`/api/forms/${id}`)).body;
    const r = await c.post(`/api/forms/${id}/transition`, { version: f.version, action });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };

  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit1, unit2, unit3, dept1, dept2, finance, admin] = await Promise.all(['unit1', 'unit2', 'unit3', 'dept1', 'dept2', 'finance1', 'orgadmin'].map((u) => api.login(u)));
    inflated = (await api.createAs(unit1, seedForm1())).id;
    clean = (await api.createAs(unit2, seedForm2())).id;
    other = (await api.createAs(unit3, seedForm2())).id;
    draft = (await api.createAs(unit1, seedForm2())).id;
    for (const [u, d, id] of [[unit1, dept1, inflated], [unit2, dept1, clean], [unit3, dept2, other]] as const) {
      await act(u, id, 'submit');
      await act(d, id, 'approve');
    }
    const r = await admin.post('/api/users', { username: 'expert1', name: '外聘专家甲', password: DEMO_PASSWORD, role: 'expert', orgId: api.orgs.get('finance') });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expertId = r.body.id;
    expert = await api.login('expert1');
  });
  afterAll(() => api.drop());

  it('ranks every submitted form in scope with its reasons: seed form 1 (claims 99, proven at most 90.67) above a clean one; drafts are not ranked', async () => {
    const r = await finance.get('/api/ranking?year=2020');
    expect(r.status).toBe(200);
    const ids = r.body.items.map((x: { formId: number }) => x.formId);
    expect(ids.sort()).toEqual([inflated, clean, other].sort());
    const top = r.body.items[0];
    expect(top).toMatchObject({ formId: inflated, rank: 1, claimed: 99, provenMax: 90.67 });
    const gap = top.signals.find((s: { signalId: string }) => s.signalId === 'claimed-over-proven');
    expect(gap.points).toBeGreaterThan(0);
    expect(gap.message.zh).toContain('90.67');
    expect(gap.message.en).toContain('90.67');
    const cleanRow = r.body.items.find((x: { formId: number }) => x.formId === clean);
    expect(cleanRow.score).toBeLessThan(top.score);
    expect(cleanRow.signals.some((s: { signalId: string }) => s.signalId === 'claimed-over-proven')).toBe(false);
    // A department's scope: finance narrows to dept2's subtree.
    const narrow = await finance.get(`/api/ranking?year=2020&scope=${api.orgs.get('dept2')}`);
    expect(narrow.body.items.map((x: { formId: number }) => x.formId)).toEqual([other]);
    // Only finance (and admins) rank: a unit, a department and an expert are refused.
    for (const c of [unit1, dept1, expert]) expect((await c.get('/api/ranking?year=2020')).status).toBe(403);
    expect((await finance.get('/api/ranking')).body.error.code).toBe('invalid-query');
  });

  it('draws the same sample from the same seed and ranking, records it, and refuses a manual change without a reason (typed 400)', async () => {
    const ask = { year: 2020, top: 1, random: 1, seed: '2020-抽查-1' };
    const a = await finance.post('/api/samples', ask);
    const b = await finance.post('/api/samples', ask);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.picks).toHaveLength(2);
    expect(b.body.picks).toEqual(a.body.picks);
    expect(a.body.items.find((i: { way: string }) => i.way === 'top').formId).toBe(inflated);
    expect(a.body).toMatchObject({ seed: '2020-抽查-1', top: 1, random: 1, population: 3, algorithm: expect.any(String) });
    // A share of the rest: half of the 2 below the top rounds to 1.
    const share = await finance.post('/api/samples', { year: 2020, top: 1, randomShare: 0.5, seed: '2020-抽查-1' });
    expect(share.body.picks).toEqual(a.body.picks);

    // Manual changes need a reason, in the draw and afterwards.
    let r = await finance.post('/api/samples', { ...ask, add: [{ formId: clean, reason: ' ' }] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'reason-required', path: 'add[0].reason' });
    const out = a.body.picks.find((id: number) => id !== inflated);
    r = await finance.post(`/api/samples/${a.body.id}/changes`, { op: 'remove', formId: out, reason: '' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'reason-required', path: 'reason' });
    r = await finance.post(`/api/samples/${a.body.id}/changes`, { op: 'remove', formId: out, reason: '该项目上年已抽查' });
    expect(r.status).toBe(200);
    expect(r.body.picks).toEqual([inflated]);
    const removed = r.body.items.find((i: { formId: number }) => i.formId === out).removed;
    expect(removed).toMatchObject({ reason: '该项目上年已抽查', by: '财政局复核员', at: expect.stringMatching(/^\d{4}-/) });
    r = await finance.post(`/api/samples/${a.body.id}/changes`, { op: 'add', formId: out, reason: '主管部门要求复核' });
    expect(r.body.picks.sort()).toEqual([inflated, out].sort());
    expect(r.body.items.find((i: { formId: number }) => i.formId === out).added).toMatchObject({ reason: '主管部门要求复核', by: '财政局复核员' });
    // A draft was never ranked, so it cannot be added.
    r = await finance.post(`/api/samples/${a.body.id}/changes`, { op: 'add', formId: draft, reason: '试试' });
    expect(r.body.error).toMatchObject({ code: 'invalid-body', path: 'formId' });
    const log = await api.t.database.db.selectFrom('audit').select(['action', 'user_id', 'detail', 'at']).where('action', 'in', ['sample.add', 'sample.remove']).orderBy('id').execute();
    expect(log.map((x) => [x.action, JSON.parse(x.detail).reason])).toEqual([['sample.remove', '该项目上年已抽查'], ['sample.add', '主管部门要求复核']]);
    // Another finance scope does not see the sample: a department reviewer is refused.
    expect((await dept1.get(`/api/samples/${a.body.id}`)).status).toBe(404);
  });

  it('lets an expert see only its assigned forms within the period, fill the checklist and re-score; finance returns with a reason, then accepts', async () => {
    const s = (await finance.post('/api/samples', { year: 2020, top: 1, random: 0, seed: 'panel' })).body;
    // Before any assignment the expert sees nothing.
    expect((await expert.get(`/api/forms/${inflated}`)).status).toBe(404);
    let r = await finance.post(`/api/samples/${s.id}/assignments`, { formId: clean, userId: expertId, from: day(-1), to: day(1) });
    expect(r.body.error).toMatchObject({ code: 'invalid-body', path: 'formId' });
    r = await finance.post(`/api/samples/${s.id}/assignments`, { formId: inflated, userId: expertId, from: day(1), to: day(-1) });
    expect(r.body.error).toMatchObject({ code: 'invalid-body', path: 'to' });
    // A panel reviewer is an expert or a finance reviewer: not a unit's editor.
    const unitUser = await api.t.database.db.selectFrom('users').select('id').where('username', '=', 'unit1').executeTakeFirstOrThrow();
    r = await finance.post(`/api/samples/${s.id}/assignments`, { formId: inflated, userId: unitUser.id, from: day(-1), to: day(1) });
    expect(r.body.error).toMatchObject({ code: 'invalid-body', path: 'userId' });
    // Only finance assigns.
    expect((await dept1.post(`/api/samples/${s.id}/assignments`, { formId: inflated, userId: expertId, from: day(-1), to: day(1) })).status).toBe(404);
    r = await finance.post(`/api/samples/${s.id}/assignments`, { formId: inflated, userId: expertId, from: day(-1), to: day(1) });
    expect(r.status).toBe(201);
    const assignment = r.body.id;

    // Assigned: the form, its history and comments; nothing else — other forms, the list, users, plans, stats.
    expect((await expert.get(`/api/forms/${inflated}`)).status).toBe(200);
    expect((await expert.get(`/api/forms/${inflated}/versions`)).status).toBe(200);
    expect((await expert.post(`/api/forms/${inflated}/comments`, { text: '请补充佐证材料' })).status).toBe(201);
    for (const id of [clean, other, draft]) expect((await expert.get(`/api/forms/${id}`)).status).toBe(404);
    expect((await expert.get(`/api/forms/${clean}/versions`)).status).toBe(404);
    expect((await expert.get('/api/forms')).body.items).toEqual([]);
    expect((await expert.get('/api/users')).status).toBe(403);
    expect((await expert.get(`/api/export?ids=${clean}&format=json`)).status).toBe(404);
    // Evidence follows the form's read rule; plans and the statistics show nothing of any organisation.
    expect((await expert.get(`/api/forms/${inflated}/evidence`)).status).toBe(200);
    expect((await expert.get(`/api/forms/${clean}/evidence`)).status).toBe(404);
    expect((await expert.get('/api/plans')).body.items).toEqual([]);
    // It reads, but neither edits nor moves the form.
    const form = (await expert.get(`/api/forms/${inflated}`)).body;
    expect((await expert.put(`/api/forms/${inflated}`, { version: form.version, evaluation: form.evaluation })).status).toBe(403);
    expect((await expert.post(`/api/forms/${inflated}/transition`, { version: form.version, action: 'finance-review' })).status).toBe(403);
    const mine = (await expert.get('/api/assignments')).body;
    expect(mine.items.map((a: { formId: number }) => a.formId)).toEqual([inflated]);
    expect(mine.items[0].form).toMatchObject({ id: inflated, projectName: form.evaluation.projectName });

    // The checklist and the re-score.
    r = await expert.put(`/api/assignments/${assignment}/checklist`, { items: [{ key: 'actuals', checked: true, notes: '区域双创活跃度无佐证' }] });
    expect(r.status).toBe(200);
    expect(r.body.checklist.find((i: { key: string }) => i.key === 'actuals')).toEqual({ key: 'actuals', checked: true, notes: '区域双创活跃度无佐证' });
    expect((await expert.put(`/api/assignments/${assignment}/checklist`, { items: [{ key: 'nope', checked: true, notes: '' }] })).body.error.path).toBe('items[0].key');
    const row = form.evaluation.indicators.findIndex((i: { name: string }) => i.name.includes('双创'));
    expect(row).toBeGreaterThanOrEqual(0);
    const cut = { [String(row)]: { score: 2, reason: '实际完成值远低于指标值' } };
    r = await expert.post(`/api/assignments/${assignment}/submit`, { scores: { [String(row)]: { score: 2, reason: '' } } });
    expect(r.status).toBe(400);
    r = await expert.post(`/api/assignments/${assignment}/submit`, { scores: cut, comment: '建议调减' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('submitted');
    const total = r.body.result.total;
    expect(total).toBeLessThan(99);
    // Submitted: the panel waits for finance.
    expect((await expert.post(`/api/assignments/${assignment}/submit`, { scores: cut })).body.error.code).toBe('invalid-transition');

    // Finance returns (a reason is required), the panel submits again, finance accepts.
    expect((await finance.post(`/api/assignments/${assignment}/decide`, { decision: 'return' })).body.error).toMatchObject({ code: 'reason-required', path: 'reason' });
    expect((await expert.post(`/api/assignments/${assignment}/decide`, { decision: 'accept' })).status).toBe(404);
    r = await finance.post(`/api/assignments/${assignment}/decide`, { decision: 'return', reason: '请核对资金执行率' });
    expect(r.body).toMatchObject({ status: 'returned', decisionReason: '请核对资金执行率' });
    expect((await expert.post(`/api/assignments/${assignment}/submit`, { scores: cut, comment: '已核对' })).body.status).toBe('submitted');
    r = await finance.post(`/api/assignments/${assignment}/decide`, { decision: 'accept' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('accepted');
    const after = (await finance.get(`/api/forms/${inflated}`)).body;
    expect(after.status).toBe('finance_reviewed');
    expect(after.financeReview.total).toBe(total);

    // After the period the expert loses the form and the assignment, and can no longer work on it.
    r = await finance.req('PATCH', `/api/assignments/${assignment}`, { from: day(-10), to: day(-1) });
    expect(r.status).toBe(200);
    expect((await expert.get(`/api/forms/${inflated}`)).status).toBe(404);
    expect((await expert.get(`/api/forms/${inflated}/comments`)).status).toBe(404);
    expect((await expert.get('/api/assignments')).body.items).toEqual([]);
    // Not yet started is the same as over.
    r = await finance.req('PATCH', `/api/assignments/${assignment}`, { from: day(2), to: day(5) });
    expect((await expert.get(`/api/forms/${inflated}`)).status).toBe(404);
    // Only finance changes a period.
    expect((await expert.req('PATCH', `/api/assignments/${assignment}`, { from: day(-1), to: day(1) })).status).toBe(404);
  });

  it('publishes an accepted 复核 outcome only when finance chooses, only on a published form, and without the panel’s private workings', async () => {
    const anon = api.anon();
    const s = (await finance.post('/api/samples', { year: 2020, top: 3, random: 0, seed: 'public' })).body;
    expect(s.picks).toContain(clean);
    let r = await finance.post(`/api/samples/${s.id}/assignments`, { formId: clean, userId: expertId, from: day(-1), to: day(1) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const assignment = r.body.id;
    expect(r.body.public).toBe(false);
    const form = (await finance.get(`/api/forms/${clean}`)).body;
    const { claimed_total: selfScore } = await api.t.database.db.selectFrom('forms').select('claimed_total').where('id', '=', clean).executeTakeFirstOrThrow();
    const cut = { '0': { score: 1, reason: '专家内部意见：佐证不足' } };
    r = await expert.post(`/api/assignments/${assignment}/submit`, { scores: cut, comment: '专家内部评语' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const { total, grade } = r.body.result;
    // Not accepted yet: it cannot be published.
    expect((await finance.put(`/api/assignments/${assignment}/public`, { public: true })).body.error).toMatchObject({ code: 'invalid-transition', path: 'public' });
    r = await finance.post(`/api/assignments/${assignment}/decide`, { decision: 'accept', reason: '采纳专家意见' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // Accepted but not chosen: nothing public (nor the earlier accepted outcome on the other form).
    expect((await anon.get('/api/public/sampling')).body.items).toEqual([]);
    // Only finance chooses.
    expect((await anon.put(`/api/assignments/${assignment}/public`, { public: true })).status).toBe(401);
    for (const c of [dept1, unit2, expert]) expect((await c.put(`/api/assignments/${assignment}/public`, { public: true })).status).toBe(404);
    expect((await finance.put(`/api/assignments/${assignment}/public`, { public: 'yes' })).status).toBe(400);
    r = await finance.put(`/api/assignments/${assignment}/public`, { public: true });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.public).toBe(true);
    // Chosen, but the form is not published: still nothing.
    expect((await anon.get('/api/public/sampling')).body.items).toEqual([]);
    await act(finance, clean, 'publish');
    r = await anon.get('/api/public/sampling?year=2020');
    expect(r.status).toBe(200);
    const decidedOn = (await finance.get(`/api/assignments?formId=${clean}`)).body.items.find((a: { id: number }) => a.id === assignment).decidedAt.slice(0, 10);
    // Exactly these fields: no reviewer, scores per row, reasons, comment, checklist or risk rank.
    expect(r.body.items).toEqual([{
      id: assignment, formId: clean, year: 2020, projectName: form.evaluation.projectName, implementer: form.implementer,
      selfScore, reviewScore: total, reviewGrade: grade, decidedOn,
    }]);
    const text = JSON.stringify(r.body);
    for (const secret of ['外聘专家甲', '专家内部意见', '专家内部评语', '采纳专家意见']) expect(text).not.toContain(secret);
    // By department and year: dept1's form, not dept2's, not another year.
    expect((await anon.get(`/api/public/sampling?department=${api.orgs.get('dept1')}`)).body.items.map((x: { formId: number }) => x.formId)).toEqual([clean]);
    expect((await anon.get(`/api/public/sampling?department=${api.orgs.get('dept2')}`)).body.items).toEqual([]);
    expect((await anon.get('/api/public/sampling?year=2021')).body.items).toEqual([]);
    expect((await anon.get('/api/public/sampling?year=twenty')).status).toBe(400);
    // Withdrawn: gone; chosen again for the backup below.
    expect((await finance.put(`/api/assignments/${assignment}/public`, { public: false })).body.public).toBe(false);
    expect((await anon.get('/api/public/sampling')).body.items).toEqual([]);
    expect((await finance.put(`/api/assignments/${assignment}/public`, { public: true })).body.public).toBe(true);
  });

  it('keeps samples, their changes and the assignments through a backup and a restore, also over a store that holds them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jx-sampling-backup-'));
    const target = await freshDb(dialect, { migrate: false });
    try {
      const count = async (db: Api['t']['database']['db']) =>
        Promise.all((['samples', 'sample_items', 'panel_assignments'] as const).map(async (t) => Number((await db.selectFrom(t).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
      const want = await count(api.t.database.db);
      expect(want.every((n) => n > 0)).toBe(true);
      const file = join(out, dialect === 'sqlite' ? 'b.sqlite' : 'b.json');
      await backup({ ...api.t.options, out: file });
      await target.database.close();
      await restore({ ...target.options, from: file });
      // Again over the restored store: its samples and assignments are replaced, not in the way.
      await restore({ ...target.options, from: file, force: true });
      const reopened = await openDatabase(target.options);
      try {
        expect(await count(reopened.db)).toEqual(want);
        // Finance's choice to publish a 复核 outcome survives too.
        expect((await reopened.db.selectFrom('panel_assignments').select('id').where('public', '=', 1).execute()).length).toBe(1);
      } finally {
        await reopened.close();
      }
    } finally {
      await target.drop().catch(() => undefined);
      rmSync(out, { recursive: true, force: true });
    }
  });
});

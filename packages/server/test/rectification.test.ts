/** 整改: the item life cycle on both databases, access by scope, typed 400s, the audit trail, counts and 整改中. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backup, DEMO_PASSWORD, openDatabase, restore } from '../src/index';
import { makeContext } from '../src/context';
import { createApp } from '../src/app';
import { DIALECTS } from './dbs';
import { Client, seedForm2, setupApi, type Api } from './harness';
import { PNG, reviewedForm } from './rect-helpers';

describe.each(DIALECTS)('rectification on %s', (dialect) => {
  let api: Api;
  let unit: Client, unit2: Client, dept: Client, dept2: Client, finance: Client;
  let form: { id: number; version: number; findings: { ruleId: string; path: string }[] };
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, unit2, dept, dept2, finance] = await Promise.all(['unit1', 'unit2', 'dept1', 'dept2', 'finance1'].map((u) => api.login(u)));
    form = await reviewedForm(unit, dept, finance, (c) => api.createAs(c));
  });
  afterAll(() => api.drop());

  const upload = async (c: Client, itemId: number, bytes: Uint8Array, name: string) => {
    const res = await api.app.request(`/api/rectification/${itemId}/evidence?name=${encodeURIComponent(name)}`, {
      method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': c.csrf, cookie: c.cookie }, body: bytes as BodyInit,
    });
    return { status: res.status, body: await res.json() };
  };
  const act = (c: Client, id: number, body: object) => c.post(`/api/rectification/${id}/actions`, body);

  it('runs opened → answered with a file → reopened → answered → closed, every step recorded and audited', async () => {
    const finding = form.findings[0];
    const ref = `${finding.ruleId}@${finding.path}`;
    const opened = await finance.post('/api/rectification', { formId: form.id, source: 'finding', sourceRef: ref, what: '自评得分高于佐证支持的分数', requiredAction: '补充佐证材料或调整得分', deadline: '2099-03-31' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ status: 'open', version: 1, formId: form.id, source: 'finding', sourceRef: ref, orgName: '昌吉州中小企业发展服务中心', overdue: false, public: false });
    const id = opened.body.id;

    // The form shows 整改中 (open items) in the list.
    const listed = async () => (await unit.get('/api/forms')).body.items.find((x: { id: number }) => x.id === form.id).openRectification;
    expect(await listed()).toBe(1);
    expect((await dept.get(`/api/forms/${form.id}`)).body.openRectification).toBe(1);

    const file = await upload(unit, id, PNG, '整改照片.png');
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ ownerKind: 'rectification', ownerId: id, mime: 'image/png' });
    let r = await act(unit, id, { version: 1, action: 'answer', text: '已补充验收报告', evidence: [file.body.id] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'answered', version: 2, answer: '已补充验收报告', answerEvidence: [file.body.id] });

    // Evidence is uploaded only while open; finance reads the file the answer names.
    expect((await upload(unit, id, PNG, 'late.png')).status).toBe(409);
    const dl = await finance.get(`/api/rectification/${id}/evidence/${file.body.id}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('image/png');

    expect((await act(finance, id, { version: 2, action: 'reopen', text: '  ' })).body.error).toMatchObject({ code: 'comment-required', path: 'text' });
    r = await act(finance, id, { version: 2, action: 'reopen', text: '照片不能证明验收' });
    expect(r.body).toMatchObject({ status: 'open', version: 3, reopenReason: '照片不能证明验收', reopened: 1 });
    r = await act(unit, id, { version: 3, action: 'answer', text: '已上传验收报告原件' });
    expect(r.body).toMatchObject({ status: 'answered', version: 4, answerEvidence: [] });
    r = await act(finance, id, { version: 4, action: 'accept' });
    expect(r.body).toMatchObject({ status: 'closed', version: 5 });
    expect(r.body.closedAt).toBeTruthy();
    expect(await listed()).toBe(0);
    expect((await dept.get(`/api/forms/${form.id}`)).body.openRectification).toBe(0);

    const full = await dept.get(`/api/rectification/${id}`);
    expect(full.body.events.map((e: { action: string; by: string }) => [e.action, e.by])).toEqual([
      ['open', '财政局复核员'], ['answer', '中小企业服务中心填报员'], ['reopen', '财政局复核员'], ['answer', '中小企业服务中心填报员'], ['accept', '财政局复核员'],
    ]);
    expect(full.body.events[1].evidence).toEqual([file.body.id]);
    expect(full.body.evidence.map((e: { name: string }) => e.name)).toEqual(['整改照片.png']);
    const audit = await finance.get(`/api/audit?formId=${form.id}&action=rectification.`);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
      'rectification.open', 'rectification.answer', 'rectification.reopen', 'rectification.answer', 'rectification.accept',
    ]);
  });

  it('lets each role take only its own steps, at the current version', async () => {
    const { body: it0 } = await finance.post('/api/rectification', { formId: form.id, source: 'review', sourceRef: '0', what: '第1项指标复核扣分', requiredAction: '说明原因', deadline: '2099-01-01' });
    expect(it0.source).toBe('review');
    expect((await act(finance, it0.id, { version: 1, action: 'answer', text: 'x' })).status).toBe(403);
    expect((await act(unit, it0.id, { version: 1, action: 'accept' })).status).toBe(403);
    expect((await act(finance, it0.id, { version: 1, action: 'accept' })).body.error.code).toBe('invalid-transition');
    expect((await act(unit, it0.id, { version: 9, action: 'answer', text: 'x' })).status).toBe(409);
    expect((await unit.post('/api/rectification', { formId: form.id, source: 'manual', what: 'x', requiredAction: 'y', deadline: '2099-01-01' })).status).toBe(403);
    // An answer may name only files uploaded to this item.
    const { body: other } = await finance.post('/api/rectification', { formId: form.id, source: 'manual', what: '另一事项', requiredAction: 'y', deadline: '2099-01-01' });
    const f = await upload(unit, other.id, PNG, 'a.png');
    const bad = await act(unit, it0.id, { version: 1, action: 'answer', text: 'x', evidence: [f.body.id] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid-body', path: 'evidence' });
  });

  it('shows a unit its items, a department its units’, finance all; others get 404', async () => {
    const { body: item } = await finance.post('/api/rectification', { formId: form.id, source: 'manual', what: '范围检查', requiredAction: 'y', deadline: '2099-01-01' });
    const ids = async (c: Client) => (await c.get('/api/rectification')).body.items.map((x: { id: number }) => x.id);
    expect(await ids(unit)).toContain(item.id);
    expect(await ids(dept)).toContain(item.id);
    expect(await ids(finance)).toContain(item.id);
    expect(await ids(unit2)).toEqual([]);
    expect(await ids(dept2)).toEqual([]);
    expect((await unit2.get(`/api/rectification/${item.id}`)).status).toBe(404);
    expect((await dept2.get(`/api/rectification/${item.id}`)).status).toBe(404);
    expect((await upload(unit2, item.id, PNG, 'x.png')).status).toBe(404);
    expect((await api.anon().get('/api/rectification')).status).toBe(401);
    // The department sees; it may not act.
    expect((await act(dept, item.id, { version: 1, action: 'answer', text: 'x' })).status).toBe(403);
  });

  it('answers bad input with typed 400s', async () => {
    const base = { formId: form.id, source: 'manual', what: '事项', requiredAction: '措施', deadline: '2099-01-01' };
    const err = async (b: object) => (await finance.post('/api/rectification', b)).body.error;
    expect(await err({ ...base, deadline: '2099-02-30' })).toMatchObject({ code: 'invalid-body', path: 'deadline' });
    expect(await err({ ...base, what: '   ' })).toMatchObject({ code: 'invalid-body', path: 'what' });
    expect(await err({ ...base, source: 'finding' })).toMatchObject({ code: 'invalid-body', path: 'sourceRef' });
    expect(await err({ ...base, source: 'finding', sourceRef: 'no-such-rule@x' })).toMatchObject({ code: 'invalid-body', path: 'sourceRef' });
    expect(await err({ ...base, source: 'review', sourceRef: '7' })).toMatchObject({ code: 'invalid-body', path: 'sourceRef' });
    expect(await err({ ...base, source: 'other' })).toMatchObject({ code: 'invalid-body', path: 'source' });
    // A draft is the unit's own: finance cannot open items on it (nor see it).
    const draft = await api.createAs(unit, seedForm2());
    expect(await err({ ...base, formId: draft.id })).toMatchObject({ code: 'invalid-body', path: 'formId' });
    expect((await finance.get('/api/rectification?filter=late')).body.error).toMatchObject({ code: 'invalid-query', path: 'filter' });
    expect((await finance.get('/api/rectification/abc')).status).toBe(400);
    expect((await act(finance, 1, { version: 1, action: 'close' })).body.error).toMatchObject({ code: 'invalid-body', path: 'action' });
  });

  it('counts open, overdue and closed per department, and filters the list the same way', async () => {
    const { body: late } = await finance.post('/api/rectification', { formId: form.id, source: 'manual', what: '逾期事项', requiredAction: 'y', deadline: '2020-06-30' });
    expect(late.overdue).toBe(true);
    const counts = (await finance.get('/api/rectification/counts')).body;
    const all = (await finance.get('/api/rectification')).body.items as { status: string; overdue: boolean }[];
    const expected = { open: all.filter((x) => x.status !== 'closed').length, overdue: all.filter((x) => x.overdue).length, closed: all.filter((x) => x.status === 'closed').length };
    expect(expected.closed).toBe(1);
    expect(expected.overdue).toBe(1);
    expect(counts.departments).toEqual([{ orgId: api.orgs.get('dept1'), name: '昌吉州工业和信息化局', ...expected }]);
    expect(counts.total).toEqual(expected);
    for (const filter of ['open', 'overdue', 'closed'] as const)
      expect((await finance.get(`/api/rectification?filter=${filter}`)).body.items.length, filter).toBe(expected[filter]);
    expect((await dept2.get('/api/rectification/counts')).body).toEqual({ departments: [], total: { open: 0, overdue: 0, closed: 0 } });
    expect((await finance.get('/api/rectification?year=2021')).body.items).toEqual([]);
  });
});

describe.each(DIALECTS)('rectification backup on %s', (dialect) => {
  it('backs up items, their history and answer files, and restores them over a store that holds items', async () => {
    const api = await setupApi(dialect);
    const target = await setupApi(dialect);
    const out = mkdtempSync(join(tmpdir(), 'jx-rect-backup-'));
    try {
      const [unit, dept, finance] = await Promise.all(['unit1', 'dept1', 'finance1'].map((u) => api.login(u)));
      const form = await reviewedForm(unit, dept, finance, (c) => api.createAs(c));
      const { body: item } = await finance.post('/api/rectification', { formId: form.id, source: 'manual', what: '备份事项', requiredAction: '整改', deadline: '2099-01-01' });
      const h = { 'content-type': 'application/octet-stream', 'x-csrf-token': unit.csrf, cookie: unit.cookie };
      const file = (await (await api.app.request(`/api/rectification/${item.id}/evidence?name=a.png`, { method: 'POST', headers: h, body: PNG as BodyInit })).json()) as { id: number };
      await unit.post(`/api/rectification/${item.id}/actions`, { version: 1, action: 'answer', text: '已整改', evidence: [file.id] });
      // The target already holds an item of its own (rows that reference forms): restore replaces them.
      const [tUnit, tDept, tFinance] = await Promise.all(['unit1', 'dept1', 'finance1'].map((u) => target.login(u)));
      const tForm = await reviewedForm(tUnit, tDept, tFinance, (c) => target.createAs(c));
      expect((await tFinance.post('/api/rectification', { formId: tForm.id, source: 'manual', what: '旧事项', requiredAction: 'x', deadline: '2099-01-01' })).status).toBe(201);

      const to = join(out, `backup.${dialect === 'sqlite' ? 'sqlite' : 'json'}`);
      await backup({ ...api.t.options, evidenceDir: api.ctx.evidence.blobs.dir, out: to });
      await target.t.database.close();
      await restore({ ...target.t.options, evidenceDir: target.ctx.evidence.blobs.dir, from: to, force: true });
      const database = await openDatabase(target.t.options);
      const ctx = makeContext(database, { evidence: { dir: target.ctx.evidence.blobs.dir } });
      try {
        const c = new Client(createApp(ctx).app);
        c.csrf = (await c.post('/api/login', { username: 'finance1', password: DEMO_PASSWORD })).body.csrfToken;
        const got = (await c.get(`/api/rectification/${item.id}`)).body;
        expect(got).toMatchObject({ what: '备份事项', status: 'answered', answerEvidence: [file.id] });
        expect(got.events.map((e: { action: string }) => e.action)).toEqual(['open', 'answer']);
        expect((await c.get('/api/rectification')).body.items.map((x: { what: string }) => x.what)).toEqual(['备份事项']);
        expect((await c.get(`/api/rectification/${item.id}/evidence/${file.id}`)).status).toBe(200);
        // New items continue after the restored ids.
        const next = await c.post('/api/rectification', { formId: form.id, source: 'manual', what: '新事项', requiredAction: 'x', deadline: '2099-01-01' });
        expect(next.status).toBe(201);
        expect(next.body.id).toBeGreaterThan(item.id);
      } finally {
        await ctx.jobs.close();
        await database.close();
      }
    } finally {
      await api.drop();
      await target.ctx.jobs.close();
      await target.t.drop().catch(() => undefined);
      rmSync(out, { recursive: true, force: true });
    }
  });
});

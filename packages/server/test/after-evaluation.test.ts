/**
 * The half of the cycle after the self-evaluation in one run, as issue 15 tells it, on both
 * databases: forms with evidence are submitted; the ranking puts seed form 1 (claims 99, proven
 * at most 90.67 with its 区域双创活跃度) above a clean one; a sample of the top 2 plus 1 at random
 * is drawn twice with the same seed and comes out the same; an outside expert sees only the form
 * assigned to it; a 整改 item is opened, answered with a file, reopened, answered and closed; the
 * department's 结果应用 report and the public bundle export. Each stage has its own detailed
 * suite (evidence, sampling, rectification, results, public); this one checks they join up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportForms } from '@jixiao/formats';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { today } from '../src/commands/tasks';

// Days as the server counts them (Beijing time), so a period starting tomorrow never starts today.
const day = (offset: number) => today(Date.now() + offset * 86_400_000);
const isPdf = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 5)) === '%PDF-';
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

describe.each(DIALECTS)('after the self-evaluation on %s', (dialect) => {
  let api: Api;
  let unit1: Client, unit2: Client, dept1: Client, finance: Client, admin: Client, expert: Client;
  let inflated: number, clean: number, third: number, fourth: number;
  let pdf: Uint8Array;
  let expertId: number;

  const act = async (c: Client, id: number, action: string, extra: object = {}) => {
    const f = (await c.get(`/api/forms/${id}`)).body;
    const r = await c.post(`/api/forms/${id}/transition`, { version: f.version, action, ...extra });
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  };
  const bytes = async (c: Client, path: string) => {
    const res = await api.app.request(path, { headers: c.cookie ? { cookie: c.cookie } : {} });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: new Uint8Array(await res.arrayBuffer()) };
  };
  const upload = async (c: Client, path: string, body: Uint8Array) => {
    const res = await api.app.request(path, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': c.csrf, cookie: c.cookie }, body: body as BodyInit });
    return { status: res.status, body: await res.json() };
  };
  const named = (name: string) => ({ ...seedForm2(), projectName: name });

  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit1, unit2, dept1, finance, admin] = await Promise.all(['unit1', 'unit2', 'dept1', 'finance1', 'orgadmin'].map((u) => api.login(u)));
    pdf = (await exportForms([seedForm1()], 'pdf')) as Uint8Array;
    inflated = (await api.createAs(unit1, seedForm1())).id;
    clean = (await api.createAs(unit2, seedForm2())).id;
    third = (await api.createAs(unit2, named('中小企业服务券项目'))).id;
    fourth = (await api.createAs(unit2, named('中小企业数字化转型培训'))).id;
    // Evidence on both: a file for the form and one for a row.
    for (const id of [inflated, clean]) {
      expect((await upload(id === inflated ? unit1 : unit2, `/api/forms/${id}/evidence?name=${encodeURIComponent('验收报告.pdf')}`, pdf)).status).toBe(201);
      expect((await upload(id === inflated ? unit1 : unit2, `/api/forms/${id}/evidence?name=${encodeURIComponent('台账.pdf')}&indicator=0`, pdf)).status).toBe(201);
    }
    for (const [u, id] of [[unit1, inflated], [unit2, clean], [unit2, third], [unit2, fourth]] as const) {
      await act(u, id, 'submit');
      await act(dept1, id, 'approve');
    }
    const r = await admin.post('/api/users', { username: 'expert9', name: '外聘专家乙', password: DEMO_PASSWORD, role: 'expert', orgId: api.orgs.get('finance') });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expertId = r.body.id;
    expert = await api.login('expert9');
  });
  afterAll(() => api.drop());

  it('ranks seed form 1 above the clean form, draws the same sample twice, and an expert sees only its form', async () => {
    const ranking = await finance.get('/api/ranking?year=2020');
    expect(ranking.status).toBe(200);
    const order: number[] = ranking.body.items.map((x: { formId: number }) => x.formId);
    expect(order).toHaveLength(4);
    expect(order.indexOf(inflated)).toBeLessThan(order.indexOf(clean));
    expect(ranking.body.items[order.indexOf(inflated)]).toMatchObject({ claimed: 99, provenMax: 90.67 });

    const ask = { year: 2020, top: 2, random: 1, seed: 'issue-15' };
    const a = await finance.post('/api/samples', ask);
    const b = await finance.post('/api/samples', ask);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.picks).toHaveLength(3);
    expect(b.body.picks).toEqual(a.body.picks);
    expect(a.body.items.filter((i: { way: string }) => i.way === 'top').map((i: { formId: number }) => i.formId)).toEqual(order.slice(0, 2));
    expect(a.body.picks).toContain(inflated);

    const assigned = await finance.post(`/api/samples/${a.body.id}/assignments`, { formId: inflated, userId: expertId, from: day(-1), to: day(30) });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    expect((await expert.get(`/api/forms/${inflated}`)).status).toBe(200);
    for (const id of [clean, third, fourth]) expect((await expert.get(`/api/forms/${id}`)).status).toBe(404);
    const mine = (await expert.get('/api/assignments')).body.items.map((x: { form: { id: number } }) => x.form.id);
    expect(mine).toEqual([inflated]);
  });

  it('runs a 整改 item from a finding to closed, with a file in each answer, and the form leaves 整改中', async () => {
    const form = (await finance.get(`/api/forms/${inflated}`)).body;
    const finding = form.findings.find((f: { ruleId: string }) => f.ruleId === 'score-inflated');
    expect(finding).toBeDefined();
    const opened = await finance.post('/api/rectification', {
      formId: inflated, source: 'finding', sourceRef: `${finding.ruleId}@${finding.path}`,
      what: '区域双创活跃度自评满分，完成值不支持', requiredAction: '按完成比例重新计分并补充佐证', deadline: day(30),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const id = opened.body.id;
    expect((await unit1.get(`/api/forms/${inflated}`)).body.openRectification).toBe(1);

    const answer = async (version: number, text: string) => {
      const file = await upload(unit1, `/api/rectification/${id}/evidence?name=${encodeURIComponent('整改说明.pdf')}`, pdf);
      expect(file.status, JSON.stringify(file.body)).toBe(201);
      const r = await unit1.post(`/api/rectification/${id}/actions`, { version, action: 'answer', text, evidence: [file.body.id] });
      expect(r.body, JSON.stringify(r.body)).toMatchObject({ status: 'answered' });
      return r.body.version as number;
    };
    let v = await answer(1, '已重新计分');
    let r = await finance.post(`/api/rectification/${id}/actions`, { version: v, action: 'reopen', text: '未附重新计分后的自评表' });
    expect(r.body).toMatchObject({ status: 'open', reopened: 1 });
    v = await answer(r.body.version, '已附重新计分后的自评表');
    r = await finance.post(`/api/rectification/${id}/actions`, { version: v, action: 'accept' });
    expect(r.body).toMatchObject({ status: 'closed' });
    const detail = (await finance.get(`/api/rectification/${id}`)).body;
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['open', 'answer', 'reopen', 'answer', 'accept']);
    expect(detail.evidence).toHaveLength(2);
    expect((await unit1.get(`/api/forms/${inflated}`)).body.openRectification).toBe(0);
  });

  it('exports the department report and, once published, the public bundle', async () => {
    const dept = api.orgs.get('dept1');
    const json = await finance.get(`/api/reports/results?department=${dept}&year=2020`);
    expect(json.status, JSON.stringify(json.body)).toBe(200);
    expect(json.body.rows.map((x: { formId: number }) => x.formId).sort()).toEqual([inflated, clean, third, fourth].sort());
    const xlsx = await bytes(finance, `/api/reports/results?department=${dept}&year=2020&format=xlsx`);
    expect([xlsx.status, isZip(xlsx.body)]).toEqual([200, true]);
    const report = await bytes(finance, `/api/reports/results?department=${dept}&year=2020&format=pdf`);
    expect([report.status, isPdf(report.body)]).toEqual([200, true]);

    expect((await bytes(api.anon(), `/api/public/bundle?department=${dept}&year=2020&format=pdf`)).status).toBe(404);
    for (const id of [inflated, clean]) {
      await act(finance, id, 'finance-review', { financeReview: { scores: {} } });
      await act(finance, id, 'publish');
    }
    const bundlePdf = await bytes(api.anon(), `/api/public/bundle?department=${dept}&year=2020&format=pdf`);
    expect([bundlePdf.status, isPdf(bundlePdf.body)]).toEqual([200, true]);
    const bundleXlsx = await bytes(api.anon(), `/api/public/bundle?department=${dept}&year=2020&format=xlsx`);
    expect([bundleXlsx.status, isZip(bundleXlsx.body)]).toEqual([200, true]);
  });
});

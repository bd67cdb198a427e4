/** 结果应用 (the department report: json, xlsx, pdf; thresholds a setting) and 公开 (bundles, published 整改 outcomes), on both databases. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_COLUMNS, type Evaluation } from '@jixiao/core';
import { importFile } from '@jixiao/formats';
import { readResultsXlsx } from '../../formats/src/results/report';
import { DIALECTS } from './dbs';
import { Client, seedForm1, seedForm2, setupApi, type Api } from './harness';
import { reviewedForm } from './rect-helpers';

/** The text pdftotext reads from a PDF (CJK from the embedded Noto Serif SC subset). */
function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'jx-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seed form 2 spending 40 of 100 万元 (执行率 40%). */
function lowExecution(): Evaluation {
  const ev = seedForm2();
  ev.projectName = '低执行率项目';
  ev.funds.total = { ...ev.funds.total, initial: '100', adjusted: '100', executed: '40', rate: '40%' };
  ev.funds.fiscal = { ...ev.funds.fiscal, initial: '100', adjusted: '100', executed: '40', rate: '40%' };
  ev.funds.carryover = { ...ev.funds.carryover, initial: null, adjusted: null, executed: null, rate: null };
  ev.funds.other = { ...ev.funds.other, initial: null, adjusted: null, executed: null, rate: null };
  return ev;
}

const bytesOf = async (c: Client, path: string) => {
  const res = await c.app.request(path, { headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe.each(DIALECTS)('results report and disclosure on %s', (dialect) => {
  let api: Api;
  let unit: Client, unit2: Client, dept: Client, dept2: Client, finance: Client;
  let dept1: number;
  let published: { id: number }, low: { id: number };
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, unit2, dept, dept2, finance] = await Promise.all(['unit1', 'unit2', 'dept1', 'dept2', 'finance1'].map((u) => api.login(u)));
    dept1 = api.orgs.get('dept1')!;
    published = await reviewedForm(unit, dept, finance, (c) => api.createAs(c, seedForm1()), true);
    low = await reviewedForm(unit2, dept, finance, (c) => api.createAs(c, lowExecution()), true);
    // Two items on the published form, one of them published; one public item on a form not published.
    const open = (formId: number, what: string, pub: boolean) => finance.post('/api/rectification', { formId, source: 'manual', what, requiredAction: '按期整改', deadline: '2099-06-30', public: pub });
    await open(published.id, '公开的整改事项', true);
    await open(published.id, '内部整改事项', false);
    const unpublished = await reviewedForm(unit, dept, finance, (c) => api.createAs(c, seedForm2()));
    await open(unpublished.id, '未公开表的事项', true);
  });
  afterAll(() => api.drop());

  it('computes the rows: scores, grades, execution, open 整改 and the budget signal', async () => {
    const r = await finance.get(`/api/reports/results?department=${dept1}&year=2020`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ departmentId: dept1, department: '昌吉州工业和信息化局', year: 2020, thresholds: { cutGrade: '差', executionBelow: 50 } });
    const rows = r.body.rows as { formId: number; executionPercent: string; signal: string; reasons: string[]; openRectification: number; reviewScore: number | null; selfScore: number }[];
    expect(rows).toHaveLength(3);
    const lowRow = rows.find((x) => x.formId === low.id)!;
    expect(lowRow).toMatchObject({ executionPercent: '40.00', signal: 'cut' });
    expect(lowRow.reasons).toContain('execution');
    const pub = rows.find((x) => x.formId === published.id)!;
    expect(pub).toMatchObject({ executionPercent: '100.00', selfScore: 99, openRectification: 2 });
    expect(pub.reviewScore).not.toBeNull();
    expect(rows[0].signal).toBe('cut');
    expect(r.body.summary).toMatchObject({ forms: 3, openRectification: 3 });
    // The department reads its own report; another department, a unit: no.
    expect((await dept.get(`/api/reports/results?department=${dept1}&year=2020`)).status).toBe(200);
    expect((await dept2.get(`/api/reports/results?department=${dept1}&year=2020`)).status).toBe(404);
    expect((await unit.get(`/api/reports/results?department=${dept1}&year=2020`)).status).toBe(403);
    expect((await finance.get(`/api/reports/results?department=${api.orgs.get('unit1')}&year=2020`)).body.error).toMatchObject({ code: 'invalid-query', path: 'department' });
    expect((await finance.get(`/api/reports/results?department=${dept1}&year=20`)).body.error).toMatchObject({ code: 'invalid-query', path: 'year' });
    expect((await finance.get(`/api/reports/results?department=${dept1}&year=2020&format=doc`)).body.error).toMatchObject({ code: 'invalid-query', path: 'format' });
  });

  it('reads its thresholds from the budget-thresholds setting, validated', async () => {
    const put = (value: string | null) => finance.put('/api/settings', { orgId: dept1, year: 2020, key: 'budget-thresholds', value });
    for (const bad of ['差', '甲,50', '差,150', '差,50.123']) {
      const r = await put(bad);
      expect(r.status, bad).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'invalid-body', path: 'value' });
    }
    expect((await put('优,101')).status).toBe(400);
    expect((await put('良,50')).status).toBe(200);
    const strict = await finance.get(`/api/reports/results?department=${dept1}&year=2020`);
    expect(strict.body.thresholds).toEqual({ cutGrade: '良', executionBelow: 50 });
    for (const row of strict.body.rows as { selfGrade: string; reviewGrade: string | null; reasons: string[] }[])
      expect(row.reasons.includes('grade'), JSON.stringify(row)).toBe(['良', '中', '差'].includes(row.reviewGrade ?? row.selfGrade));
    expect((await put(null)).status).toBe(200);
  });

  it('exports the report as xlsx and pdf with every row', async () => {
    const json = (await finance.get(`/api/reports/results?department=${dept1}&year=2020`)).body;
    const x = await bytesOf(finance, `/api/reports/results?department=${dept1}&year=2020&format=xlsx`);
    expect(x.status).toBe(200);
    expect(x.disposition).toContain(encodeURIComponent('2020年度昌吉州工业和信息化局绩效评价结果应用表.xlsx'));
    const sheet = await readResultsXlsx(x.bytes);
    expect(sheet.title).toBe('2020年度 昌吉州工业和信息化局 项目支出绩效评价结果应用表');
    expect(sheet.header).toEqual(RESULTS_COLUMNS.map((c) => c.zh));
    expect(sheet.rows.map((r) => [r[0], r[6], r[7]])).toEqual(json.rows.map((r: { projectName: string; executionPercent: string; openRectification: number }) => [r.projectName, r.executionPercent, String(r.openRectification)]));
    expect(sheet.rows.map((r) => r[8].startsWith('建议压减预算'))).toEqual(json.rows.map((r: { signal: string }) => r.signal === 'cut'));

    const p = await bytesOf(finance, `/api/reports/results?department=${dept1}&year=2020&format=pdf`);
    expect(p.type).toBe('application/pdf');
    const text = pdfText(p.bytes);
    expect(text).toContain('2020年度 昌吉州工业和信息化局 项目支出绩效评价结果应用表');
    for (const h of ['自评得分', '复核得分', '未销号整改', '预算安排建议']) expect(text).toContain(h);
    expect(text).toContain('低执行率项目');
    expect(text).toContain('40.00');
    expect(text).toContain(`共 3 个项目`);
    expect(text.match(/建议压减预算（/g)?.length).toBe(json.summary.cut);
  });

  it('lists departments with published forms and bundles them as one PDF and one xlsx (no login)', async () => {
    const anon = api.anon();
    const deps = (await anon.get('/api/public/departments')).body.items;
    expect(deps).toEqual([{ orgId: dept1, name: '昌吉州工业和信息化局', years: [{ year: 2020, forms: 2 }] }]);
    const pdf = await bytesOf(anon, `/api/public/bundle?department=${dept1}&year=2020&format=pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.bytes);
    expect(text).toContain('低执行率项目');
    expect(text).toContain('创客中国');
    expect(text).not.toContain('银河培训');
    const xlsx = await bytesOf(anon, `/api/public/bundle?department=${dept1}&year=2020&format=xlsx`);
    const back = await importFile(xlsx.bytes, { fileName: 'bundle.xlsx' });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.forms.map((f) => f.evaluation.projectName).sort()).toEqual([seedForm1().projectName, '低执行率项目'].sort());
    expect((await anon.get(`/api/public/bundle?department=${api.orgs.get('dept2')}&year=2020&format=pdf`)).status).toBe(404);
    expect((await anon.get(`/api/public/bundle?department=${dept1}&year=2020&format=docx`)).body.error).toMatchObject({ code: 'invalid-query', path: 'format' });
  });

  it('shows only the 整改 outcomes finance chose to publish, on published forms', async () => {
    const anon = api.anon();
    const items = (await anon.get(`/api/public/rectification?department=${dept1}&year=2020`)).body.items;
    expect(items.map((x: { what: string }) => x.what)).toEqual(['公开的整改事项']);
    expect(items[0]).toMatchObject({ formId: published.id, status: 'open', outcome: null });
    expect(Object.keys(items[0])).not.toContain('answerEvidence');
    // The form itself: its open items for those in scope, not on the public view.
    expect((await dept.get(`/api/forms/${published.id}`)).body.openRectification).toBe(2);
    expect((await anon.get(`/api/public/forms/${published.id}`)).body).not.toHaveProperty('openRectification');
    // Finance withdraws it: gone from the public page.
    expect((await unit.put(`/api/rectification/${items[0].id}/public`, { public: false })).status).toBe(403);
    expect((await finance.put(`/api/rectification/${items[0].id}/public`, { public: false })).body.public).toBe(false);
    expect((await anon.get('/api/public/rectification')).body.items).toEqual([]);
  });
});

/**
 * Files and settings of the forms before the self-evaluation (issue 14), through the API on SQLite
 * and PostgreSQL: a target form and a monitoring form exported in their official layouts (xlsx,
 * docx, pdf, html, through the job pool; readable as the forms are), a 申报表 file imported as a
 * new draft, the traffic-light thresholds as a finance setting that the lights follow, and the
 * self-evaluation's stored findings recomputed when monitoring is filed after it exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportForms, exportTargetForms, importTargetForms } from '@jixiao/formats';
import { DIALECTS } from './dbs';
import { act, ok } from './plan-helpers';
import { seedForm1, setupApi, type Api, type Client, type Res } from './harness';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';


describe.each(DIALECTS)('target and monitoring files on %s', (dialect) => {
  let api: Api;
  let unit: Client, unit2: Client, dept: Client, dept2: Client, finance: Client;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, unit2, dept, dept2, finance] = await Promise.all(['unit1', 'unit2', 'dept1', 'dept2', 'finance1'].map((u) => api.login(u)));
  });
  afterAll(() => api.drop());

  async function approvedTarget(projectName: string) {
    const f = await ok(unit.post('/api/target-forms', { form: { ...seedTargetForm1(), projectName } }), 201);
    return ok(act(finance, await ok(act(dept, await ok(act(unit, f, 'submit')), 'approve')), 'finance-approve'));
  }
  /** July monitoring of an approved target: 10 of 29.8 万元 spent (57.5% of the time share), row 1 judged impossible. */
  async function julyMonitoring(targetId: number, firstCompleted = '') {
    const july = await ok(unit.post(`/api/target-forms/${targetId}/monitoring`, { period: { from: 1, to: 7 } }), 201);
    const m = structuredClone(july.form);
    m.funds.executed = '10';
    for (const x of m.indicators) x.likelihood = 'certain';
    m.indicators[0].completed = firstCompleted;
    Object.assign(m.indicators[1], { completed: '0家', likelihood: 'impossible', cause: { kind: 'funds', text: '企业培育周期长' }, measure: '争取追加资金' });
    return ok(unit.put(`/api/plans/${july.id}`, { version: july.version, form: m }));
  }
  const bytes = async (r: Res) => new Uint8Array(await r.raw.arrayBuffer());
  async function sheetText(r: Res): Promise<string[][]> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await r.raw.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0];
    // A merged range's cells read as its master's value (exceljs' .text throws on an empty master).
    const text = (c: ExcelJS.Cell) => { const m = c.isMerged ? c.master : c; return m.value === null || m.value === undefined ? '' : m.text; };
    return Array.from({ length: ws.rowCount }, (_, i) => Array.from({ length: ws.columnCount }, (_, j) => text(ws.getCell(i + 1, j + 1))));
  }
  const upload = (c: Client, data: Uint8Array | string, name: string, query = '') => {
    const fd = new FormData();
    fd.append('files', new Blob([data as BlobPart]), name);
    return c.post(`/api/target-forms/import${query}`, fd);
  };

  it('exports a target form in each official format, to those who may read it', async () => {
    const t = await approvedTarget('导出申报表');
    const xlsx = await unit.get(`/api/plans/${t.id}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toContain(encodeURIComponent('导出申报表-绩效目标申报表.xlsx'));
    // The file reads back as the form filed.
    const back = await importTargetForms(await bytes(xlsx));
    expect(back.ok && back.forms.map((f) => f.form)).toEqual([t.form]);
    const docx = await dept.get(`/api/plans/${t.id}/export?format=docx`);
    const docBack = await importTargetForms(await bytes(docx));
    expect(docBack.ok && docBack.forms[0].form).toEqual(t.form);
    const pdf = await finance.get(`/api/plans/${t.id}/export?format=pdf`);
    expect([pdf.status, pdf.headers.get('content-type'), new TextDecoder().decode((await bytes(pdf)).subarray(0, 5))]).toEqual([200, 'application/pdf', '%PDF-']);
    const html = await unit.get(`/api/plans/${t.id}/export?format=html`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.body).toContain('<p class="jx-title">项目支出绩效目标申报表</p>');
    expect(html.body).toContain('导出申报表');

    // Not readable, not a format, not a form with a layout.
    expect((await unit2.get(`/api/plans/${t.id}/export?format=xlsx`)).status).toBe(404);
    expect((await dept2.get(`/api/plans/${t.id}/export?format=pdf`)).status).toBe(404);
    expect((await api.anon().get(`/api/plans/${t.id}/export?format=pdf`)).status).toBe(401);
    const csv = await unit.get(`/api/plans/${t.id}/export?format=csv`);
    expect([csv.status, csv.body.error.code, csv.body.error.path]).toEqual([400, 'invalid-query', 'format']);
    expect((await unit.get('/api/plans/99999999/export?format=xlsx')).status).toBe(404);
    const adj = await ok(unit.post(`/api/target-forms/${t.id}/adjustments`, { form: { reason: '调整', changes: [{ indicatorIndex: 2, field: 'target', to: '≥10次' }] } }), 201);
    const adjExport = await unit.get(`/api/plans/${adj.id}/export?format=xlsx`);
    expect([adjExport.status, adjExport.body.error.code]).toEqual([400, 'invalid-query']);
    // A draft is not the department's to see: nor its export.
    const draft = await ok(unit.post('/api/target-forms', { form: { ...seedTargetForm1(), projectName: '草稿' } }), 201);
    expect((await dept.get(`/api/plans/${draft.id}/export?format=xlsx`)).status).toBe(404);

    // Under the table the signature line: who filed it, who approved it, the day of the latest; blank on a draft.
    const today = new Date().toISOString().slice(0, 10);
    const signed = (await sheetText(await unit.get(`/api/plans/${t.id}/export?format=xlsx`))).at(-1)!.filter((t, j, all) => t && all.indexOf(t) === j);
    expect(signed).toEqual(['填报人', '中小企业服务中心填报员', '审核人', '工信局审核员、财政局复核员', '日期', today]);
    const blank = (await sheetText(await unit.get(`/api/plans/${draft.id}/export?format=xlsx`))).at(-1)!.filter(Boolean);
    expect(blank).toEqual(['填报人', '审核人', '日期']);
  });

  it('the traffic-light thresholds are a finance setting, validated, that the lights and the exports follow', async () => {
    const t = await approvedTarget('红黄灯');
    const july = await julyMonitoring(t.id);
    // 33.56% executed against 58.33% of the year: 57.5% of the expectation, red below the default 60%.
    expect(july.lights.budget).toMatchObject({ light: 'red', rate: '0.3356', expectedShare: '0.5833' });
    expect(july.lights.thresholds).toEqual({ red: 0.6, yellow: 0.8 });
    const u1 = api.orgs.get('unit1')!;
    const eff = await ok(unit.get('/api/settings/effective?year=2020'));
    expect(eff.trafficLights).toEqual({ value: '60,80', orgId: null, year: 0, red: 60, yellow: 80 });

    for (const value of ['80,60', '60,60', '0,50', '60,101', '60', 'abc', '60,80,90', '-1,50', '60.123,80'])
      expect((await finance.put('/api/settings', { orgId: u1, year: 2020, key: 'traffic-lights', value })).body.error, value).toMatchObject({ code: 'invalid-body', path: 'value' });
    expect((await unit.put('/api/settings', { orgId: u1, year: 2020, key: 'traffic-lights', value: '50,90' })).status).toBe(403);
    await ok(finance.put('/api/settings', { orgId: u1, year: 2020, key: 'traffic-lights', value: '50,90' }));
    expect((await ok(unit.get('/api/settings/effective?year=2020'))).trafficLights).toEqual({ value: '50,90', orgId: u1, year: 2020, red: 50, yellow: 90 });

    // 57.5% is yellow between 50% and 90%; row 0 (certain, no number to date) stays green, row 1 (impossible) red.
    const now = await ok(unit.get(`/api/plans/${july.id}`));
    expect(now.lights.budget.light).toBe('yellow');
    expect(now.lights.thresholds).toEqual({ red: 0.5, yellow: 0.9 });
    expect(now.lights.indicators.slice(0, 2).map((l: { light: string }) => l.light)).toEqual(['green', 'red']);
    const rows = await sheetText(await unit.get(`/api/plans/${july.id}/export?format=xlsx`));
    const budgetRow = rows[rows.findIndex((r) => r[1] === '年度预算数') + 1];
    expect([budgetRow[1], budgetRow[3], budgetRow[5], budgetRow[7], budgetRow[9]]).toEqual(['29.8', '10', '33.56%', '58.33%', '黄灯']);
    expect(rows.at(-2)![0]).toContain('低于时序进度的50%为红灯');
    // Another year, another unit: the default still.
    expect((await ok(unit.get('/api/settings/effective?year=2021'))).trafficLights.value).toBe('60,80');
    await ok(finance.put('/api/settings', { orgId: u1, year: 2020, key: 'traffic-lights', value: null }));
    expect((await ok(unit.get(`/api/plans/${july.id}`))).lights.budget.light).toBe('red');

    // The monitoring form's other exports; a draft is its unit's alone.
    expect((await dept.get(`/api/plans/${july.id}/export?format=pdf`)).status).toBe(404);
    for (const [format, mime] of [['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['pdf', 'application/pdf'], ['html', 'text/html; charset=utf-8']]) {
      const r = await unit.get(`/api/plans/${july.id}/export?format=${format}`);
      expect([r.status, r.headers.get('content-type')], format).toEqual([200, mime]);
    }
    const html = (await unit.get(`/api/plans/${july.id}/export?format=html`)).body as string;
    expect(html).toContain('项目支出绩效运行监控表');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('>红灯</td>');
  });

  it('imports a 申报表 file (xlsx, docx, pdf) as a new draft target form of the unit; bad files are a 400 naming the cell', async () => {
    const form = { ...seedTargetForm1(), projectName: '导入的申报表' };
    const xlsx = (await exportTargetForms([form], 'xlsx')) as Uint8Array;
    const r = await ok(upload(unit, xlsx, '申报表.xlsx'), 201);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'target', status: 'draft', version: 1, orgId: api.orgs.get('unit1'), projectName: '导入的申报表', issues: [] });
    expect(r.items[0].form).toEqual(form);
    expect(r.notes).toEqual([]);
    // It is a draft like one filed by hand: listed, readable, editable, with the target-time review.
    expect((await ok(unit.get('/api/plans?kind=target&year=2020'))).items.map((i: { id: number }) => i.id)).toContain(r.items[0].id);
    expect(r.items[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('target-unmeasurable');
    // A preview reads and checks the file and stores nothing: the unit saves what it looked over as a draft.
    const before = (await ok(unit.get('/api/plans?kind=target&year=2020'))).total;
    const preview = await ok(upload(unit, xlsx, '申报表.xlsx', '?preview=1'), 200);
    expect(preview).toEqual({ forms: [form], notes: [], file: '申报表.xlsx' });
    expect((await ok(unit.get('/api/plans?kind=target&year=2020'))).total).toBe(before);
    const badPreview = await upload(unit, (await exportForms([seedForm1()], 'xlsx')) as Uint8Array, '自评表.xlsx', '?preview=1');
    expect([badPreview.status, badPreview.body.importError.code]).toEqual([400, 'not-target-form']);
    expect((await upload(unit, xlsx, 'x.xlsx', '?preview=yes')).body.error).toMatchObject({ code: 'invalid-query', path: 'preview' });
    expect((await upload(finance, xlsx, 'x.xlsx', '?preview=1')).status).toBe(403);
    const docx = (await exportTargetForms([{ ...form, projectName: '导入的docx' }], 'docx')) as Uint8Array;
    expect((await ok(upload(unit, docx, 'a.docx'), 201)).items[0].form.projectName).toBe('导入的docx');

    // Where the file cannot be read: the error code and cell, as a 400.
    const selfEval = await upload(unit, (await exportForms([seedForm1()], 'xlsx')) as Uint8Array, '自评表.xlsx');
    expect([selfEval.status, selfEval.body.error.code, selfEval.body.importError.code]).toEqual([400, 'invalid-body', 'not-target-form']);
    expect(selfEval.body.importError.location).toMatch(/!E\d+$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    wb.worksheets[0].getCell('D5').value = '约三十万';
    const badMoney = await upload(unit, new Uint8Array(await wb.xlsx.writeBuffer()), 'bad.xlsx');
    expect([badMoney.status, badMoney.body.importError.code, badMoney.body.importError.location]).toEqual([400, 'bad-amount', `${wb.worksheets[0].name}!D5`]);
    // A PDF with a text layer (as the provincial systems print it) is read too; a text file is not a 申报表 format.
    const pdf = await ok(upload(unit, (await exportTargetForms([{ ...form, projectName: '导入的pdf' }], 'pdf')) as Uint8Array, 'a.pdf'), 201);
    expect(pdf.items[0].form).toEqual({ ...form, projectName: '导入的pdf' });
    const txt = await upload(unit, '项目名称\t乡村道路\n', 'a.txt');
    expect([txt.status, txt.body.importError.code]).toEqual([400, 'target-format']);
    const junk = await upload(unit, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'broken.xlsx');
    expect(junk.status).toBe(400);
    const none = await unit.post('/api/target-forms/import', new FormData());
    expect(none.status).toBe(400);

    // Access as for filing one: the unit's editor into its own unit; not another unit, not a reviewer.
    expect((await upload(unit, xlsx, 'x.xlsx', `?orgId=${api.orgs.get('unit2')}`)).status).toBe(403);
    expect((await upload(dept, xlsx, 'x.xlsx', `?orgId=${api.orgs.get('unit1')}`)).status).toBe(403);
    expect((await upload(finance, xlsx, 'x.xlsx')).status).toBe(403);
    expect((await upload(unit, xlsx, 'x.xlsx', '?orgId=abc')).body.error.code).toBe('invalid-query');
  });

  it('recomputes the self-evaluation’s stored findings when its monitoring is filed, approved or returned afterwards', async () => {
    const t = await approvedTarget('后监控的项目');
    const [unitUser, deptUser, financeUser] = await Promise.all([unit, dept, finance].map(async (c) => (await ok(c.get('/api/session'))).user.id));
    const ev = await ok(unit.post(`/api/target-forms/${t.id}/evaluation`), 201);
    // Filled with seed form 1's results: full marks on row 1, with no monitoring yet.
    const seed = seedForm1();
    const filled = structuredClone(ev.evaluation);
    filled.indicators = filled.indicators.map((x: object, i: number) => ({ ...x, actual: seed.indicators[i].actual, score: seed.indicators[i].score, deviation: seed.indicators[i].deviation }));
    const saved = await ok(unit.put(`/api/forms/${ev.id}`, { version: ev.version, evaluation: filled }));
    const contradicted = (f: { findings: { ruleId: string; path: string }[] }) => f.findings.filter((x) => x.ruleId === 'monitoring-contradicted').map((x) => x.path);
    expect(contradicted(saved)).toEqual([]);
    const listed = async () => (await ok(unit.get('/api/forms?year=2020&rule=monitoring-contradicted'))).items.map((i: { id: number }) => i.id);
    expect(await listed()).not.toContain(ev.id);

    // July monitoring filed afterwards says row 1 is impossible: the stored findings follow at once.
    // (Row 0: 8 of ≥20 by July is 40% against 58.33% of the year, 68.6% of the expectation.)
    const july = await julyMonitoring(t.id, '8家');
    expect(contradicted(await ok(unit.get(`/api/forms/${ev.id}`)))).toEqual([]);
    const submitted = await ok(act(unit, july, 'submit'));
    const after = await ok(unit.get(`/api/forms/${ev.id}`));
    expect(contradicted(after)).toEqual(['indicators[1].score']);
    // Not an edit of the form: same version, and the rule filter and counts see it.
    expect(after.version).toBe(saved.version);
    expect(await listed()).toContain(ev.id);
    // Beside the self-evaluation, the lights use the thresholds in force: 68.6% is yellow by default, green from 60%.
    const lightOf0 = async () => (await ok(unit.get(`/api/forms/${ev.id}/cycle`))).beside[0].monitoring.light;
    expect(await lightOf0()).toBe('yellow');
    await ok(finance.put('/api/settings', { orgId: api.orgs.get('unit1'), year: 0, key: 'traffic-lights', value: '50,60' }));
    expect(await lightOf0()).toBe('green');
    await ok(finance.put('/api/settings', { orgId: api.orgs.get('unit1'), year: 0, key: 'traffic-lights', value: null }));
    const approved = await ok(act(dept, submitted, 'approve'));
    expect(contradicted(await ok(unit.get(`/api/forms/${ev.id}`)))).toEqual(['indicators[1].score']);
    // Finance returns the monitoring: it no longer counts, and the finding goes.
    await ok(act(finance, approved, 'return', '数据有误，请核实'));
    expect(contradicted(await ok(unit.get(`/api/forms/${ev.id}`)))).toEqual([]);
    expect(await listed()).not.toContain(ev.id);
    // Each refresh is audited against the form (finance's audit view hides a draft's entries: read the table).
    const audit = await api.t.database.db.selectFrom('audit').select(['user_id', 'detail']).where('action', '=', 'form.findings-refreshed').where('form_id', '=', ev.id).orderBy('id').execute();
    expect(audit.map((a) => [a.user_id, JSON.parse(a.detail).monitoringId])).toEqual([unitUser, deptUser, financeUser].map((u) => [u, july.id]));
  });
});

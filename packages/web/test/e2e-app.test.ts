/**
 * End to end, issue 12 (the app, finished): the 复核 numbers (execution score counted, funds row
 * re-scored, 复核等级 shown and published), the three score names, and the editor, list and
 * workflow fixes, each asserted with the figures a user sees.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RULES, type Evaluation } from '@jixiao/core';
import { DEMO_PASSWORD } from '@jixiao/server';
import { seedForm1 } from '../../core/src/testing/seed-forms';
import { newForm, poll, STEP, useE2E } from './harness';
import { effectiveLevels } from '../src/editor/rows';
import { listTemplates } from '@jixiao/core';

const server = useE2E('jixiao-e2e-app-');
const { login } = server;
const status = (page: Page) => page.getByTestId('form-status');

/** Call the API as the page's user (session cookie and CSRF token). */
async function call(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return page.evaluate(
    async ({ method, path, body }) => {
      const s = await (await fetch('/api/session')).json();
      const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken ?? s.user?.csrfToken ?? '' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** A mof-2020 form: indicators worth 90 (claimed 84) + 预算执行率 10 (claimed 9.5) = 93.5, 优. */
function countedForm(name: string): Evaluation {
  const ev = seedForm1();
  const row = (level1: string, level2: string, n: string, weight: number, score: number) => ({ level1, level2, name: n, target: '≥10家', actual: '10家', weight, score, deviation: '' });
  return {
    ...ev,
    projectName: name,
    template: 'mof-2020',
    funds: { ...ev.funds, total: { ...ev.funds.total, weight: 10, rate: '95%', score: 9.5 } },
    indicators: [row('产出指标', '数量指标', '服务企业数', 30, 30), row('产出指标', '质量指标', '验收合格率', 20, 18), row('效益指标', '社会效益指标', '带动就业', 30, 26), row('满意度指标', '服务对象满意度指标', '满意率', 10, 10)],
    total: { weight: 100, score: 93.5 },
  };
}

/** Create a form as the unit, submit it, and have the department approve it; returns its id. */
async function approvedForm(name: string): Promise<number> {
  const unit = await login('unit1');
  const created = await call(unit, 'POST', '/api/forms', { evaluation: countedForm(name) });
  expect(created.status).toBe(201);
  const id = created.body.id as number;
  expect((await call(unit, 'POST', `/api/forms/${id}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
  const dept = await login('dept1');
  expect((await call(dept, 'POST', `/api/forms/${id}/transition`, { version: 2, action: 'approve' })).status).toBe(200);
  return id;
}

describe.skipIf(!server.runs)('web app end to end: issue 12', () => {
  it('1 · the 复核 total counts the execution score, finance re-scores the funds row, the 复核等级 is shown and published', async () => {
    const name = '复核执行率计分项目';
    const id = await approvedForm(name);
    const finance = await login('finance1');
    await finance.goto(`${server.url}/forms/${id}`);
    await finance.getByTestId('finance-review').click();
    await expect(finance.getByTestId('funds-claimed').textContent()).resolves.toBe('9.5');
    // Nothing re-scored yet: the unit's own 93.5, 优.
    await expect(finance.getByTestId('review-total').textContent()).resolves.toBe('93.5');
    await finance.getByTestId('review-score-0').fill('27');
    await finance.getByTestId('review-reason-0').fill('佐证材料不足');
    await finance.getByTestId('review-score-2').fill('24');
    await finance.getByTestId('review-reason-2').fill('效益未量化');
    // 84 − 5 = 79 on the indicators, plus the execution score 9.5 = 88.5 (not 79), 良.
    await poll(async () => finance.getByTestId('review-total').textContent()).toBe('88.5');
    await expect(finance.getByTestId('review-grade').textContent()).resolves.toBe('良');
    await finance.getByTestId('review-score-funds').fill('8');
    await finance.getByTestId('review-reason-funds').fill('执行率按决算数为80%');
    await poll(async () => finance.getByTestId('review-total').textContent()).toBe('87');
    await finance.getByTestId('save-review').click();
    await finance.getByTestId('action-comment').fill('抽查复核');
    await finance.locator('#confirm-action').click();
    await poll(async () => status(finance).textContent()).toBe('财政已复核');
    await finance.reload();
    await finance.getByTestId('paper').waitFor();
    await expect(finance.getByTestId('review-total').textContent()).resolves.toBe('87');
    await expect(finance.getByTestId('review-grade').textContent()).resolves.toBe('良');
    await expect(finance.getByTestId('review-score-funds').textContent()).resolves.toBe('8');
    const stored = (await call(finance, 'GET', `/api/forms/${id}`)).body;
    expect(stored.financeReview).toMatchObject({ total: 87, grade: '良' });

    // A score keyed to a row that does not exist is refused.
    const bad = await call(finance, 'POST', `/api/forms/${id}/transition`, { version: stored.version, action: 'finance-review', financeReview: { scores: { '7': { score: 1, reason: '无此行' } } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.path).toBe('financeReview.scores.7');

    // The form has an error-level finding (执行率 printed 95%, computed 100%): publishing asks first.
    await finance.getByTestId('publish').click();
    await finance.locator('#confirm-with-errors').click();
    await poll(async () => status(finance).textContent()).toBe('已公开');

    // The public page: self 93.5 / 优 and 复核 87 / 良 side by side, no machine score.
    const pub = await server.newPage();
    await pub.goto(`${server.url}/public`);
    const row = pub.getByTestId('public-list').locator('tr', { has: pub.getByRole('link', { name }) });
    await row.waitFor();
    await expect(row.locator('td').allTextContents()).resolves.toEqual([name, '昌吉州中小企业发展服务中心', '2020', '93.5', '87', '优', '良']);
    await row.getByRole('link', { name }).click();
    await pub.getByTestId('public-form').waitFor();
    await expect(pub.getByTestId('review-total').textContent()).resolves.toBe('87');
    await expect(pub.getByTestId('review-grade').textContent()).resolves.toBe('良');
    await expect(pub.getByTestId('grade-claimed').textContent()).resolves.toBe('优');
    await expect(pub.locator('[data-testid^=proven-]').count()).resolves.toBe(0);
    await expect(pub.getByTestId('public-form').textContent()).resolves.not.toContain('机审参考');
  }, STEP);

  it('2 · names the three scores 自评得分 / 机审参考分 / 复核得分; the gap panel uses 复核; charts and filters show rule titles', async () => {
    const finance = await login('finance1');
    await finance.goto(`${server.url}/forms`);
    await finance.locator('[data-testid=form-list] tbody tr.ant-table-row').first().waitFor();
    const heads = await finance.locator('[data-testid=form-list] thead th').allTextContents();
    expect(heads).toEqual(expect.arrayContaining(['自评得分', '机审参考分', '复核得分']));
    expect(heads.join()).not.toContain('核定');
    await finance.getByTestId('list-review-total').first().waitFor();
    await expect(finance.getByTestId('list-review-total').first().textContent()).resolves.toBe('87 良');

    await finance.goto(`${server.url}/dashboard`);
    const gaps = finance.locator('.ant-card').filter({ hasText: '复核得分差距最大' });
    const gapRow = gaps.locator('tr', { hasText: '复核执行率计分项目' });
    await gapRow.waitFor();
    // 自评 93.5, 复核 87: the gap is 6.5 (against the machine's estimate it would differ).
    const cells = await gapRow.locator('td').allTextContents();
    expect(cells[0]).toBe('复核执行率计分项目');
    expect(cells[1]).toBe('93.5');
    expect(cells[2]).toBe('87');
    expect(cells[4]).toBe('6.5');
    // The findings chart's axis names rules by title (truncated to fit), never by id.
    await finance.getByTestId('chart-findings').locator('svg').waitFor();
    const titles = RULES.map((r) => r.docs.title.zh);
    const axis = (await finance.getByTestId('chart-findings').locator('svg text').allTextContents()).filter((l) => !/^\d+$/.test(l));
    expect(axis.length).toBeGreaterThan(0);
    for (const l of axis) expect(titles.some((title) => title.startsWith(l.replace(/(\.\.\.|…)$/, '')))).toBe(true);

    const rule = RULES[0];
    await finance.goto(`${server.url}/forms?rule=${rule.id}`);
    await expect(finance.getByTestId('filter-rule').textContent()).resolves.toBe(`审核规则：${rule.docs.title.zh}`);
  }, STEP);

  it('7 · 合并并保存 saves the merged form: the server has my text and a new version without another click', async () => {
    const unit = await login('unit1');
    const created = await call(unit, 'POST', '/api/forms', { evaluation: countedForm('合并保存项目') });
    const id = created.body.id as number;
    const a = await login('unit1');
    const b = await login('unit1');
    for (const p of [a, b]) {
      await p.goto(`${server.url}/forms/${id}`);
      await p.getByTestId('paper').waitFor();
    }
    await a.getByTestId('indicators[0].deviation').fill('A的说明');
    await a.getByTestId('save').click();
    await poll(async () => (await call(a, 'GET', `/api/forms/${id}`)).body.version).toBe(2);
    await b.getByTestId('indicators[0].deviation').fill('B的说明');
    await b.getByTestId('indicators[1].deviation').fill('B另改');
    await b.getByTestId('save').click();
    await b.getByTestId('conflict-table').getByText('保留我的').click();
    await b.locator('#merge-ok').click();
    await poll(async () => (await call(b, 'GET', `/api/forms/${id}`)).body.version).toBe(3);
    const ev = (await call(b, 'GET', `/api/forms/${id}`)).body.evaluation as Evaluation;
    expect(ev.indicators.slice(0, 2).map((i) => i.deviation)).toEqual(['B的说明', 'B另改']);
    await poll(async () => b.getByTestId('save').isDisabled()).toBe(true);
  }, STEP);

  it('6 · a cell that does not parse blocks saving, with a message at the cell', async () => {
    const unit = await login('unit1');
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: countedForm('无效输入项目') })).body.id as number;
    await unit.goto(`${server.url}/forms/${id}`);
    await unit.getByTestId('paper').waitFor();
    await unit.getByTestId('indicators[1].deviation').fill('已说明');
    await unit.getByTestId('indicators[1].score').fill('十分');
    await expect(unit.getByTestId('error-indicators[1].score').textContent()).resolves.toBe('请输入数字，如 9.5');
    await unit.getByTestId('save').click();
    await unit.locator('.ant-message-notice').filter({ hasText: '有 1 个单元格的内容无法识别，请先改正再保存' }).waitFor();
    await expect(unit.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('indicators[1].score');
    // Nothing reached the server.
    expect((await call(unit, 'GET', `/api/forms/${id}`)).body.version).toBe(1);
    await unit.getByTestId('indicators[1].score').fill('17.5');
    await expect(unit.getByTestId('error-indicators[1].score').count()).resolves.toBe(0);
    await unit.getByTestId('save').click();
    await poll(async () => (await call(unit, 'GET', `/api/forms/${id}`)).body.version).toBe(2);
    const ev = (await call(unit, 'GET', `/api/forms/${id}`)).body.evaluation as Evaluation;
    expect([ev.indicators[1].score, ev.indicators[1].deviation]).toEqual([17.5, '已说明']);
  }, STEP);

  it('5 · the unit deletes a draft (editor and list) and withdraws a submission the department has not acted on', async () => {
    const unit = await login('unit1');
    const mk = async (name: string) => (await call(unit, 'POST', '/api/forms', { evaluation: countedForm(name) })).body.id as number;
    const [a, b, c] = [await mk('删除草稿甲'), await mk('删除草稿乙'), await mk('撤回项目丙')];
    await unit.goto(`${server.url}/forms/${a}`);
    await unit.getByTestId('paper').waitFor();
    await unit.getByTestId('delete-form').click();
    await unit.locator('#confirm-delete').click();
    await poll(() => new URL(unit.url()).pathname).toBe('/forms');
    expect((await call(unit, 'GET', `/api/forms/${a}`)).status).toBe(404);

    await unit.goto(`${server.url}/forms?q=${encodeURIComponent('删除草稿乙')}`);
    const rows = unit.locator('[data-testid=form-list] tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(1);
    await rows.first().locator('input[type=checkbox]').check();
    await unit.getByTestId('bulk-delete').click();
    await unit.locator('#confirm-bulk-delete').click();
    await poll(async () => (await call(unit, 'GET', `/api/forms/${b}`)).status).toBe(404);

    expect((await call(unit, 'POST', `/api/forms/${c}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
    await unit.goto(`${server.url}/forms/${c}`);
    await poll(async () => status(unit).textContent()).toBe('已提交');
    await expect(unit.getByTestId('delete-form').count()).resolves.toBe(0);
    await unit.getByTestId('withdraw').click();
    await unit.locator('#confirm-withdraw').click();
    await poll(async () => status(unit).textContent()).toBe('草稿');
    await unit.getByTestId('save').waitFor(); // editable again
    // Once the department has approved, there is nothing to withdraw.
    expect((await call(unit, 'POST', `/api/forms/${c}/transition`, { version: 3, action: 'submit' })).status).toBe(200);
    const dept = await login('dept1');
    expect((await call(dept, 'POST', `/api/forms/${c}/transition`, { version: 4, action: 'approve' })).status).toBe(200);
    await unit.reload();
    await poll(async () => status(unit).textContent()).toBe('主管部门已审核');
    await expect(unit.getByTestId('withdraw').count()).resolves.toBe(0);
    expect((await call(unit, 'POST', `/api/forms/${c}/transition`, { version: 5, action: 'withdraw' })).status).toBe(409);
  }, STEP);

  it('3 · 新建表单 asks year, project and shows the template finance set for the unit and year', async () => {
    const year = new Date().getFullYear() - 2;
    const funds20 = listTemplates().find((tp) => tp.id === 'funds-20')!.name.zh;
    const finance = await login('finance1');
    await finance.goto(`${server.url}/settings`);
    await finance.getByTestId('settings-year').click();
    await finance.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${year}$`) }).click();
    const deptRow = finance.getByTestId('settings-templates').locator('tr', { hasText: '昌吉州工业和信息化局' });
    await deptRow.locator('.ant-select').click();
    await finance.locator('.ant-select-item-option').filter({ hasText: funds20 }).click();
    await poll(async () => (await call(finance, 'GET', '/api/settings')).body.items.length).toBe(1);

    const unit = await login('unit1');
    await unit.goto(`${server.url}/forms`);
    await unit.getByTestId('new-form').click();
    const dialog = unit.getByTestId('new-form-dialog');
    await dialog.waitFor();
    await unit.getByTestId('new-form-year').click();
    await unit.locator('.ant-select-item-option').filter({ hasText: `（${year}年度）` }).click();
    await poll(async () => unit.getByTestId('new-form-template').textContent()).toBe(`${funds20} 财政部门设定`);
    // A project name is required.
    await unit.locator('#new-form-ok').click();
    await dialog.getByText('请填写项目名称').waitFor();
    await unit.getByTestId('new-form-project').fill('新建对话框项目');
    await unit.locator('#new-form-ok').click();
    await unit.getByTestId('paper').waitFor();
    await expect(unit.locator('.jx-sheet-year').textContent()).resolves.toBe(`（${year}年度）`);
    await expect(unit.getByTestId('projectName').inputValue()).resolves.toBe('新建对话框项目');
    await expect(unit.getByTestId('template-select').locator('.ant-select-content, .ant-select-selection-item').first().textContent()).resolves.toBe(funds20);
    await poll(async () => unit.getByTestId('template-select').getAttribute('class')).toContain('disabled');
    // It starts from the template's skeleton: 产出 (4 二级) / 效益 (4) / 满意度 (1).
    const l1 = await unit.locator('.jx-indicators tr[data-row] td.jx-merged').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-path'), (td.querySelector('textarea') as HTMLTextAreaElement | null)?.value ?? td.textContent]));
    expect(l1.filter(([p]) => p!.endsWith('.level1')).map(([, v]) => v)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(l1.filter(([p]) => p!.endsWith('.level2')).map(([, v]) => v)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标']);
    const id = new URL(unit.url()).pathname.split('/').pop();
    const saved = (await call(unit, 'GET', `/api/forms/${id}`)).body;
    expect([saved.year, saved.template, saved.evaluation.indicators.length]).toEqual([year, 'funds-20', 9]);
  }, STEP);

  it('4 · rows go under a chosen 一级/二级 or a new one, move, and are removed with undo; a new form has 效益 and 满意度 rows', async () => {
    const unit = await login('unit1');
    await unit.goto(`${server.url}/forms`);
    await newForm(unit, '指标增删项目', { skeleton: true });
    const rows = unit.locator('.jx-indicators tr[data-row]');
    await poll(() => rows.count()).toBe(9);
    const levels = async () => {
      const id = new URL(unit.url()).pathname.split('/').pop();
      const ev = (await call(unit, 'GET', `/api/forms/${id}`)).body.evaluation as Evaluation;
      return { names: ev.indicators.map((r) => r.name), eff: effectiveLevels(ev.indicators).map((e) => `${e.level1}/${e.level2}`) };
    };
    // Name two rows, then add one under 效益指标 / 社会效益指标 (not the last block, 满意度).
    await unit.getByTestId('indicators[5].name').fill('带动就业人数');
    await unit.getByTestId('indicators[8].name').fill('服务对象满意率');
    await unit.getByTestId('add-under').click();
    await unit.getByTestId('add-under-level1').locator('input').fill('效益指标');
    await unit.getByTestId('add-under-level2').locator('input').fill('社会效益指标');
    await unit.getByTestId('add-under-ok').click();
    await poll(() => rows.count()).toBe(10);
    await unit.getByTestId('indicators[6].name').fill('新增社会效益');
    // And a brand-new 一级.
    await unit.getByTestId('add-under').click();
    await unit.getByTestId('add-under-level1').locator('input').fill('成本指标');
    await unit.getByTestId('add-under-level2').locator('input').fill('经济成本指标');
    await unit.getByTestId('add-under-ok').click();
    await poll(() => rows.count()).toBe(11);
    await unit.getByTestId('indicators[10].name').fill('单位成本');
    // Move 新增社会效益 up above 带动就业人数; remove 服务对象满意率, undo, remove the cost row for good.
    await unit.getByTestId('move-up-6').click();
    await unit.getByTestId('remove-9').click();
    await poll(() => rows.count()).toBe(10);
    await unit.getByTestId('undo-remove').click();
    await poll(() => rows.count()).toBe(11);
    await expect(unit.getByTestId('indicators[9].name').inputValue()).resolves.toBe('服务对象满意率');
    await unit.getByTestId('remove-10').click();
    await poll(() => rows.count()).toBe(10);
    await unit.getByTestId('save').click();
    await poll(async () => (await levels()).names.filter(Boolean)).toEqual(['新增社会效益', '带动就业人数', '服务对象满意率']);
    const { names, eff } = await levels();
    const at = (name: string) => eff[names.indexOf(name)];
    expect([at('新增社会效益'), at('带动就业人数'), at('服务对象满意率')]).toEqual(['效益指标/社会效益指标', '效益指标/社会效益指标', '满意度指标/服务对象满意度指标']);
    expect(eff).toHaveLength(10);
  }, STEP);

  it('9 · submitting with error-level findings asks first and lists them; finance can make errors block', async () => {
    const unit = await login('unit1');
    const mk = async (name: string) => (await call(unit, 'POST', '/api/forms', { evaluation: { ...seedForm1(), projectName: name } })).body as { id: number; findings: { severity: string }[] };
    const a = await mk('带错误提交甲');
    const errors = a.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    await unit.goto(`${server.url}/forms/${a.id}`);
    await unit.getByTestId('submit').click();
    const list = unit.getByTestId('confirm-errors');
    await list.waitFor();
    await expect(list.locator('li').count()).resolves.toBe(errors);
    await expect(unit.locator('.ant-modal-confirm-title').textContent()).resolves.toBe(`表中有 ${errors} 个错误，仍要提交？`);
    await unit.locator('#cancel-with-errors').click();
    await expect(status(unit).textContent()).resolves.toBe('草稿');
    await unit.getByTestId('submit').click();
    await unit.locator('#confirm-with-errors').click();
    await poll(async () => status(unit).textContent()).toBe('已提交');

    const finance = await login('finance1');
    await finance.goto(`${server.url}/settings`);
    await finance.getByTestId('errors-block').click();
    await poll(async () => (await call(finance, 'GET', '/api/settings/effective?year=2020')).body.errorsBlock.value).toBe(true);
    const b = await mk('带错误提交乙');
    await unit.goto(`${server.url}/forms/${b.id}`);
    await unit.getByTestId('submit').click();
    await unit.getByText('财政部门已设定：表中有错误级审核发现时不能提交或公开。请先改正以下问题。').waitFor();
    await expect(unit.getByTestId('confirm-errors').locator('li').count()).resolves.toBe(errors);
    await unit.locator('#close-errors').click();
    await expect(status(unit).textContent()).resolves.toBe('草稿');
    const refused = await call(unit, 'POST', `/api/forms/${b.id}/transition`, { version: 1, action: 'submit' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'findings-block']);
    await finance.getByTestId('errors-block').click();
    await poll(async () => (await call(finance, 'GET', '/api/settings/effective?year=2020')).body.errorsBlock.value).toBe(false);
  }, STEP);

  it('8 · importing the same forms from another format finds them and replaces, keeps both or skips each', async () => {
    const unit = await login('unit1');
    const list = (await call(unit, 'GET', `/api/forms?q=${encodeURIComponent('银河培训')}`)).body.items as { id: number; version: number }[];
    const original = list.find((x) => x.version >= 1)!;
    const ev = (await call(unit, 'GET', `/api/forms/${original.id}`)).body.evaluation as Evaluation;
    const changed = { ...ev, goals: { ...ev.goals, actual: '换成 JSON 后修订的完成情况' } };
    const kc = (await call(unit, 'GET', `/api/forms?q=${encodeURIComponent('创客中国')}`)).body.items as { id: number }[];
    const kcEv = (await call(unit, 'GET', `/api/forms/${kc[0].id}`)).body.evaluation as Evaluation;
    const before = (await call(unit, 'GET', '/api/forms?pageSize=200')).body.total as number;
    await unit.goto(`${server.url}/import`);
    await unit.locator('input[type=file]').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([changed, kcEv])) });
    await unit.getByTestId('import-preview').click();
    await poll(() => unit.getByTestId('import-form').count()).toBe(2);
    await expect(unit.getByTestId('import-duplicates').textContent()).resolves.toContain('有 2 张表此前已导入过');
    await unit.getByTestId('import-decision-0-0').getByText('作为新版本替换').click();
    // The second stays 跳过 (the default).
    await unit.getByTestId('import-save').click();
    await poll(async () => (await call(unit, 'GET', `/api/forms/${original.id}`)).body.evaluation.goals.actual).toBe('换成 JSON 后修订的完成情况');
    expect((await call(unit, 'GET', `/api/forms/${original.id}`)).body.version).toBe(original.version + 1);
    expect((await call(unit, 'GET', '/api/forms?pageSize=200')).body.total).toBe(before);
    // Keep both: a new form beside the old (one form saved opens it in the editor; come back).
    await unit.goto(`${server.url}/import`);
    await unit.locator('input[type=file]').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([changed, kcEv])) });
    await unit.getByTestId('import-preview').click();
    await poll(() => unit.getByTestId('import-form').count()).toBe(2);
    await unit.getByTestId('import-decision-0-1').getByText('保留两份').click();
    await unit.getByTestId('import-save').click();
    await poll(async () => (await call(unit, 'GET', '/api/forms?pageSize=200')).body.total).toBe(before + 1);
  }, STEP);

  it('11 · the administrator manages users, organisations and reads the audit log; unknown routes say not found; an expired session re-logs in keeping edits', async () => {
    const admin = await login('orgadmin');
    await admin.goto(`${server.url}/admin/users`);
    const table = admin.getByTestId('users-table');
    await table.locator('tr', { hasText: 'unit3' }).waitFor();
    // Create a user at a unit.
    await admin.getByTestId('user-new').click();
    await admin.locator('#user-username').fill('clerk9');
    await admin.locator('#user-name').fill('新填报员');
    await admin.locator('#user-org').click();
    await admin.locator('.ant-select-item-option').filter({ hasText: '昌吉州第一中学' }).click();
    await admin.locator('#user-role').click();
    await admin.locator('.ant-select-item-option').filter({ hasText: '实施单位填报' }).click();
    await admin.locator('#user-password').fill('clerk-pass-9');
    await admin.locator('#user-create-ok').click();
    await table.locator('tr', { hasText: 'clerk9' }).waitFor();
    const clerk = await server.newPage();
    const loginAs = async (p: Page, password: string) => {
      await p.goto(`${server.url}/login`);
      await p.locator('#username').fill('clerk9');
      await p.locator('#password').fill(password);
      await p.getByTestId('login-submit').click();
    };
    await loginAs(clerk, 'clerk-pass-9');
    await clerk.getByTestId('current-user').waitFor();
    // Disable: the clerk's session ends and a login is refused; reset the password and re-enable.
    await admin.getByTestId('user-active-clerk9').click();
    await table.locator('tr', { hasText: 'clerk9' }).getByText('已停用').waitFor();
    expect((await clerk.evaluate(async () => (await fetch('/api/session')).status))).toBe(401);
    await admin.getByTestId('user-reset-clerk9').click();
    await admin.locator('#reset-password').fill('clerk-pass-10');
    await admin.locator('#user-reset-ok').click();
    await admin.getByTestId('user-active-clerk9').click();
    await poll(async () => table.locator('tr', { hasText: 'clerk9' }).getByText('已停用').count()).toBe(0);
    const clerk2 = await server.newPage();
    await loginAs(clerk2, 'clerk-pass-10');
    await clerk2.getByTestId('current-user').waitFor();
    // A password the admin set must be changed first: the app opens the password page, and any other address leads back to it.
    await clerk2.getByTestId('must-change-password').waitFor();
    expect(new URL(clerk2.url()).pathname).toBe('/account');
    await clerk2.goto(`${server.url}/forms`);
    await clerk2.getByTestId('must-change-password').waitFor();
    expect(new URL(clerk2.url()).pathname).toBe('/account');
    await clerk2.locator('#pw-current').fill('clerk-pass-10');
    await clerk2.locator('#pw-next').fill('clerk-own-pass-11');
    await clerk2.locator('#pw-again').fill('clerk-own-pass-11');
    await clerk2.getByTestId('password-save').click();
    await clerk2.getByTestId('password-changed').waitFor();
    expect(await clerk2.getByTestId('must-change-password').count()).toBe(0);
    await clerk2.goto(`${server.url}/forms`);
    await clerk2.getByTestId('form-list').waitFor();

    // The organisation tree: add a unit under 教育局.
    await admin.goto(`${server.url}/admin/orgs`);
    await admin.getByTestId('org-tree').getByText('昌吉州教育局（主管部门）').click();
    await expect(admin.getByTestId('org-parent').textContent()).resolves.toBe('昌吉州教育局');
    await admin.locator('#org-name').fill('昌吉州第二中学');
    await admin.getByTestId('org-add').click();
    await admin.getByTestId('org-tree').getByText('昌吉州第二中学（实施单位）').waitFor();

    // The audit log: newest first, filtered by action, paged.
    await admin.goto(`${server.url}/admin/audit?pageSize=3`);
    const rows = admin.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    await admin.getByTestId('audit-action').click();
    await admin.locator('.ant-select-item-option').filter({ hasText: /^user\.\*$/ }).click();
    // Three a page, newest first: the clerk's own password change, two of the three updates (disable, reset, enable); the last update and the creation on page 2.
    await poll(async () => (await rows.locator('td:nth-child(3)').allTextContents()).join()).toBe('user.password,user.update,user.update');
    const first = await rows.first().locator('td').first().textContent();
    await admin.getByTestId('audit-next').click();
    await poll(async () => admin.getByTestId('audit-page').textContent()).toBe('第 2 页');
    await poll(async () => (await rows.locator('td:nth-child(3)').allTextContents()).join()).toBe('user.update,user.create');
    await expect(admin.getByTestId('audit-next').isDisabled()).resolves.toBe(true);
    await admin.getByTestId('audit-prev').click();
    await poll(async () => rows.first().locator('td').first().textContent()).toBe(first);

    // Not found, not a spinner.
    await admin.goto(`${server.url}/no/such/page`);
    await admin.getByText('没有这个页面。').waitFor();
    await admin.goto(`${server.url}/forms/99999999`);
    await admin.locator('.ant-alert-error').waitFor();

    // Own password, changed again when nothing asks for it.
    await clerk2.goto(`${server.url}/account`);
    await clerk2.locator('#pw-current').fill('clerk-own-pass-11');
    await clerk2.locator('#pw-next').fill('clerk-pass-12');
    await clerk2.locator('#pw-again').fill('clerk-pass-12');
    await clerk2.getByTestId('password-save').click();
    await clerk2.getByTestId('password-changed').waitFor();

    // Session expiry while editing: the dialog logs in again over the page; the edit is kept and saved.
    const unit = await login('unit1');
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: countedForm('会话过期项目') })).body.id as number;
    await unit.goto(`${server.url}/forms/${id}`);
    await unit.getByTestId('indicators[0].deviation').fill('过期前写的说明');
    await unit.context().clearCookies();
    await unit.getByTestId('save').click();
    await unit.getByText('请重新登录。本页和未保存的修改都会保留，登录后再保存即可。').waitFor();
    await unit.locator('#relogin-password').fill(DEMO_PASSWORD);
    await unit.getByTestId('relogin-submit').click();
    await poll(() => unit.locator('#relogin-password').count()).toBe(0);
    await expect(unit.getByTestId('indicators[0].deviation').inputValue()).resolves.toBe('过期前写的说明');
    await unit.getByTestId('save').click();
    await poll(async () => (await call(unit, 'GET', `/api/forms/${id}`)).body.evaluation.indicators[0].deviation).toBe('过期前写的说明');
  }, STEP);

  it('10 · 待办 shows what waits for each role with counts; a unit is notified when its form is returned', async () => {
    const unit = await login('unit1');
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: countedForm('待办通知项目') })).body.id as number;
    expect((await call(unit, 'POST', `/api/forms/${id}/transition`, { version: 1, action: 'submit' })).status).toBe(200);
    const total = async (page: Page, status: string) => (await call(page, 'GET', `/api/forms?status=${status}&pageSize=1`)).body.total as number;

    const dept = await login('dept1');
    const toReview = await total(dept, 'submitted');
    expect(toReview).toBeGreaterThan(0);
    await poll(async () => dept.getByTestId('todo-total').textContent()).toBe(String(toReview));
    await dept.getByTestId('nav-todo').click();
    await poll(async () => dept.getByTestId('todo-count-submitted').textContent()).toBe(String(toReview));
    await dept.getByTestId('todo-submitted').getByRole('link', { name: '待办通知项目' }).click();
    await dept.getByTestId('paper').waitFor();
    await dept.getByTestId('return').click();
    await dept.getByTestId('action-comment').fill('请补充满意度调查依据');
    await dept.locator('#confirm-action').click();
    await poll(async () => status(dept).textContent()).toBe('已退回');

    await unit.goto(`${server.url}/todo`);
    const returned = await total(unit, 'returned');
    await poll(async () => unit.getByTestId('todo-count-returned').textContent()).toBe(String(returned));
    await poll(async () => unit.getByTestId('todo-count-draft').textContent()).toBe(String(await total(unit, 'draft')));
    await expect(unit.getByTestId('todo-returned').getByRole('link', { name: '待办通知项目' }).count()).resolves.toBe(1);
    const note = unit.getByTestId('notifications').getByTestId('notification').filter({ hasText: '待办通知项目' }).first();
    await expect(note.textContent()).resolves.toContain('请补充满意度调查依据');
    await expect(note.textContent()).resolves.toContain('退回');
    // The bell counts what is new and forgets it once read.
    await poll(async () => Number(await unit.getByTestId('notification-count').locator('.ant-badge-count').getAttribute('title'))).toBeGreaterThan(0);
    await unit.getByTestId('notification-bell').click();
    await unit.getByTestId('bell-item').filter({ hasText: '请补充满意度调查依据' }).waitFor();
    await poll(() => unit.getByTestId('notification-count').locator('.ant-badge-count').count()).toBe(0);
  }, STEP);

  it('12 · history compares any two versions, and what changed since the form was returned', async () => {
    const unit = await login('unit1');
    const ev = countedForm('历史对比项目');
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: ev })).body.id as number;
    const put = async (version: number, change: (e: Evaluation) => void) => {
      const cur = structuredClone((await call(unit, 'GET', `/api/forms/${id}`)).body.evaluation as Evaluation);
      change(cur);
      expect((await call(unit, 'PUT', `/api/forms/${id}`, { version, evaluation: cur })).status).toBe(200);
    };
    await put(1, (e) => void (e.goals.expected = '第一次修改的目标'));
    await call(unit, 'POST', `/api/forms/${id}/transition`, { version: 2, action: 'submit' });
    const dept = await login('dept1');
    await call(dept, 'POST', `/api/forms/${id}/transition`, { version: 3, action: 'return', comment: '请补充偏差原因' });
    await put(4, (e) => {
      e.indicators[1].deviation = '验收延期，已整改';
      e.indicators[2].deviation = '就业统计口径调整';
    });
    await call(unit, 'POST', `/api/forms/${id}/transition`, { version: 5, action: 'submit' });

    await dept.goto(`${server.url}/forms/${id}`);
    await dept.getByRole('tab', { name: /历史版本/ }).click();
    await dept.getByTestId('compare-since-return').click();
    await poll(async () => dept.getByTestId('compare-title').textContent()).toBe('版本 4 → 版本 6：2 处修改');
    const changed = await dept.getByTestId('compare-table').locator('tbody tr ins').allTextContents();
    expect(changed).toEqual(['验收延期，已整改', '就业统计口径调整']);
    // Any two versions: 1 → 6 holds the goal changed at version 2 too.
    await dept.getByTestId('compare-from').click();
    await dept.locator('.ant-select-item-option').filter({ hasText: /^版本 1 · / }).click();
    await dept.getByTestId('compare-run').click();
    await poll(async () => dept.getByTestId('compare-title').textContent()).toBe('版本 1 → 版本 6：3 处修改');
    await expect(dept.getByTestId('compare-table').locator('tbody tr ins').allTextContents()).resolves.toEqual(['第一次修改的目标', '验收延期，已整改', '就业统计口径调整']);
  }, STEP);

  it('13 · the editor is a grid for the keyboard, Ctrl+S saves, Tab skips row buttons, and it prints the official form', async () => {
    const unit = await login('unit1');
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: countedForm('键盘网格项目') })).body.id as number;
    await unit.goto(`${server.url}/forms/${id}`);
    await unit.getByTestId('paper').waitFor();
    const focused = () => unit.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('aria-label'));
    await unit.getByTestId('indicators[0].name').click();
    await unit.keyboard.press('End');
    await unit.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('indicators[1].name');
    await unit.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('indicators[2].name');
    await unit.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('indicators[1].name');
    await unit.keyboard.press('End');
    await unit.keyboard.press('ArrowRight');
    await expect(focused()).resolves.toBe('indicators[1].target');
    // Tab from the last cell of a row goes to the next row's first cell, past the row buttons.
    await unit.getByTestId('indicators[0].deviation').click();
    await unit.keyboard.press('Tab');
    // (Row 2 starts a new 二级 block: its first cell is that 二级.)
    await expect(unit.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.closest('tr')?.getAttribute('data-row')} ${document.activeElement?.getAttribute('aria-label')}`)).resolves.toBe('TEXTAREA 1 二级指标');
    // Alt+Enter is a new line inside the cell; Ctrl+S saves it.
    await unit.getByTestId('indicators[0].deviation').click();
    await unit.keyboard.type('第一行');
    await unit.keyboard.press('Alt+Enter');
    await unit.keyboard.type('第二行');
    await expect(focused()).resolves.toBe('indicators[0].deviation');
    await unit.keyboard.press('Control+s');
    await poll(async () => (await call(unit, 'GET', `/api/forms/${id}`)).body.evaluation.indicators[0].deviation).toBe('第一行\n第二行');
    // Every button has a name a screen reader can say.
    const unnamed = await unit.locator('button').evaluateAll((bs) => bs.filter((b) => getComputedStyle(b).visibility !== 'hidden' && !(b.textContent ?? '').trim() && !b.getAttribute('aria-label') && !b.getAttribute('title')).map((b) => b.outerHTML.slice(0, 200)));
    expect(unnamed).toEqual([]);
    // Print: the official form alone — no app chrome, no machine column, no row buttons.
    await unit.evaluate(() => ((window as unknown as { printed: number }).printed = 0, (window.print = () => void ((window as unknown as { printed: number }).printed += 1))));
    await unit.getByTestId('print-form').click();
    await expect(unit.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await unit.emulateMedia({ media: 'print' });
    await expect(unit.locator('.jx-header').isVisible()).resolves.toBe(false);
    await expect(unit.locator('.jx-side').isVisible()).resolves.toBe(false);
    await expect(unit.getByTestId('proven-0').isVisible()).resolves.toBe(false);
    await expect(unit.getByTestId('remove-0').isVisible()).resolves.toBe(false);
    await expect(unit.locator('.jx-sheet-title').isVisible()).resolves.toBe(true);
    await unit.emulateMedia({ media: 'screen' });
  }, STEP);
});

/**
 * Accessibility (axe-core injected into the page: no serious or critical violation on the login,
 * list, editor, dashboard and public pages), the 390 px phone layout, English labels, and the
 * screenshots the README shows (new-form dialog, 复核 view, 待办, admin pages, phone).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seedForm1 } from '../../core/src/testing/seed-forms';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';
import { axeViolations, poll, STEP, useE2E, call } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const server = useE2E('jixiao-e2e-a11y-');
const { login } = server;

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));


async function settle(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  await page.waitForTimeout(500);
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(SHOTS, name), fullPage });
}

describe.skipIf(!server.runs)('accessibility, phone layout and screenshots', () => {
  it('has no serious or critical axe violation on the login, list, editor, dashboard and public pages', async () => {
    const anon = await server.newPage();
    await anon.goto(`${server.url}/login`);
    await anon.locator('#username').waitFor();
    const found: Record<string, string[]> = { login: await axeViolations(anon) };

    const unit = await login('unit1');
    await unit.goto(`${server.url}/forms`);
    await unit.locator('[data-testid=form-list] tbody tr.ant-table-row').first().waitFor();
    await settle(unit);
    found.list = await axeViolations(unit);
    await unit.getByTestId('form-list').getByRole('link').first().click();
    await unit.getByTestId('paper').waitFor();
    await settle(unit);
    found.editor = await axeViolations(unit);

    const finance = await login('finance1');
    await finance.goto(`${server.url}/dashboard`);
    await finance.getByTestId('dashboard').waitFor();
    await settle(finance);
    found.dashboard = await axeViolations(finance);

    await anon.goto(`${server.url}/public`);
    await anon.getByTestId('public-list').waitFor();
    await settle(anon);
    found.public = await axeViolations(anon);
    expect(found).toEqual({ login: [], list: [], editor: [], dashboard: [], public: [] });
  }, STEP);

  it('has no serious or critical axe violation on the budget-cycle pages: tasks, target form, library picker, monitoring with lights, 申报表 import, department library, light thresholds', async () => {
    const unit = await login('unit1');
    const dept = await login('dept1');
    const finance = await login('finance1');
    const found: Record<string, string[]> = {};
    await finance.goto(`${server.url}/cycle?year=2020`);
    await finance.getByTestId('open-task').waitFor();
    await finance.getByTestId('progress').waitFor();
    await settle(finance);
    found.cycleFinance = await axeViolations(finance);

    // A target form approved through the API, then its July monitoring.
    const act = async (page: Page, plan: { id: number; version: number }, action: string) => {
      const r = await call(page, 'POST', `/api/plans/${plan.id}/transition`, { version: plan.version, action });
      expect(r.status).toBe(200);
      return r.body;
    };
    const filed = await call(unit, 'POST', '/api/target-forms', { form: seedTargetForm1() });
    expect(filed.status).toBe(201);
    await unit.goto(`${server.url}/cycle?year=2020`);
    await unit.locator('[data-testid=plans] tbody tr.ant-table-row').first().waitFor();
    await settle(unit);
    found.cycleUnit = await axeViolations(unit);
    await unit.goto(`${server.url}/plans/${filed.body.id}`);
    await unit.getByTestId('target-form').waitFor();
    await settle(unit);
    found.targetForm = await axeViolations(unit);
    await unit.getByTestId('t-pick-0').click();
    await unit.getByTestId('library-picker').locator('.ant-table-row').first().waitFor();
    await settle(unit);
    found.libraryPicker = await axeViolations(unit);

    const approved = await act(finance, await act(dept, await act(unit, filed.body, 'submit'), 'approve'), 'finance-approve');
    const july = await call(unit, 'POST', `/api/target-forms/${approved.id}/monitoring`, { period: { from: 1, to: 7 } });
    const m = july.body.form;
    m.funds.executed = '5';
    m.indicators.forEach((x: { likelihood: string }) => (x.likelihood = 'certain'));
    const julyFilled = await call(unit, 'PUT', `/api/plans/${july.body.id}`, { version: july.body.version, form: m });
    expect(julyFilled.status).toBe(200);
    await unit.goto(`${server.url}/plans/${july.body.id}`);
    await unit.getByTestId('monitoring-form').waitFor();
    await expect(unit.getByTestId('m-budget-light').textContent()).resolves.toBe('● 红灯');
    await settle(unit);
    found.monitoring = await axeViolations(unit);

    // A 目标调整 request, and the self-evaluation with the monitoring beside its targets.
    const adj = await call(unit, 'POST', `/api/target-forms/${approved.id}/adjustments`, { form: { reason: '疫情影响', changes: [{ indicatorIndex: 2, field: 'target', to: '≥10次' }] } });
    expect(adj.status).toBe(201);
    await unit.goto(`${server.url}/plans/${adj.body.id}`);
    await unit.getByTestId('adjustment-form').waitFor();
    await settle(unit);
    found.adjustment = await axeViolations(unit);
    // Submitted monitoring is what the self-evaluation shows beside its targets.
    await act(unit, julyFilled.body, 'submit');
    const ev = await call(unit, 'POST', `/api/target-forms/${approved.id}/evaluation`);
    expect(ev.status).toBe(201);
    await unit.goto(`${server.url}/forms/${ev.body.id}`);
    await unit.getByTestId('tab-cycle').click();
    await unit.getByTestId('beside-0-monitoring').waitFor();
    await settle(unit);
    found.evaluationBeside = await axeViolations(unit);

    // 导入申报表 with a file read (the approved form's own export), the department's library and its entry dialog,
    // and the settings page's light thresholds with a wrong value explained.
    const file = await (await unit.request.get(`${server.url}/api/plans/${approved.id}/export?format=xlsx`)).body();
    await unit.goto(`${server.url}/cycle?year=2020`);
    await unit.getByTestId('import-target').click();
    await unit.locator('.ant-modal input[type=file]').setInputFiles({ name: '申报表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    await unit.getByTestId('target-import-preview').waitFor();
    await settle(unit);
    // The dialog itself (the page behind its mask was checked above as cycleUnit).
    found.targetImport = await axeViolations(unit, '.ant-modal');
    await dept.goto(`${server.url}/library`);
    await dept.locator('[data-testid=library-entries] tbody tr.ant-table-row').first().waitFor();
    await settle(dept);
    found.library = await axeViolations(dept);
    await dept.getByTestId('library-add').click();
    await dept.getByTestId('library-entry').waitFor();
    await settle(dept);
    found.libraryEntry = await axeViolations(dept, '.ant-modal');
    await finance.goto(`${server.url}/settings`);
    await finance.getByTestId('lights-red').fill('abc');
    await finance.getByTestId('lights-error').waitFor();
    await settle(finance);
    found.settingsLights = await axeViolations(finance);
    expect(found).toEqual({
      cycleFinance: [], cycleUnit: [], targetForm: [], libraryPicker: [], monitoring: [], adjustment: [], evaluationBeside: [],
      targetImport: [], library: [], libraryEntry: [], settingsLights: [],
    });
  }, STEP);

  it('14 · at 390 px: the header folds into a menu with logout, the list keeps the project name, the editor scrolls sideways under its header; English labels are not spaced or broken', async () => {
    const unit = await login('unit1');
    await unit.setViewportSize({ width: 390, height: 844 });
    await unit.goto(`${server.url}/forms`);
    const first = unit.locator('[data-testid=form-list] tbody tr.ant-table-row').first();
    await first.waitFor();
    await expect(unit.locator('.jx-nav').isVisible()).resolves.toBe(false);
    await expect(unit.getByTestId('menu-button').isVisible()).resolves.toBe(true);
    // The project name is on screen, not squeezed to nothing.
    const link = first.getByRole('link');
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(60);
    await expect(link.textContent()).resolves.toMatch(/\S{4,}/);
    expect(await unit.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(unit, 'phone-list.png', false);

    // The editor: the paper scrolls sideways inside its box; the toolbar does not cover the table.
    await link.click();
    await unit.getByTestId('paper').waitFor();
    const paper = await unit.getByTestId('paper').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(paper.scroll).toBeGreaterThan(paper.client);
    expect(await unit.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await unit.getByTestId('paper').evaluate((el) => el.scrollBy(200, 0));
    await unit.evaluate(() => window.scrollTo(0, 400));
    const head = await unit.locator('.jx-indicators tr.jx-head-row').boundingBox();
    const top = await unit.locator('.jx-editor-top').boundingBox();
    expect(top === null || head === null || top.y + top.height <= head.y || top.y >= head.y + head.height).toBe(true);
    await unit.evaluate(() => window.scrollTo(0, 0));
    await shot(unit, 'phone-editor.png', false);

    // Logout from the menu.
    await unit.getByTestId('menu-button').click();
    await unit.getByTestId('drawer-logout').click();
    await poll(() => new URL(unit.url()).pathname).toBe('/login');

    // English: "Weight" on one line, no letter spacing in the headings.
    const en = await login('unit1');
    await en.getByTestId('lang-switch').getByText('EN').click();
    await en.goto(`${server.url}/forms`);
    await en.getByTestId('form-list').getByRole('link').first().click();
    await en.getByTestId('paper').waitFor();
    const weight = en.locator('.jx-indicators tr.jx-head-row th').filter({ hasText: /^Weight$/ });
    const lines = await weight.evaluate((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    const spacing = await en.locator('.jx-sheet-title').evaluate((el) => getComputedStyle(el).letterSpacing);
    expect(['normal', '0px']).toContain(spacing);
  }, STEP);

  it('takes the README screenshots: new-form dialog, 复核 view with total and grade, 待办, admin pages', async () => {
    const unit = await login('unit1');
    await unit.goto(`${server.url}/forms`);
    await unit.getByTestId('new-form').click();
    await unit.getByTestId('new-form-project').fill('2024年中小企业服务能力提升项目');
    await unit.getByTestId('new-form-template').getByText('财政部门设定').or(unit.getByTestId('new-form-template').getByText('默认模板（财政部门未设定）')).waitFor();
    await shot(unit, 'new-form-dialog.png', false);
    await unit.keyboard.press('Escape');

    // A mof-2020 form through the workflow to finance's 复核.
    const ev = seedForm1();
    const row = (level1: string, level2: string, n: string, weight: number, score: number) => ({ level1, level2, name: n, target: '≥10家', actual: '10家', weight, score, deviation: '' });
    const form = { ...ev, projectName: '复核示例项目', template: 'mof-2020', funds: { ...ev.funds, total: { ...ev.funds.total, weight: 10, rate: '95%', score: 9.5 } },
      indicators: [row('产出指标', '数量指标', '服务企业数', 30, 30), row('产出指标', '质量指标', '验收合格率', 20, 18), row('效益指标', '社会效益指标', '带动就业', 30, 26), row('满意度指标', '服务对象满意度指标', '满意率', 10, 10)], total: { weight: 100, score: 93.5 } };
    const id = (await call(unit, 'POST', '/api/forms', { evaluation: form })).body.id as number;
    await call(unit, 'POST', `/api/forms/${id}/transition`, { version: 1, action: 'submit' });
    const dept = await login('dept1');
    await dept.goto(`${server.url}/todo`);
    await dept.getByTestId('todo-submitted').getByRole('link').first().waitFor();
    await shot(dept, 'todo.png');
    await call(dept, 'POST', `/api/forms/${id}/transition`, { version: 2, action: 'approve' });
    const finance = await login('finance1');
    await finance.goto(`${server.url}/forms/${id}`);
    await finance.getByTestId('finance-review').click();
    await finance.getByTestId('review-score-0').fill('27');
    await finance.getByTestId('review-reason-0').fill('佐证材料不足');
    await finance.getByTestId('review-score-2').fill('24');
    await finance.getByTestId('review-reason-2').fill('效益未量化');
    await poll(async () => finance.getByTestId('review-total').textContent()).toBe('88.5');
    await expect(finance.getByTestId('review-grade').textContent()).resolves.toBe('良');
    await finance.locator('.jx-total-row').scrollIntoViewIfNeeded();
    await shot(finance, 'review.png');

    const admin = await login('orgadmin');
    for (const [path, name, ready] of [['/admin/users', 'admin-users.png', 'users-table'], ['/admin/orgs', 'admin-orgs.png', 'org-tree'], ['/admin/audit', 'admin-audit.png', 'audit-table']] as const) {
      await admin.goto(`${server.url}${path}`);
      await admin.getByTestId(ready).waitFor();
      await shot(admin, name);
    }
  }, STEP);
});

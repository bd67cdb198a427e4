/**
 * End to end in headless Chromium against the real server with demo data: import → live review →
 * correct → submit → return → resubmit → approve → 复核 → publish → public page; XSS; screenshots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { poll, SEED, STEP, useE2E, newForm } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const UNIT = 'unit1';
const DEPT = 'dept1';
const FINANCE = 'finance1';
const PROJECT = '创客中国';

let formUrl = '';
const server = useE2E('jixiao-e2e-');
const { login, newPage } = server;

const status = (page: Page) => page.getByTestId('form-status');

/** Click 保存 and wait for the server's answer: the success message, or fail with the error shown. */
async function save(page: Page): Promise<void> {
  await page.getByTestId('save').click();
  await saved(page);
}

/** Wait for the server's answer to a save just started: the success message, or fail with the error shown. */
async function saved(page: Page): Promise<void> {
  const notice = page.locator('.ant-message-notice').last();
  await notice.waitFor();
  expect(await notice.textContent()).toContain('已保存');
  await poll(async () => page.getByTestId('save').isDisabled()).toBe(true);
}

/**
 * A full-page screenshot once loading spinners and entry animations are done, from the top. The
 * viewport is first made as tall as the page and the findings panel (which scrolls within a
 * viewport-high box while working), so the picture shows both whole.
 */
async function shot(page: Page, name: string): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
  // Toasts ("已保存…") fade by themselves; the picture is of the page, not of them.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const side = document.querySelector<HTMLElement>('.jx-side');
    const sideNeeds = side ? side.getBoundingClientRect().top + side.scrollHeight + 140 : 0;
    return Math.ceil(Math.max(document.documentElement.scrollHeight, sideNeeds));
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
  await page.setViewportSize(size);
}


beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

describe.skipIf(!server.runs)('web app end to end', () => {
  it('logs in as the unit editor and shows user, organisation and role in the header', async () => {
    const page = await login(UNIT);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('填报员');
    await expect(page.getByTestId('current-role').textContent()).resolves.toBe('实施单位填报');
    await expect(page.locator('.jx-org').textContent()).resolves.toBe('昌吉州中小企业发展服务中心');
    // English on request, remembered across reloads; Chinese again after switching back.
    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.locator('.jx-nav').getByText('Forms').waitFor();
    await expect(page.getByTestId('current-role').textContent()).resolves.toBe('Unit editor');
    await page.reload();
    await page.locator('.jx-nav').getByText('Forms').waitFor();
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page.locator('.jx-nav').getByText('表单列表').waitFor();
    // A wrong password is refused with a message on the login page.
    const other = await newPage();
    await other.goto(`${server.url}/login`);
    await other.locator('#username').fill(UNIT);
    await other.locator('#password').fill('wrong-password');
    await other.getByTestId('login-submit').click();
    await other.getByTestId('login-error').waitFor();
  }, STEP);

  it('imports the seed file, previews it scored, saves drafts, and shows the 区域双创活跃度 error', async () => {
    const page = await login(UNIT);
    await page.goto(`${server.url}/import`);
    await page.locator('input[type=file]').setInputFiles(SEED);
    await page.getByTestId('import-preview').click();
    const previews = page.getByTestId('import-form');
    await poll(() => previews.count()).toBe(2);
    await expect(previews.filter({ hasText: PROJECT }).textContent()).resolves.toMatch(/错误 \d/);
    // The demo holds the same two forms (same project, year and unit): keep both.
    await page.getByTestId('import-save-anyway').click();
    const saved = page.getByTestId('import-saved');
    await saved.waitFor();
    await saved.getByRole('link', { name: new RegExp(PROJECT) }).click();
    await page.getByTestId('paper').waitFor();
    formUrl = page.url();
    expect(formUrl).toMatch(/\/forms\/\d+$/);
    await expect(status(page).textContent()).resolves.toBe('草稿');

    const finding = page.locator('li.jx-finding-error').filter({ hasText: '区域双创活跃度' });
    await expect(finding.count()).resolves.toBeGreaterThan(0);
    const path = (await finding.first().getAttribute('data-path-ref'))!;
    expect(path).toBe('indicators[4].score');
    const cell = page.locator(`td[data-path="${path}"]`);
    await expect(cell.getAttribute('class')).resolves.toContain('jx-f-error');
    await finding.first().locator('button').click();
    await poll(() => cell.getAttribute('class')).toContain('jx-flash');
    await expect(page.getByTestId('proven-4').getAttribute('class')).resolves.toContain('jx-above');
    await shot(page, 'editor.png');
  }, STEP);

  it('recomputes as the score is corrected: the finding disappears, then the form is saved and submitted', async () => {
    const page = await login(UNIT);
    await page.goto(formUrl);
    await page.getByTestId('paper').waitFor();
    const proven = (await page.getByTestId('proven-4').textContent())!.trim();
    const max = Number(proven.split('–').pop());
    expect(max).toBeGreaterThan(0);
    expect(max).toBeLessThan(10);
    await page.getByTestId('indicators[4].score').fill(String(max));
    const inflated = page.locator('li.jx-finding-error').filter({ hasText: '区域双创活跃度' });
    await poll(() => inflated.count()).toBe(0);
    await expect(page.getByTestId('proven-4').getAttribute('class')).resolves.toContain('jx-ok');
    // 总分 follows: fix it to the new sum as the unit would.
    const total = Math.round((99 - 10 + max) * 100) / 100;
    await page.getByTestId('total.score').fill(String(total));
    await poll(async () => (await page.getByTestId('grade').textContent()) ?? '').toContain(`Σ${total}`);
    await save(page);
    await poll(async () => (await page.getByTestId('form-version').textContent()) ?? '').not.toBe('版本 1');
    await page.getByTestId('submit').click();
    await poll(async () => status(page).textContent()).toBe('已提交');
    await expect(page.getByTestId('indicators[4].score').evaluate((e) => e.tagName)).resolves.toBe('SPAN');
  }, STEP);

  it('the department reviewer sees the list and returns the form; a reason is required', async () => {
    const page = await login(DEPT);
    let listCalls = 0;
    page.on('request', (r) => void (new URL(r.url()).pathname === '/api/forms' && listCalls++));
    await page.goto(`${server.url}/forms`);
    const rows = page.locator('[data-testid=form-list] tbody tr.ant-table-row');
    // The unit's drafts (the other imported form, the demo forms) are not the reviewer's to see.
    await poll(() => rows.count()).toBe(1);
    await expect(rows.filter({ hasText: '草稿' }).count()).resolves.toBe(0);
    // The list is fetched once per filter change, not on every render.
    const calls = listCalls;
    await page.waitForTimeout(1000);
    expect(listCalls).toBe(calls);
    expect(calls).toBeLessThanOrEqual(2);
    await expect(rows.filter({ hasText: PROJECT }).filter({ hasText: '已提交' }).count()).resolves.toBe(1);
    await shot(page, 'list.png');
    await page.goto(formUrl);
    await poll(async () => status(page).textContent()).toBe('已提交');
    await page.getByTestId('return').click();
    await page.locator('#confirm-action').click();
    await page.getByText('请填写退回原因').waitFor();
    await page.getByTestId('action-comment').fill('请补充区域双创活跃度的偏差原因');
    await page.locator('#confirm-action').click();
    await poll(async () => status(page).textContent()).toBe('已退回');
  }, STEP);

  it('the unit sees the reason, fixes the form and resubmits', async () => {
    const page = await login(UNIT);
    await page.goto(formUrl);
    await poll(async () => status(page).textContent()).toBe('已退回');
    await expect(page.getByTestId('return-reason').textContent()).resolves.toContain('请补充区域双创活跃度的偏差原因');
    await page.getByTestId('indicators[4].deviation').fill('活跃度仅增长15%，未达90%目标，已按实际完成值计分；下年将细化统计口径');
    await save(page);
    await page.getByTestId('submit').click();
    await poll(async () => status(page).textContent()).toBe('已提交');
  }, STEP);

  it('the reviewer approves', async () => {
    const page = await login(DEPT);
    await page.goto(formUrl);
    await page.getByTestId('approve').click();
    await poll(async () => status(page).textContent()).toBe('主管部门已审核');
  }, STEP);

  it('finance records its own 复核 score with a reason, sees the dashboard, and publishes', async () => {
    const page = await login(FINANCE);
    await page.goto(formUrl);
    await page.getByTestId('finance-review').click();
    await page.getByTestId('review-score-4').fill('1.5');
    await page.getByTestId('review-reason-4').fill('实际完成值仅为目标的六分之一，按比例复核');
    const unitTotal = Number(await page.getByTestId('total.score').textContent());
    const expected = Math.round((unitTotal - Number(await page.getByTestId('indicators[4].score').textContent()) + 1.5) * 100) / 100;
    await poll(async () => Number(await page.getByTestId('review-total').textContent())).toBe(expected);
    await page.getByTestId('save-review').click();
    await page.getByTestId('action-comment').fill('抽查复核：区域双创活跃度按实际完成值计分');
    await page.locator('#confirm-action').click();
    await poll(async () => status(page).textContent()).toBe('财政已复核');
    await expect(page.getByTestId('review-score-4').textContent()).resolves.toBe('1.5');

    await page.goto(`${server.url}/dashboard`);
    await page.getByTestId('chart-status').locator('svg').waitFor();
    await page.getByTestId('chart-grades').locator('svg').waitFor();
    await expect(page.getByTestId('dashboard').textContent()).resolves.toContain('财政已复核');
    await shot(page, 'dashboard.png');
    // A bar opens the list filtered by that status.
    const bar = page.getByTestId('chart-status').locator('svg path[fill="#b4282d"]').first();
    await bar.click();
    await poll(() => page.url()).toMatch(/\/forms\?.*status=/);

    await page.goto(formUrl);
    await page.getByTestId('publish').click();
    await poll(async () => status(page).textContent()).toBe('已公开');
  }, STEP);

  it('the public page shows the published form without login and prints without the app chrome', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/public`);
    const link = page.getByTestId('public-list').getByRole('link', { name: new RegExp(PROJECT) });
    // The list's 复核得分 column is the finance review's total (financeReviewTotal).
    const listedTotal = await page.getByTestId('public-list').locator('tr', { has: page.getByRole('link', { name: new RegExp(PROJECT) }) }).locator('td').nth(4).textContent();
    await link.click();
    const form = page.getByTestId('public-form');
    await form.waitFor();
    await expect(form.textContent()).resolves.toContain('区域双创活跃度');
    await expect(page.getByTestId('review-score-4').textContent()).resolves.toBe('1.5');
    await expect(page.getByTestId('review-total').textContent()).resolves.toBe(listedTotal);
    await expect(form.locator('input, textarea').count()).resolves.toBe(0);
    await shot(page, 'public.png');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.jx-public-head').isVisible()).resolves.toBe(false);
    await expect(form.isVisible()).resolves.toBe(true);
  }, STEP);

  it('renders markup typed into every text field as text, after save and reload', async () => {
    const payloads = ['<script>window.__xss=1</script>', '<img src=x onerror=window.__xss=1>'];
    const page = await login(UNIT);
    await page.goto(`${server.url}/forms`);
    await newForm(page, '新建空白表单');
    const rows = page.locator('.jx-indicators tr[data-row]');
    for (const k of [1, 2]) {
      await page.getByTestId('add-indicator').click();
      await poll(() => rows.count()).toBe(k);
    }
    const fields = page.locator('.jx-paper textarea, .jx-paper input.jx-input:not(.jx-num)');
    const n = await fields.count();
    // 项目名称 主管部门 实施单位, four 执行率, two 年度总体目标, the merged 一级/二级 and 4 text cells a row.
    expect(n).toBe(3 + 4 + 2 + 2 + 2 * 4);
    for (let i = 0; i < n; i++) await fields.nth(i).fill(payloads[i % 2]);
    await save(page);
    await page.getByTestId('comment-0').click();
    await page.getByTestId('comment-text').fill(payloads[1]);
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comments').locator('.jx-comment-text', { hasText: payloads[1] }).waitFor();

    await page.reload();
    await page.getByTestId('paper').waitFor();
    const again = page.locator('.jx-paper textarea, .jx-paper input.jx-input:not(.jx-num)');
    await expect(again.count()).resolves.toBe(n);
    for (let i = 0; i < n; i++) await expect(again.nth(i).inputValue()).resolves.toBe(payloads[i % 2]);
    // Shown as text elsewhere too: the findings name the indicators, the comments quote the text.
    await page.getByRole('tab', { name: /批注/ }).click();
    await page.getByTestId('comments').locator('.jx-comment-text', { hasText: payloads[1] }).waitFor();
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"], .jx-paper script').count()).resolves.toBe(0);
  }, STEP);
  it('keeps unsaved edits in a local draft, and merges a version conflict field by field', async () => {
    const a = await login(UNIT);
    await a.goto(`${server.url}/forms?q=${encodeURIComponent('银河培训')}`);
    await a.getByTestId('form-list').getByRole('link', { name: /银河培训/ }).first().click();
    await a.getByTestId('paper').waitFor();
    const url = a.url();
    const b = await login(UNIT);
    await b.goto(url);
    await b.getByTestId('paper').waitFor();

    // A saves first: two deviation cells.
    await a.getByTestId('indicators[0].deviation').fill('A的说明');
    await a.getByTestId('indicators[2].deviation').fill('A补充');
    await save(a);

    // B edits the same cell; closing the tab warns, and the edit survives a reload as a draft.
    await b.getByTestId('indicators[0].deviation').fill('B的说明');
    const dialogs: string[] = [];
    b.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await b.reload();
    await b.getByTestId('paper').waitFor();
    expect(dialogs).toContain('beforeunload');
    await expect(b.getByTestId('indicators[0].deviation').inputValue()).resolves.toBe('B的说明');
    await b.getByText(/已恢复本地草稿/).waitFor();

    // The draft was taken from version 1 but A has saved since: the merge dialog opens at once and
    // lists only the field both changed (a save against the old version gets the same dialog on 409).
    const table = b.getByTestId('conflict-table');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('A的说明');
    await expect(table.textContent()).resolves.toContain('B的说明');
    await expect(table.textContent()).resolves.not.toContain('A补充'); // only A changed it: taken without asking
    await table.getByText('保留我的').click();
    await b.locator('#merge-ok').click();
    await saved(b);
    await b.reload();
    await b.getByTestId('paper').waitFor();
    await expect(b.getByTestId('indicators[0].deviation').inputValue()).resolves.toBe('B的说明');
    await expect(b.getByTestId('indicators[2].deviation').inputValue()).resolves.toBe('A补充');

    // A, still on its old version, saves another cell: 409, their change is taken, mine kept.
    await a.getByTestId('indicators[3].deviation').fill('A再改');
    await a.getByTestId('save').click();
    await a.getByTestId('conflict-table').waitFor();
    await a.getByText(/对方另外修改了 \d+ 个字段，已自动采用/).waitFor();
    await a.locator('#merge-ok').click();
    await saved(a);
    await expect(a.getByTestId('indicators[0].deviation').inputValue()).resolves.toBe('B的说明');
    await expect(a.getByTestId('indicators[3].deviation').inputValue()).resolves.toBe('A再改');
  }, STEP);
});

/**
 * End to end, 整改 in the browser (issue 15, item 4), on its own server with demo data: unit1's seed
 * form 1 goes through submission, approval and 复核 (set up through the API); finance opens an item
 * from one of its findings (下达整改 in the editor's findings panel, then the dialog); unit1 answers
 * with a file; finance reopens with a reason; unit1 answers again; finance accepts and the item is closed. The form list shows 整改中 while an
 * item is open, the dashboard counts per department, and the public page shows the outcome finance
 * published, and the public list by department and year with its PDF and xlsx bundles. Screenshots: rectification.png (the list), rectification-item.png (an item's history).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBudgetThresholds } from '@jixiao/core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations, call, poll, STEP, useE2E } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PNG = readFileSync(join(SHOTS, 'admin-audit.png'));
const server = useE2E('jixiao-e2e-rect-');
const { login } = server;

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

const status = (page: Page) => page.getByTestId('rect-status').textContent();

/** Choose an option of an antd Select by its text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first().click();
}

async function openDrawer(page: Page, id: number): Promise<void> {
  await page.goto(`${server.url}/rectification?item=${id}`);
  await page.getByTestId('rect-status').waitFor();
}

describe.skipIf(!server.runs)('web app end to end: rectification', () => {
  it('opens an item from a finding, answers with a file, reopens, answers, closes', async () => {
    const unit = await login('unit1');
    const dept = await login('dept1');
    const finance = await login('finance1');
    // Seed form 1 (claims 99, proven at most 90.67) through submission, approval and 复核.
    const forms = (await call(unit, 'GET', '/api/forms?sort=id')).body.items as { id: number; version: number; projectName: string }[];
    const form = forms.find((f) => f.projectName.includes('创客中国'))!;
    let v = (await call(unit, 'POST', `/api/forms/${form.id}/transition`, { version: form.version, action: 'submit' })).body.version;
    v = (await call(dept, 'POST', `/api/forms/${form.id}/transition`, { version: v, action: 'approve' })).body.version;
    const reviewed = await call(finance, 'POST', `/api/forms/${form.id}/transition`, { version: v, action: 'finance-review', financeReview: { scores: { '0': { score: 1, reason: '佐证不足' } } } });
    expect(reviewed.status).toBe(200);

    // Finance: 下达整改 beside a finding in the editor opens the dialog with that finding chosen.
    await finance.goto(`${server.url}/forms/${form.id}`);
    const first = finance.locator('[data-testid=findings] li').filter({ has: finance.getByTestId('rectify-finding') }).first();
    const path = await first.getAttribute('data-path-ref');
    const rule = await first.getAttribute('data-rule');
    await first.getByTestId('rectify-finding').click();
    await finance.getByTestId('rect-ref').waitFor();
    await poll(() => finance.getByTestId('rect-what').inputValue()).not.toBe('');
    await finance.getByTestId('rect-action').fill('补充区域双创活跃度的统计佐证，或按佐证调整得分');
    await finance.getByTestId('rect-deadline').fill('2099-06-30');
    await finance.getByTestId('rect-public').click();
    await finance.locator('#rect-open-ok').click();
    await poll(() => status(finance)).toBe('待整改');
    const items = (await call(finance, 'GET', `/api/rectification?formId=${form.id}`)).body.items as { id: number; source: string; public: boolean }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: 'finding', sourceRef: `${rule}@${path}`, public: true });
    const id = items[0].id;

    // The form list shows 整改中.
    await unit.goto(`${server.url}/forms`);
    await unit.getByTestId('rectifying').first().waitFor();
    await unit.goto(`${server.url}/forms/${form.id}`);
    await unit.getByTestId('form-rectifying').waitFor();

    // Unit: the answer with a file.
    await openDrawer(unit, id);
    await unit.getByTestId('rect-answer-text').fill('已补充双创活动统计台账及现场照片');
    await unit.getByTestId('rect-file').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
    await unit.getByTestId('rect-file-item').waitFor();
    await unit.getByTestId('rect-submit-answer').click();
    await poll(() => status(unit)).toBe('已答复待验收');

    // Finance: reopen with a reason.
    await openDrawer(finance, id);
    await finance.getByRole('link', { name: '现场照片.png' }).waitFor();
    await finance.getByTestId('rect-reopen-text').fill('照片不能证明活跃度指标，请提供统计数据');
    await finance.getByTestId('rect-reopen').click();
    await poll(() => status(finance)).toBe('待整改');

    // Unit: answers again; finance accepts.
    await openDrawer(unit, id);
    await unit.getByTestId('rect-answer-text').fill('已上传州统计局出具的双创活动统计数据');
    await unit.getByTestId('rect-submit-answer').click();
    await poll(() => status(unit)).toBe('已答复待验收');
    await openDrawer(finance, id);
    await finance.getByTestId('rect-accept').click();
    await poll(() => status(finance)).toBe('已销号');
    // 下达, 设为公开 (chosen in the dialog), 答复, 退回, 答复, 验收销号.
    await poll(() => finance.getByTestId('rect-event').count()).toBe(6);

    // An overdue item beside it, for the filters and the dashboard.
    const late = await call(finance, 'POST', '/api/rectification', { formId: form.id, source: 'review', sourceRef: '0', what: '第1项指标复核扣分，须说明原因', requiredAction: '书面说明', deadline: '2021-06-30' });
    expect(late.status).toBe(201);
    await finance.goto(`${server.url}/rectification`);
    const rows = finance.locator('[data-testid=rect-list] tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(2);
    await finance.getByTestId('rect-filter-closed').click();
    await poll(() => rows.count()).toBe(1);
    await finance.getByTestId('rect-filter-overdue').click();
    await poll(() => rows.count()).toBe(1);
    await finance.getByTestId('rect-overdue').waitFor();
    await finance.getByTestId('rect-filter-all').click();
    await poll(() => rows.count()).toBe(2);
    await finance.waitForTimeout(500);
    await finance.screenshot({ path: join(SHOTS, 'rectification.png') });
    const found: Record<string, string[]> = { list: await axeViolations(finance) };
    await rows.filter({ hasText: '已销号' }).click();
    // 下达, 设为公开 (chosen in the dialog), 答复, 退回, 答复, 验收销号.
    await poll(() => finance.getByTestId('rect-event').count()).toBe(6);
    await finance.waitForTimeout(500);
    await finance.screenshot({ path: join(SHOTS, 'rectification-item.png') });
    found.item = await axeViolations(finance);
    await finance.goto(`${server.url}/rectification?formId=${form.id}&open=1`);
    await finance.getByTestId('rect-what').waitFor();
    found.dialog = await axeViolations(finance);
    // No serious or critical axe violation on the list, the item drawer or the dialog.
    expect(found).toEqual({ list: [], item: [], dialog: [] });

    // The dashboard counts per department.
    await finance.goto(`${server.url}/dashboard`);
    const counts = finance.getByTestId('rect-counts');
    const dept1 = counts.locator('tbody tr.ant-table-row').filter({ hasText: '昌吉州工业和信息化局' });
    await dept1.waitFor();
    // 未销号 1 (the overdue one), 逾期 1, 已销号 1.
    expect((await dept1.locator('td').allTextContents()).slice(1, 4)).toEqual(['1', '1', '1']);

    // Published with the form, the outcome shows on the public page.
    const pub = await call(finance, 'POST', `/api/forms/${form.id}/transition`, { version: reviewed.body.version, action: 'publish' });
    expect(pub.status).toBe(200);
    const anon = await server.newPage();
    await anon.goto(`${server.url}/public/${form.id}`);
    await anon.getByTestId('public-outcomes').getByText('已上传州统计局出具的双创活动统计数据').waitFor();

    // The public list by department and year: the department's published forms download as one PDF and one xlsx.
    await anon.goto(`${server.url}/public`);
    await choose(anon, 'public-department', '昌吉州工业和信息化局');
    await choose(anon, 'public-year', '2020');
    await anon.getByTestId('public-outcomes').waitFor();
    const rowsPublic = anon.locator('[data-testid=public-list] tbody tr.ant-table-row');
    await poll(() => rowsPublic.count()).toBe(1);
    for (const [id, type] of [['bundle-pdf', 'application/pdf'], ['bundle-xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']]) {
      const href = await anon.getByTestId(id).getAttribute('href');
      const got = await anon.evaluate(async (u) => { const r = await fetch(u!); return [r.status, r.headers.get('content-type')]; }, href);
      expect(got).toEqual([200, type]);
    }
    // Search narrows the list (nothing else is published).
    await anon.getByTestId('public-search').locator('input').fill('不存在的项目');
    await anon.getByTestId('public-search').locator('input').press('Enter');
    await poll(() => rowsPublic.count()).toBe(0);
  }, STEP * 2);

  it('lets finance set the results report’s budget thresholds on the settings page: checked as typed with the server’s message, saved, used by the report, back to the default', async () => {
    const finance = await login('finance1');
    const orgs = (await call(finance, 'GET', '/api/orgs')).body.items as { id: number; name: string }[];
    const dept1 = orgs.find((o) => o.name === '昌吉州工业和信息化局')!.id;
    await finance.goto(`${server.url}/settings`);
    const card = finance.getByTestId('budget-thresholds');
    await poll(() => card.getByTestId('budget-in-force').textContent()).toBe('当前生效：差,50（默认）');
    await expect(card.getByTestId('budget-save').isDisabled()).resolves.toBe(true);
    await card.getByTestId('budget-execution').fill('101');
    const refused = parseBudgetThresholds('差,101');
    await expect(card.getByTestId('budget-error').textContent()).resolves.toBe(refused.ok ? null : refused.issues[0].message.zh);
    await expect(card.getByTestId('budget-save').isDisabled()).resolves.toBe(true);
    await choose(finance, 'budget-grade', '中');
    await card.getByTestId('budget-execution').fill('60.5');
    await expect(card.getByTestId('budget-error').count()).resolves.toBe(0);
    await card.getByTestId('budget-save').click();
    await poll(() => card.getByTestId('budget-in-force').textContent()).toBe('当前生效：中,60.5');
    expect((await call(finance, 'GET', `/api/reports/results?department=${dept1}&year=2020`)).body.thresholds).toEqual({ cutGrade: '中', executionBelow: 60.5 });
    expect((await call(finance, 'GET', `/api/settings/effective?year=2020&orgId=${dept1}`)).body.budgetThresholds).toMatchObject({ value: '中,60.5', cutGrade: '中', executionBelow: 60.5 });
    await card.getByTestId('budget-reset').click();
    await poll(() => card.getByTestId('budget-in-force').textContent()).toBe('当前生效：差,50（默认）');
    await expect(card.getByTestId('budget-grade').textContent()).resolves.toBe('差');
    expect((await call(finance, 'GET', `/api/reports/results?department=${dept1}&year=2020`)).body.thresholds).toEqual({ cutGrade: '差', executionBelow: 50 });
  }, STEP);
});

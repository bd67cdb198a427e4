/**
 * End to end, 抽查 and 复核 by a panel in the browser (issue 15, items 2 and 3), on its own server
 * with demo data (the two 2020 seed forms, submitted and approved through the API): finance's
 * ranking puts seed form 1 (claims 99, proven at most 90.67) above the clean form 2 with its
 * reasons (screenshot ranking.png); a sample of the top 1 plus a random 1 is drawn in the page and
 * again through the API with the same seed, identically; a removal without a reason is refused,
 * with one it is recorded; form 1 is assigned to an outside expert, who sees only it, ticks the
 * checklist and re-scores it on the editor; finance returns the result with a reason (refused
 * without one), the expert sees the assignment back with the reason, re-scores and submits again;
 * finance accepts the second result and publishes it: the public page of the published form shows
 * the panel's total, grade and date only after that choice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { poll, STEP, useE2E, call } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const server = useE2E('jixiao-e2e-sampling-');
const { login } = server;
const FORM1 = '2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛';
const FORM2 = '2020年度自治区银河培训项目';

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

async function settle(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

async function transition(page: Page, id: number, action: string): Promise<void> {
  const f = await call(page, 'GET', `/api/forms/${id}`);
  const r = await call(page, 'POST', `/api/forms/${id}/transition`, { version: f.body.version, action });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

describe.skipIf(!server.runs)('web app end to end: 抽查 and the panel', () => {
  it('ranks, draws, changes with a reason, assigns to an expert who re-scores, finance returns it with a reason, the expert re-scores, and finance accepts and publishes the outcome', async () => {
    // The seed forms go to the department and are approved (set up through the API).
    const unit = await login('unit1');
    const forms = (await call(unit, 'GET', '/api/forms?year=2020')).body.items as { id: number; projectName: string }[];
    const id1 = forms.find((f) => f.projectName === FORM1)!.id;
    const id2 = forms.find((f) => f.projectName === FORM2)!.id;
    for (const id of [id1, id2]) await transition(unit, id, 'submit');
    const dept = await login('dept1');
    for (const id of [id1, id2]) await transition(dept, id, 'approve');
    const admin = await login('orgadmin');
    const orgs = (await call(admin, 'GET', '/api/orgs')).body.items as { id: number; kind: string }[];
    const made = await call(admin, 'POST', '/api/users', { username: 'expert1', name: '外聘专家甲', password: 'demo1234', role: 'expert', orgId: orgs.find((o) => o.kind === 'finance')!.id });
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    // Finance: the ranking, form 1 above the clean form 2, each with its reasons.
    const finance = await login('finance1');
    await finance.goto(`${server.url}/sampling?year=2020`);
    const rows = finance.locator('[data-testid=ranking] tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toContain(FORM1);
    await expect(rows.nth(1).textContent()).resolves.toContain(FORM2);
    const first = (await rows.nth(0).textContent())!;
    expect(first).toContain('99');
    expect(first).toContain('90.67');
    await rows.nth(0).locator('[data-signal=claimed-over-proven]').waitFor();
    expect(await rows.nth(0).locator('[data-signal=claimed-over-proven]').textContent()).toMatch(/^自评虚高 \+\d+(\.\d+)?：.*90\.67/);
    expect(await rows.nth(1).locator('[data-signal=claimed-over-proven]').count()).toBe(0);
    await settle(finance);
    await finance.screenshot({ path: join(SHOTS, 'ranking.png'), fullPage: true });

    // Draw top 1 + random 1 with a seed in the page; the same request through the API draws the same forms.
    await finance.getByTestId('draw-top').fill('1');
    await finance.getByTestId('draw-random').fill('1');
    await finance.getByTestId('draw-seed').fill('2020-抽查-1');
    await finance.getByTestId('draw').click();
    const items = finance.locator('[data-testid=sample-items] tbody tr.ant-table-row');
    await poll(() => items.count()).toBe(2);
    const samples = (await call(finance, 'GET', '/api/samples?year=2020')).body.items as { id: number }[];
    const drawn = (await call(finance, 'GET', `/api/samples/${samples[0].id}`)).body;
    const again = (await call(finance, 'POST', '/api/samples', { year: 2020, top: 1, random: 1, seed: '2020-抽查-1' })).body;
    expect(again.picks).toEqual(drawn.picks);
    expect(drawn.picks.sort()).toEqual([id1, id2].sort());

    // Taking form 2 out needs a reason: refused without, recorded with.
    await finance.getByTestId(`remove-${id2}`).click();
    await finance.locator('.ant-modal .ant-btn-primary').click();
    await finance.locator('.ant-modal').getByText('人工调整须写明理由').waitFor();
    await finance.getByTestId('reason').fill('该项目上年已抽查');
    await finance.locator('.ant-modal .ant-btn-primary').click();
    await finance.locator('[data-testid=sample-items]').getByText(/已移出：该项目上年已抽查（财政局复核员/).waitFor();
    await finance.getByTestId(`add-${id2}`).waitFor();

    // Assign form 1 to the expert for a period running today.
    await finance.getByTestId('assign-user').click();
    await finance.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: '外聘专家甲' }).click();
    await finance.getByTestId(`assign-${id1}`).click();
    await finance.locator('[data-testid=sample-items]').getByText('复核中').waitFor();

    // The expert: only its assigned form, the checklist and the re-score on the editor.
    const expert = await login('expert1');
    await poll(() => new URL(expert.url()).pathname).toBe('/sampling');
    const mine = expert.locator('[data-testid=my-assignments] tbody tr.ant-table-row');
    await poll(() => mine.count()).toBe(1);
    expect(await mine.first().textContent()).toContain(FORM1);
    expect((await call(expert, 'GET', `/api/forms/${id2}`)).status).toBe(404);
    await mine.first().getByRole('link').click();
    await expert.getByTestId('panel-work').waitFor();
    await expert.getByTestId('check-actuals').click();
    const ev = (await call(expert, 'GET', `/api/forms/${id1}`)).body.evaluation as { indicators: { name: string }[] };
    const row = ev.indicators.findIndex((i) => i.name.includes('双创'));
    await expert.getByTestId(`panel-score-${row}`).fill('2');
    await expert.getByTestId(`panel-reason-${row}`).fill('实际完成值远低于指标值');
    await expert.getByTestId('panel-submit').click();
    await expert.getByTestId('panel-review').getByText('待财政处理').waitFor();

    // Finance returns the result to the panel: refused without a reason, recorded with one.
    const sampleId = drawn.id as number;
    const assignment = (await call(finance, 'GET', `/api/samples/${sampleId}`)).body.assignments[0].id as number;
    const openSample = async () => {
      await finance.goto(`${server.url}/sampling?year=2020`);
      await finance.getByLabel('已抽取的样本').click();
      await finance.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: `#${sampleId} ` }).click();
    };
    await openSample();
    await finance.getByTestId(`return-${assignment}`).click();
    await finance.locator('.ant-modal .ant-btn-primary').click();
    await finance.locator('.ant-modal').getByText('退回须写明理由').waitFor();
    const why = '双创活跃度的扣分依据不足，请核对统计数据后重新评分';
    await finance.getByTestId('reason').fill(why);
    await finance.locator('.ant-modal .ant-btn-primary').click();
    const line = finance.getByTestId(`assignment-${assignment}`);
    await line.getByText('已退回专家组').waitFor();
    await line.getByText(`退回：${why}`).waitFor();
    expect((await call(finance, 'GET', `/api/samples/${sampleId}`)).body.assignments[0]).toMatchObject({ status: 'returned', decisionReason: why });
    expect((await call(finance, 'GET', `/api/forms/${id1}`)).body.status).toBe('dept_approved');

    // The expert sees the assignment back with the reason, re-scores from its earlier result and submits again.
    await expert.goto(`${server.url}/sampling`);
    await poll(() => expert.getByTestId(`my-status-${assignment}`).textContent()).toBe(`已退回专家组退回：${why}`);
    await mine.first().getByRole('link').click();
    await expert.getByTestId('panel-work').getByText(`退回：${why}`).waitFor();
    await poll(() => expert.getByTestId(`panel-score-${row}`).inputValue()).toBe('2');
    await expert.getByTestId(`panel-score-${row}`).fill('3');
    await expert.getByTestId(`panel-reason-${row}`).fill('核对统计数据后，实际完成值仍低于指标值');
    await expert.getByTestId('panel-submit').click();
    await expert.getByTestId('panel-review').getByText('待财政处理').waitFor();

    // Finance accepts the second result: the panel's score becomes the form's 财政复核.
    await openSample();
    await finance.getByTestId(`accept-${assignment}`).click();
    await finance.locator('[data-testid=sample-items]').getByText('已采纳').waitFor();
    const after = (await call(finance, 'GET', `/api/forms/${id1}`)).body;
    expect(after.status).toBe('finance_reviewed');
    expect(after.financeReview.total).toBeLessThan(99);
    expect(after.financeReview.scores[String(row)]).toEqual({ score: 3, reason: '核对统计数据后，实际完成值仍低于指标值' });
    expect((await call(finance, 'GET', `/api/samples/${sampleId}`)).body.assignments[0].result.total).toBe(after.financeReview.total);

    // 公开: the form is published, but the 复核 outcome shows only once finance chooses to publish it.
    expect((await call(finance, 'POST', `/api/forms/${id1}/transition`, { version: after.version, action: 'publish' })).status).toBe(200);
    const anon = await server.newPage();
    await anon.goto(`${server.url}/public/${id1}`);
    await anon.getByTestId('public-form').waitFor();
    await poll(async () => (await call(anon, 'GET', `/api/public/sampling?formId=${id1}`)).body.items).toEqual([]);
    expect(await anon.getByTestId('public-sampling').count()).toBe(0);
    await finance.getByTestId(`assignment-public-${assignment}`).click();
    await poll(async () => (await call(finance, 'GET', `/api/samples/${sampleId}`)).body.assignments[0].public).toBe(true);
    await anon.reload();
    const outcome = anon.getByTestId('public-sampling').locator('tbody tr.ant-table-row');
    await poll(() => outcome.count()).toBe(1);
    const cells = await outcome.first().locator('td').allTextContents();
    expect(cells[0]).toBe(FORM1);
    expect(cells.slice(3, 6)).toEqual(['99', String(Math.round(after.financeReview.total * 100) / 100), after.financeReview.grade]);
    expect(cells[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await anon.getByTestId('public-sampling').textContent()).not.toContain('外聘专家甲');
  }, STEP * 2);
});

/**
 * End to end, the budget year in the browser (issue 14), on its own server with demo data (the
 * 2020 seed forms give unit1 an earlier year): finance opens 2021's target filing and July
 * monitoring; unit1 files a target form, one indicator picked from the library, the too-low
 * 专精特新 target flagged beside its 2020 actual; the department returns it once, then approves;
 * finance approves; July monitoring is filed with one red light; a 目标调整 is approved; the
 * self-evaluation is created from the approved targets, locked, with the monitoring values and
 * the adjustment beside its indicators, and scored; finance's dashboard shows the overdue item.
 * Screenshots: target-form.png, library-picker.png, monitoring.png.
 *
 * Then: a 申报表 file (the formats export) imported on /cycle — a file that is not one shows its
 * error and cell, the good one its rows — and saved as a draft; finance sets the traffic-light
 * thresholds on the settings page (a wrong one explained as typed) and the monitoring form's
 * light for an unsaved edit follows them; the department keeps its own indicator library (add,
 * edit, retire, restore) and the units' search follows. Screenshots: target-import.png, library.png.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';
import { seedForm1 } from '../../core/src/testing/seed-forms';
import { exportForms, exportTargetForms } from '@jixiao/formats';
import { poll, STEP, useE2E, call } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const server = useE2E('jixiao-e2e-cycle-');
const { login } = server;
const PROJECT = '2021年“创客中国”中小企业创新创业大赛昌吉州选拔赛';
const RETURN_REASON = '专精特新目标低于上年实际，请调高';
const ADJ_REASON = '疫情影响，对接改为线上';

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));


/** Choose an option of an antd Select by its text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first().click();
}

async function settle(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

const status = (page: Page) => page.getByTestId('plan-status').first().textContent();

async function openPlan(page: Page, id: number): Promise<void> {
  await page.goto(`${server.url}/plans/${id}`);
  await page.getByTestId('plan-workflow').waitFor();
}

/** Save the plan form and wait until the save button is idle again. */
async function savePlan(page: Page): Promise<void> {
  await page.getByTestId('plan-save').click();
  await poll(() => page.getByTestId('plan-save').isDisabled()).toBe(true);
  // The 已保存 notice, so that settle() waits it out before a screenshot.
  await page.locator('.ant-message-notice').first().waitFor();
}

async function act(page: Page, action: string, expected: string): Promise<void> {
  await page.getByTestId(`plan-${action}`).click();
  await poll(() => status(page)).toBe(expected);
}

describe.skipIf(!server.runs)('web app end to end: the budget year', () => {
  it('runs 2021 from the tasks to the scored self-evaluation', async () => {
    // Finance opens the year: target filing for unit1 (deadline ahead), July monitoring for both units (deadline past).
    const finance = await login('finance1');
    await finance.goto(`${server.url}/cycle?year=2021`);
    await finance.getByTestId('open-task').waitFor();
    const units = finance.getByTestId('task-units');
    await units.getByText('昌吉州中小企业发展服务中心').click();
    await finance.getByTestId('task-deadline').fill('2099-03-31');
    await finance.getByTestId('task-note').fill('按《通知》填报');
    await finance.getByTestId('task-open').click();
    const tasks = finance.locator('[data-testid=tasks] tbody tr.ant-table-row');
    await poll(() => tasks.count()).toBe(1);
    await choose(finance, 'task-stage', '绩效运行监控');
    await units.getByText('昌吉州中小企业发展服务中心').click();
    await units.getByText('昌吉州工业经济运行监测中心').click();
    await finance.getByTestId('task-deadline').fill('2021-08-15');
    await finance.getByTestId('task-open').click();
    await poll(() => tasks.count()).toBe(2);
    await expect(finance.getByTestId('tasks').textContent()).resolves.toContain('绩效运行监控 1–7月');
    await expect(finance.getByTestId('tasks').textContent()).resolves.toContain('昌吉州中小企业发展服务中心、昌吉州工业经济运行监测中心');

    // The unit sees what is due: the overdue monitoring first, marked.
    const unit = await login('unit1');
    await unit.goto(`${server.url}/cycle?year=2021`);
    const due = unit.locator('[data-testid=due] tbody tr.ant-table-row');
    await poll(() => due.count()).toBe(2);
    await expect(due.nth(0).textContent()).resolves.toMatch(/^绩效运行监控.*2021-08-15.*⚠ 已逾期$/);
    await expect(due.nth(1).textContent()).resolves.toMatch(/^绩效目标申报.*2099-03-31.*待报送$/);
    await expect(due.nth(0).getAttribute('class')).resolves.toContain('jx-overdue');
    // The same on 待办.
    await unit.goto(`${server.url}/todo`);
    const todoDue = unit.locator('[data-testid=due] tbody tr.ant-table-row');
    await poll(() => todoDue.count()).toBe(2);
    await expect(todoDue.nth(0).textContent()).resolves.toMatch(/⚠ 已逾期$/);
    await unit.goto(`${server.url}/cycle?year=2021`);

    // A new target form; the seed form's rows but the last, then the satisfaction indicator from the library.
    await unit.getByTestId('new-target').click();
    await unit.getByTestId('new-target-project').fill(PROJECT);
    await unit.locator('#new-target-ok').click();
    await unit.getByTestId('target-form').waitFor();
    const id = Number(new URL(unit.url()).pathname.split('/').pop());
    await expect(unit.getByTestId('t-implementer').inputValue()).resolves.toBe('昌吉州中小企业发展服务中心');
    await expect(status(unit)).resolves.toBe('草稿');
    const seed = seedTargetForm1();
    const draft = (await call(unit, 'GET', `/api/plans/${id}`)).body;
    const put = await call(unit, 'PUT', `/api/plans/${id}`, {
      version: draft.version,
      form: { ...draft.form, year: 2021, indicators: seed.indicators.slice(0, -1).map((x) => ({ ...x, target: x.target.replace('2020年', '2021年') })) },
    });
    expect(put.status).toBe(200);
    await openPlan(unit, id);
    await unit.getByTestId('t-department').fill('昌吉州工业和信息化局');
    await unit.getByTestId('t-funds.total').fill('29.8');
    await unit.getByTestId('t-funds.fiscal').fill('5');
    await unit.getByTestId('t-funds.carryover').fill('24.8');
    await unit.getByTestId('t-goals.annual').fill(seed.goals.annual);
    await unit.getByTestId('t-goals.longTerm').fill(seed.goals.longTerm);
    // The sources must add up: a wrong total is caught as it is typed.
    await unit.getByTestId('t-funds.total').fill('30');
    await poll(() => unit.getByTestId('target-issues').textContent()).toBe('年度资金总额 30 不等于各来源之和 29.8');
    await unit.getByTestId('t-funds.total').fill('29.8');
    await poll(() => unit.getByTestId('target-issues').count()).toBe(0);

    await unit.getByTestId('t-add-row').click();
    await unit.getByTestId('t-pick-11').click();
    const picker = unit.getByTestId('library-picker');
    await picker.getByTestId('library-search').fill('服务对象 满意');
    const hits = picker.locator('.ant-table-row');
    await poll(async () => (await hits.first().textContent()) ?? '').toContain('服务对象满意度');
    await expect(hits.first().textContent()).resolves.toMatch(/^满意度指标服务对象满意度指标服务对象满意度.*%≥/);
    await settle(unit);
    await unit.screenshot({ path: join(SHOTS, 'library-picker.png') });
    await hits.first().getByTestId('library-pick').click();
    await picker.waitFor({ state: 'detached' });
    await expect(unit.getByTestId('t-indicators[11].name').inputValue()).resolves.toBe('服务对象满意度');
    await expect(unit.getByTestId('t-indicators[11].level1').inputValue()).resolves.toBe('满意度指标');
    await expect(unit.getByTestId('t-indicators[11].level2').inputValue()).resolves.toBe('服务对象满意度指标');
    await expect(unit.getByTestId('t-indicators[11].target').inputValue()).resolves.toBe('≥');
    await expect(unit.getByTestId('t-unit-11').textContent()).resolves.toBe('计量单位：%');
    await unit.getByTestId('t-indicators[11].target').fill('≥95%');
    await unit.getByTestId('t-indicators[11].weight').fill('10');

    // 历史标准 beside each row: 专精特新 reached 4 in 2020 and the target is ≥2家 — flagged before any save.
    await poll(() => unit.getByTestId('t-earlier-1').textContent()).toBe('2020：≥2家 / 4⚠ 低于往年实际');
    await expect(unit.locator('[data-testid=target-finding][data-rule=target-below-history][data-path="indicators[1].target"]').count()).resolves.toBe(1);
    await savePlan(unit);
    await settle(unit);
    await unit.screenshot({ path: join(SHOTS, 'target-form.png'), fullPage: true });
    const saved = (await call(unit, 'GET', `/api/plans/${id}`)).body;
    expect(saved.form.indicators[11]).toMatchObject({ name: '服务对象满意度', target: '≥95%', weight: 10, basis: { kind: 'industry' } });
    expect(saved.form.indicators[11].libraryId).toMatch(/^common:/);
    expect(saved.form.funds).toEqual({ unit: '万元', total: '29.8', fiscal: '5', carryover: '24.8', other: null });
    await act(unit, 'submit', '已提交');

    // The department returns it once: a reason is required.
    const dept = await login('dept1');
    await openPlan(dept, id);
    await dept.getByTestId('plan-return').click();
    await dept.locator('#plan-confirm').click();
    await dept.getByText('请填写理由').waitFor();
    await dept.getByTestId('plan-reason-input').fill(RETURN_REASON);
    await dept.locator('#plan-confirm').click();
    await poll(() => status(dept)).toBe('已退回');

    // The unit reads the reason, raises the target (the flag goes as it is typed) and resubmits.
    await openPlan(unit, id);
    await expect(unit.getByTestId('plan-reason').textContent()).resolves.toBe(RETURN_REASON);
    await unit.getByTestId('t-indicators[1].target').fill('≥5家');
    await poll(() => unit.getByTestId('t-below-1').count()).toBe(0);
    await savePlan(unit);
    await act(unit, 'submit', '已提交');
    await openPlan(dept, id);
    await act(dept, 'approve', '主管部门已审核');
    await openPlan(finance, id);
    await act(finance, 'finance-approve', '财政已批复');
    await expect(finance.getByTestId('plan-approvals').textContent()).resolves.toMatch(/^主管部门：工信局审核员 · \d{4}-\d\d-\d\d财政批复：财政局复核员 · \d{4}-\d\d-\d\d$/);
    // The approved 申报表 downloads in its official layout from the page's export links.
    const files = await finance.evaluate(async () => {
      const out: Record<string, { status: number; head: string; name: string | null }> = {};
      for (const f of ['xlsx', 'pdf']) {
        const href = document.querySelector(`[data-testid="plan-export-${f}"]`)?.getAttribute('href') ?? '';
        const r = await fetch(href);
        const bytes = new Uint8Array(await r.arrayBuffer());
        out[f] = { status: r.status, head: String.fromCharCode(...bytes.slice(0, 4)), name: r.headers.get('content-disposition') };
      }
      return out;
    });
    expect(files.xlsx).toMatchObject({ status: 200, head: 'PK\u0003\u0004' });
    expect(files.pdf).toMatchObject({ status: 200, head: '%PDF' });
    expect(decodeURIComponent(files.xlsx.name ?? '')).toContain('绩效目标申报表.xlsx');

    // The department's library grew from the approved form: the unit's next target form finds 举办参赛项目对接次数 as its department's own.
    await unit.goto(`${server.url}/cycle?year=2021`);
    await unit.getByTestId('new-target').click();
    await unit.getByTestId('new-target-project').fill('2021年中小企业公共服务平台运维');
    await unit.locator('#new-target-ok').click();
    await unit.getByTestId('target-form').waitFor();
    await unit.getByTestId('t-add-row').click();
    await unit.getByTestId('t-pick-0').click();
    await unit.getByTestId('library-search').fill('对接');
    const own = unit.getByTestId('library-picker').locator('.ant-table-row').filter({ hasText: '举办参赛项目对接次数' });
    await own.waitFor();
    await expect(own.textContent()).resolves.toBe('产出指标数量指标举办参赛项目对接次数2020年“创客中国”大赛工作方案次≥计划标准≥11次昌吉州工业和信息化局选用');
    await own.getByTestId('library-pick').click();
    await savePlan(unit);
    await expect(unit.getByTestId('t-indicators[0].basis.kind').textContent()).resolves.toBe('计划标准');

    // July monitoring, pre-filled from the approved targets: execution ahead of time, 专精特新 judged impossible.
    await openPlan(unit, id);
    await unit.getByTestId('new-monitoring').click();
    await unit.getByTestId('monitoring-form').waitFor();
    const julyId = Number(new URL(unit.url()).pathname.split('/').pop());
    await expect(unit.getByTestId('m-indicators[1].target').textContent()).resolves.toBe('≥5家');
    await expect(unit.getByTestId('m-funds.budget').inputValue()).resolves.toBe('29.8');
    await unit.getByTestId('m-funds.executed').fill('20');
    // 20 / 29.8 = 67.11% against 7/12 = 58.33% of the year: green.
    await poll(() => unit.getByTestId('m-rate').textContent()).toBe('67.11%');
    await expect(unit.getByTestId('m-share').textContent()).resolves.toBe('58.33%');
    await expect(unit.getByTestId('m-expected-amount').textContent()).resolves.toBe('17.3833');
    await expect(unit.getByTestId('m-budget-light').textContent()).resolves.toBe('■ 绿灯');
    await unit.getByTestId('m-indicators[0].completed').fill('15家');
    await unit.getByTestId('m-indicators[1].completed').fill('0家');
    await choose(unit, 'm-indicators[1].likelihood', '完全不可能');
    await choose(unit, 'm-indicators[1].cause.kind', '经费保障');
    await unit.getByTestId('m-indicators[1].cause.text').fill('企业培育周期长');
    await unit.getByTestId('m-indicators[1].measure').fill('争取追加资金');
    await unit.getByTestId('m-all-certain').click();
    await expect(unit.getByTestId('m-light-1').textContent()).resolves.toBe('● 红灯');
    await expect(unit.getByTestId('m-light-0').textContent()).resolves.toBe('■ 绿灯');
    await expect(unit.getByTestId('m-light-counts').textContent()).resolves.toBe('红灯 1 · 黄灯 0 · 绿灯 11');
    await savePlan(unit);
    // After the save the lights are the server's (core's, with the configured thresholds): the same.
    await expect(unit.getByTestId('m-light-counts').textContent()).resolves.toBe('红灯 1 · 黄灯 0 · 绿灯 11');
    await expect(unit.locator('tr[data-light=red]').count()).resolves.toBe(1);
    await settle(unit);
    await unit.screenshot({ path: join(SHOTS, 'monitoring.png'), fullPage: true });
    await act(unit, 'submit', '已提交');
    await openPlan(dept, julyId);
    await act(dept, 'approve', '主管部门已审核');
    await openPlan(finance, julyId);
    await act(finance, 'finance-approve', '财政已批复');

    // A 目标调整: 举办参赛项目对接次数 from ≥11次 to ≥10次, approved by the department and finance.
    await openPlan(unit, id);
    await unit.getByTestId('new-adjustment').click();
    await choose(unit, 'adj-indicator', '3. 举办参赛项目对接次数');
    await expect(unit.getByTestId('adj-from').textContent()).resolves.toBe('≥11次');
    await unit.getByTestId('adj-to').fill('≥10次');
    await unit.getByTestId('adj-reason').fill(ADJ_REASON);
    await unit.locator('#adj-ok').click();
    await unit.getByTestId('adjustment-form').waitFor();
    const adjId = Number(new URL(unit.url()).pathname.split('/').pop());
    await act(unit, 'submit', '已提交');
    await openPlan(dept, adjId);
    await act(dept, 'approve', '主管部门已审核');
    await openPlan(finance, adjId);
    await act(finance, 'finance-approve', '财政已批复');
    await expect(finance.getByTestId('adj-changes').textContent()).resolves.toContain('3指标值≥11次≥10次');

    // The target form shows the baseline in force with the change beside its row.
    await openPlan(unit, id);
    const baseline = unit.getByTestId('target-baseline');
    await expect(baseline.locator('.ant-table-row').nth(2).textContent()).resolves.toBe(`3举办参赛项目对接次数≥10次10指标值：≥11次 → ≥10次（${ADJ_REASON}）`);

    // The self-evaluation from the approved targets: pre-filled, locked, the monitoring and the change beside.
    await unit.getByTestId('create-evaluation').click();
    await unit.getByTestId('paper').waitFor();
    const formId = new URL(unit.url()).pathname.split('/').pop()!;
    await expect(unit.getByTestId('locked-indicators[2].target').textContent()).resolves.toBe('≥10次');
    await expect(unit.getByTestId('locked-indicators[1].target').textContent()).resolves.toBe('≥5家');
    await unit.getByTestId('tab-cycle').click();
    await poll(() => unit.getByTestId('beside-1-monitoring').textContent()).toBe('运行监控：1–7月 1–N月完成值 0家，全年预计完成 —，完全不可能 ● 红灯偏差原因：经费保障 企业培育周期长；纠偏措施：争取追加资金');
    await expect(unit.getByTestId('beside-2-changes').textContent()).resolves.toMatch(new RegExp(`^已批准的目标调整：指标值 ≥11次 → ≥10次（${ADJ_REASON}，\\d{4}-\\d\\d-\\d\\d）$`));
    await expect(unit.getByTestId('beside-0-changes').textContent()).resolves.toBe('已批准的目标调整：无调整');

    // Filled with seed form 1's results (as the unit would type them), it is scored; full marks on 专精特新 where July said impossible is flagged.
    const ev = (await call(unit, 'GET', `/api/forms/${formId}`)).body;
    const s1 = seedForm1();
    const filled = structuredClone(ev.evaluation);
    filled.indicators = filled.indicators.map((x: object, i: number) => ({ ...x, actual: s1.indicators[i].actual, score: s1.indicators[i].score, deviation: s1.indicators[i].deviation }));
    Object.assign(filled.funds, { total: { ...s1.funds.total }, fiscal: { ...s1.funds.fiscal }, carryover: { ...s1.funds.carryover } });
    filled.goals.actual = s1.goals.actual;
    filled.total.score = s1.total.score;
    expect((await call(unit, 'PUT', `/api/forms/${formId}`, { version: ev.version, evaluation: filled })).status).toBe(200);
    await unit.reload();
    await unit.getByTestId('paper').waitFor();
    await poll(() => unit.getByTestId('grade-claimed').textContent()).toBe('优');
    await expect(unit.getByTestId('proven-total').textContent()).resolves.toContain('88.67');
    await unit.getByTestId('tab-cycle').click();
    const contradicted = unit.getByTestId('beside-1-finding');
    await poll(() => contradicted.getAttribute('data-rule')).toBe('monitoring-contradicted');
    await expect(contradicted.textContent()).resolves.toContain('在 1–7月 监控中判断为“完全不可能”完成（当时完成 0家），年终自评满分却未说明原因');
    await expect(unit.locator('[data-rule=monitoring-contradicted]').count()).resolves.toBe(1);

    // Finance's dashboard: unit2 never filed July's monitoring; unit1 filed it late and its targets on time.
    await finance.goto(`${server.url}/cycle?year=2021`);
    const dep = finance.locator('[data-testid=progress-departments] tbody tr.ant-table-row');
    await poll(() => dep.count()).toBe(1);
    await expect(dep.first().textContent()).resolves.toBe('昌吉州工业和信息化局321166.67%33.33%');
    await expect(finance.getByTestId('overdue-count').textContent()).resolves.toBe('1');
    await expect(finance.locator('[data-testid=progress-overdue] tbody tr.ant-table-row').first().textContent()).resolves.toMatch(/^绩效运行监控昌吉州工业经济运行监测中心全部项目2021-08-15-?\d+⚠ 已逾期$/);
    // And on the dashboard.
    await finance.goto(`${server.url}/dashboard`);
    const dash = finance.locator('[data-testid=progress-departments] tbody tr.ant-table-row');
    await poll(() => dash.count()).toBe(1);
    await expect(dash.first().textContent()).resolves.toBe('昌吉州工业和信息化局321166.67%33.33%');
    await expect(finance.getByTestId('overdue-count').textContent()).resolves.toBe('1');

    // English: the same page and a plan form in English words, the light included.
    await finance.getByTestId('lang-switch').getByText('EN').click();
    await finance.goto(`${server.url}/cycle?year=2021`);
    await finance.getByTestId('progress').getByText('Completion rate').waitFor();
    await expect(finance.locator('[data-testid=progress-overdue] tbody tr.ant-table-row').first().textContent()).resolves.toMatch(/^mid-year monitoring.*⚠ overdue$/);
    await openPlan(finance, julyId);
    await expect(finance.getByTestId('plan-status').first().textContent()).resolves.toBe('approved by finance');
    await expect(finance.getByTestId('m-light-1').textContent()).resolves.toBe('● red');
    await expect(finance.getByTestId('m-light-counts').textContent()).resolves.toBe('red 1 · yellow 0 · green 11');
  }, 4 * STEP);

  it('imports a 申报表 file, follows the light thresholds finance sets, and keeps the department’s own indicators', async () => {
    const unit = await login('unit1');
    const finance = await login('finance1');
    const dept = await login('dept1');
    const seed = seedTargetForm1();
    const IMPORTED = '2022年中小企业服务券项目';
    const file = (await exportTargetForms([{ ...seed, year: 2022, projectName: IMPORTED }], 'xlsx')) as Uint8Array;
    const notTarget = (await exportForms([seedForm1()], 'xlsx')) as Uint8Array;

    // A self-evaluation is not a 申报表: the error and the cell it stopped at; then the 申报表 itself, its rows shown.
    await unit.goto(`${server.url}/cycle?year=2022`);
    await unit.getByTestId('import-target').click();
    const input = unit.locator('.ant-modal input[type=file]');
    await input.setInputFiles({ name: '自评表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(notTarget) });
    const error = unit.getByTestId('target-import-error');
    await error.waitFor();
    await expect(error.getAttribute('data-code')).resolves.toBe('not-target-form');
    await expect(unit.getByTestId('target-import-location').textContent()).resolves.toMatch(/!E\d+$/);
    await expect(unit.locator('#target-import-save').isDisabled()).resolves.toBe(true);
    await input.setInputFiles({ name: '申报表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(file) });
    await unit.getByTestId('target-import-preview').waitFor();
    await expect(unit.getByTestId('target-import-project').textContent()).resolves.toBe(IMPORTED);
    await expect(unit.getByTestId('target-import-total').textContent()).resolves.toBe('29.8');
    const rows = unit.locator('[data-testid=target-import-rows] tbody tr.ant-table-row');
    await poll(() => rows.count()).toBe(seed.indicators.length);
    await expect(rows.nth(1).textContent()).resolves.toContain(`${seed.indicators[1].name}${seed.indicators[1].target}`);
    // Nothing stored yet.
    expect((await call(unit, 'GET', '/api/plans?year=2022&kind=target')).body.total).toBe(0);
    await settle(unit);
    await unit.screenshot({ path: join(SHOTS, 'target-import.png') });
    await unit.locator('#target-import-save').click();
    await unit.getByTestId('target-form').waitFor();
    const id = Number(new URL(unit.url()).pathname.split('/').pop());
    await expect(status(unit)).resolves.toBe('草稿');
    await expect(unit.getByTestId('t-indicators[1].name').inputValue()).resolves.toBe(seed.indicators[1].name);
    const draft = (await call(unit, 'GET', `/api/plans/${id}`)).body;
    expect(draft.form).toEqual({ ...seed, year: 2022, projectName: IMPORTED });

    // Approved through the API, and July monitoring opened on it.
    let plan = (await call(unit, 'POST', `/api/plans/${id}/transition`, { version: draft.version, action: 'submit' })).body;
    plan = (await call(dept, 'POST', `/api/plans/${id}/transition`, { version: plan.version, action: 'approve' })).body;
    plan = (await call(finance, 'POST', `/api/plans/${id}/transition`, { version: plan.version, action: 'finance-approve' })).body;
    expect(plan.status).toBe('finance_approved');
    const july = (await call(unit, 'POST', `/api/target-forms/${id}/monitoring`, { period: { from: 1, to: 7 } })).body;
    // 12 of 29.8 万元 by July: 40.27% against 58.33% of the year, 69% of the expectation — yellow at the default 60/80.
    await openPlan(unit, july.id);
    await expect(unit.getByTestId('m-thresholds').textContent()).resolves.toContain('低于时序进度的 60% 为红灯，60%–80% 为黄灯');
    await unit.getByTestId('m-funds.executed').fill('12');
    await poll(() => unit.getByTestId('m-budget-light').getAttribute('data-light')).toBe('yellow');
    await savePlan(unit);

    // Finance raises the thresholds to 70/90; a yellow threshold below the red one is explained as it is typed.
    await finance.goto(`${server.url}/settings`);
    const lights = finance.getByTestId('traffic-lights');
    await expect(lights.getByTestId('lights-in-force').textContent()).resolves.toBe('当前生效：60,80（默认）');
    await lights.getByTestId('lights-red').fill('70');
    await lights.getByTestId('lights-yellow').fill('65');
    await expect(lights.getByTestId('lights-error').textContent()).resolves.toBe('黄灯阈值须高于红灯阈值 70%');
    await expect(lights.getByTestId('lights-save').isDisabled()).resolves.toBe(true);
    await lights.getByTestId('lights-yellow').fill('90');
    await expect(lights.getByTestId('lights-error').count()).resolves.toBe(0);
    await lights.getByTestId('lights-save').click();
    await poll(() => lights.getByTestId('lights-in-force').textContent()).toBe('当前生效：70,90');

    // The saved form is now red (the server's lights); an unsaved edit is judged by the same thresholds:
    // 14 / 29.8 = 46.98%, 80.5% of the expectation — yellow between 70 and 90 (green at the default).
    await openPlan(unit, july.id);
    await expect(unit.getByTestId('m-thresholds').textContent()).resolves.toContain('低于时序进度的 70% 为红灯，70%–90% 为黄灯');
    await expect(unit.getByTestId('m-budget-light').getAttribute('data-light')).resolves.toBe('red');
    await unit.getByTestId('m-funds.executed').fill('14');
    await poll(() => unit.getByTestId('m-budget-light').getAttribute('data-light')).toBe('yellow');
    await unit.getByTestId('m-funds.executed').fill('12');
    await poll(() => unit.getByTestId('m-budget-light').getAttribute('data-light')).toBe('red');
    await unit.getByTestId('m-funds.executed').fill('14');
    await savePlan(unit);
    await expect(unit.getByTestId('m-budget-light').getAttribute('data-light')).resolves.toBe('yellow');
    await lights.getByTestId('lights-reset').click();
    await poll(() => lights.getByTestId('lights-in-force').textContent()).toBe('当前生效：60,80（默认）');

    // The department's own indicators: added, edited, retired (units no longer find it), restored.
    const NAME = '服务券兑付企业数量';
    const found = async () => (await call(unit, 'GET', `/api/library?q=${encodeURIComponent('服务券兑付')}`)).body.items.map((e: { name: string }) => e.name);
    await dept.goto(`${server.url}/library`);
    await dept.getByTestId('library-page').waitFor();
    await dept.getByTestId('library-add').click();
    await expect(dept.locator('#library-entry-ok').isDisabled()).resolves.toBe(true);
    await expect(dept.getByTestId('library-gap').textContent()).resolves.toBe('请填写三级指标名称');
    await dept.getByTestId('library-name').fill(NAME);
    await dept.getByTestId('library-unit').fill('家');
    await choose(dept, 'library-basis', '计划标准');
    await dept.getByTestId('library-note').fill('按服务券发放计划');
    await dept.locator('#library-entry-ok').click();
    const row = dept.locator('[data-testid=library-entries] tbody tr.ant-table-row').filter({ hasText: NAME });
    await row.waitFor();
    await expect(row.textContent()).resolves.toBe(`产出指标数量指标${NAME}家≥ 越高越好计划标准按服务券发放计划—在用修改停用`);
    expect(await found()).toEqual([NAME]);
    // The same name again is refused with the reason.
    await dept.getByTestId('library-add').click();
    await dept.getByTestId('library-name').fill(NAME);
    await dept.locator('#library-entry-ok').click();
    await expect(dept.getByTestId('library-error').textContent()).resolves.toBe(`本部门指标库已有“${NAME}”，请直接修改 (entry.name)`);
    await dept.locator('.ant-modal .ant-modal-close').click();
    await dept.getByTestId('library-entry').waitFor({ state: 'detached' });
    await row.getByTestId('library-edit').click();
    await expect(dept.getByTestId('library-name').isDisabled()).resolves.toBe(true);
    await dept.getByTestId('library-note').fill('按服务券发放计划，上年兑付 120 家');
    await dept.locator('#library-entry-ok').click();
    await poll(() => row.textContent()).toContain('上年兑付 120 家');
    await row.getByTestId('library-retire').click();
    await dept.locator('#library-retire-ok').click();
    await poll(() => row.getByTestId('library-status').textContent()).toBe('已停用');
    expect(await found()).toEqual([]);
    await settle(dept);
    await dept.screenshot({ path: join(SHOTS, 'library.png'), fullPage: true });
    await row.getByTestId('library-restore').click();
    await poll(() => row.getByTestId('library-status').textContent()).toBe('在用');
    expect(await found()).toEqual([NAME]);
    // Finance sees the department's list by choosing it; a unit has no such page.
    await finance.goto(`${server.url}/library`);
    await choose(finance, 'library-dept', '昌吉州工业和信息化局');
    await finance.locator('[data-testid=library-entries] tbody tr.ant-table-row').filter({ hasText: NAME }).waitFor();
    await unit.goto(`${server.url}/library`);
    await unit.getByTestId('not-found').waitFor();
    // In English, the same words: the page, the entry's direction and status.
    await dept.getByTestId('lang-switch').getByText('EN').click();
    await dept.getByText('The department’s indicator library').waitFor();
    await expect(row.textContent()).resolves.toContain(`${NAME}家≥ more is betterplan standard`);
    await expect(row.getByTestId('library-status').textContent()).resolves.toBe('in use');
  }, 3 * STEP);
});

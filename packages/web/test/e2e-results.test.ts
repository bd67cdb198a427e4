/**
 * End to end, the 结果应用 page (/results, issue 15 item 5) in the browser, on its own server with
 * demo data: unit1's two 2020 seed forms are submitted and approved, form 1 re-scored by finance
 * (良) and given an open 整改 item, the department's thresholds set to 良,50 (set up through the API). Finance opens the page from the navigation,
 * chooses the department and the year; every row, the thresholds and the summary line match the
 * API's JSON for the same query; in English the same; the xlsx and pdf buttons answer their files;
 * axe finds nothing serious on the page (screenshot results.png). The dashboard's link opens the
 * page for its department and year; a department reviewer reads its own department, a unit has no page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { RESULTS_COLUMNS, SIGNAL_LABELS, SIGNAL_REASON_LABELS, type Lang, type ResultsRow } from '@jixiao/core';
import { R } from '../src/rectification/msgs';
import { axeViolations, call, poll, STEP, useE2E } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const server = useE2E('jixiao-e2e-results-');
const { login } = server;
const DEPT = '昌吉州工业和信息化局';

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

/** Choose an option of an antd Select by its text. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).first().click();
}

const score = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));

/** A row's cells as the page should show them, from the API's row. */
function cells(r: ResultsRow, lang: Lang): string[] {
  const sep = lang === 'zh' ? '、' : ', ';
  return [
    r.projectName, r.implementer, score(r.selfScore), r.selfGrade ?? '', score(r.reviewScore), r.reviewGrade ?? '',
    r.executionPercent ?? '', String(r.openRectification), SIGNAL_LABELS[r.signal][lang] + r.reasons.map((x) => SIGNAL_REASON_LABELS[x][lang]).join(sep),
  ];
}

interface Report { rows: ResultsRow[]; thresholds: { cutGrade: string; executionBelow: number }; summary: { forms: number; cut: number; openRectification: number; grades: Record<string, number> } }

/** The page against the report: headers, every row, the thresholds and the summary line. */
async function expectPage(page: Page, report: Report, lang: Lang): Promise<void> {
  const rows = page.locator('[data-testid=results-rows] tbody tr.ant-table-row');
  await poll(() => rows.count()).toBe(report.rows.length);
  const head = await page.locator('[data-testid=results-rows] thead th').allTextContents();
  expect(head).toEqual(RESULTS_COLUMNS.map((c) => c[lang]));
  for (let i = 0; i < report.rows.length; i++) await poll(() => rows.nth(i).locator('td').allTextContents()).toEqual(cells(report.rows[i], lang));
  const t = report.thresholds;
  await poll(() => page.getByTestId('results-thresholds').textContent()).toBe(R.thresholds(t.cutGrade, t.executionBelow)[lang]);
  const s = report.summary;
  const grades = ['优', '良', '中', '差'].map((g) => `${g} ${s.grades[g]}`).join(lang === 'zh' ? '、' : ', ');
  await poll(() => page.getByTestId('results-summary').textContent()).toBe(R.resultsSummary(s.forms, s.cut, s.openRectification, grades)[lang]);
}

describe.skipIf(!server.runs)('web app end to end: the 结果应用 page', () => {
  it('shows the department’s report as the API gives it, in both languages, with its files, and passes axe', async () => {
    const unit = await login('unit1');
    const dept = await login('dept1');
    const finance = await login('finance1');
    // The two seed forms submitted and approved; form 1 re-scored by finance, with an open 整改 item.
    const forms = (await call(unit, 'GET', '/api/forms?year=2020&sort=id')).body.items as { id: number; version: number; projectName: string }[];
    expect(forms.length).toBeGreaterThanOrEqual(2);
    const versions = new Map<number, number>();
    for (const f of forms) {
      const v = (await call(unit, 'POST', `/api/forms/${f.id}/transition`, { version: f.version, action: 'submit' })).body.version;
      versions.set(f.id, (await call(dept, 'POST', `/api/forms/${f.id}/transition`, { version: v, action: 'approve' })).body.version);
    }
    const form1 = forms.find((f) => f.projectName.includes('创客中国'))!;
    const reviewed = await call(finance, 'POST', `/api/forms/${form1.id}/transition`, { version: versions.get(form1.id), action: 'finance-review', financeReview: { scores: { '0': { score: 1, reason: '佐证不足' } } } });
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    const item = await call(finance, 'POST', '/api/rectification', { formId: form1.id, source: 'manual', what: '补充佐证材料', requiredAction: '按期整改', deadline: '2099-06-30' });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    // Thresholds stricter than the default for this department and year: a 良 marks a form for a cut.
    const orgs = (await call(finance, 'GET', '/api/orgs')).body.items as { id: number; name: string }[];
    const dept1 = orgs.find((o) => o.name === DEPT)!.id;
    expect((await call(finance, 'PUT', '/api/settings', { orgId: dept1, year: 2020, key: 'budget-thresholds', value: '良,50' })).status).toBe(200);

    // Finance: the page from the navigation, the department and the year chosen.
    await finance.getByTestId('nav-results').click();
    await poll(() => new URL(finance.url()).pathname).toBe('/results');
    await choose(finance, 'results-department', DEPT);
    await choose(finance, 'results-year', '2020');
    await poll(() => new URL(finance.url()).search).toBe(`?department=${dept1}&year=2020`);
    const json = await call(finance, 'GET', `/api/reports/results?department=${dept1}&year=2020`);
    expect(json.status).toBe(200);
    const report = json.body as Report;
    expect(report.rows).toHaveLength(forms.length);
    expect(report.thresholds).toEqual({ cutGrade: '良', executionBelow: 50 });
    expect(report.rows.find((r) => r.formId === form1.id)).toMatchObject({ openRectification: 1, reviewScore: reviewed.body.financeReview.total, signal: 'cut' });
    expect(report.summary.cut).toBeGreaterThan(0);
    expect(report.summary.cut).toBeLessThan(report.rows.length);
    await expectPage(finance, report, 'zh');
    await finance.waitForTimeout(500);
    await finance.screenshot({ path: join(SHOTS, 'results.png') });
    // No serious or critical axe violation on the page.
    expect(await axeViolations(finance)).toEqual([]);

    // The files, at the dashboard's addresses: xlsx and pdf.
    const files: [string, string][] = [['results-xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], ['results-pdf', 'application/pdf']];
    const fetched = async (testId: string) => {
      const href = await finance.getByTestId(testId).getAttribute('href');
      const got = await finance.evaluate(async (u) => { const r = await fetch(u!); return [r.status, r.headers.get('content-type')]; }, href);
      return { href, got };
    };
    for (const [id, type] of files) {
      const { href, got } = await fetched(id);
      expect(href).toBe(`/api/reports/results?department=${dept1}&year=2020&format=${id.slice(8)}`);
      expect(got).toEqual([200, type]);
    }

    // In English: the same figures, the English terms, and the files in English.
    await finance.getByTestId('lang-switch').getByText('EN').click();
    await expectPage(finance, report, 'en');
    for (const [id, type] of files) {
      const { href, got } = await fetched(id);
      expect(href).toBe(`/api/reports/results?department=${dept1}&year=2020&format=${id.slice(8)}&lang=en`);
      expect(got).toEqual([200, type]);
    }

    // The dashboard links each department's row to the page for its year.
    await finance.getByTestId('lang-switch').getByText('中文').click();
    await finance.goto(`${server.url}/dashboard`);
    await choose(finance, 'dashboard-year', '2020');
    await finance.getByTestId('rect-counts').locator('tbody tr.ant-table-row').filter({ hasText: DEPT }).getByRole('link', { name: R.resultsPage.zh }).click();
    await poll(() => new URL(finance.url()).pathname + new URL(finance.url()).search).toBe(`/results?department=${dept1}&year=2020`);
    await expectPage(finance, report, 'zh');

    // A department reviewer reads its own department, without a choice; a unit has no such page.
    await dept.goto(`${server.url}/results?year=2020`);
    await poll(() => dept.getByTestId('results-department-name').textContent()).toBe(DEPT);
    expect(await dept.getByTestId('results-department').count()).toBe(0);
    await expectPage(dept, report, 'zh');
    expect(await unit.getByTestId('nav-results').count()).toBe(0);
  }, STEP * 2);
});

/**
 * Accessibility (axe-core injected into the page: no serious or critical violation on the login,
 * list, editor, dashboard and public pages), the 390 px phone layout, English labels, and the
 * screenshots the README shows (new-form dialog, 复核 view, 待办, admin pages, phone).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seedForm1 } from '../../core/src/testing/seed-forms';
import { poll, STEP, useE2E } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const server = useE2E('jixiao-e2e-a11y-');
const { login } = server;

beforeAll(() => void mkdirSync(SHOTS, { recursive: true }));

/** Call the API as the page's user. */
async function call(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return page.evaluate(
    async ({ method, path, body }) => {
      const s = await (await fetch('/api/session')).json();
      const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken ?? '' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** axe-core's serious and critical violations on the page as it stands: rule id, impact and where. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

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
});

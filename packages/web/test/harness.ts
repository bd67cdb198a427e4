/**
 * What every end-to-end file needs: the production build, the real server with demo data on a
 * random port in a temporary folder, a Chromium browser (test/tools.ts finds it), and logged-in
 * pages. `useE2E` registers the vitest hooks that start and stop them; without a browser it
 * registers none and `runs` is false (the files skip, saying so; under CI they fail).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD, startServer } from '@jixiao/server';
import { ensureBuilt } from './build';
import { chromiumPath, needs } from '../../../test/tools';

export const SEED = fileURLToPath(new URL('../../../examples/seed-2020.txt', import.meta.url));
export const STEP = 120_000;
// vitest's default poll timeout is one second: far too short on a shared two-core machine.
export const poll = <T,>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

export interface E2E {
  /** False when no browser was found: the file's tests are skipped. */
  runs: boolean;
  /** The server's base URL (set once the hooks have run). */
  url: string;
  /** A fresh browser context and page, not logged in. */
  newPage(): Promise<Page>;
  /** A fresh page logged in as a demo user. */
  login(username: string): Promise<Page>;
}

/** Start build, server and browser before the file's tests and stop them after. */
export function useE2E(tmpPrefix: string): E2E {
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let dataDir = '';
  const contexts: BrowserContext[] = [];
  const e2e: E2E = {
    runs: needs('chromium'),
    url: '',
    async newPage() {
      const ctx = await browser!.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 });
      contexts.push(ctx);
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async login(username) {
      const page = await e2e.newPage();
      await page.goto(`${e2e.url}/login`);
      await page.locator('#username').fill(username);
      await page.locator('#password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('current-user').waitFor();
      return page;
    },
  };
  if (!e2e.runs) return e2e;
  beforeAll(async () => {
    await ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), tmpPrefix));
    server = await startServer({ port: 0, dataDir, demo: true, log: () => undefined });
    e2e.url = server.url;
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return e2e;
}

/** 新建表单 through the dialog: the year offered, a project name, and (unless `skeleton`) no indicator rows. */
export async function newForm(page: Page, projectName: string, opts: { skeleton?: boolean } = {}): Promise<void> {
  await page.getByTestId('new-form').click();
  await page.getByTestId('new-form-project').fill(projectName);
  if (!opts.skeleton) {
    // The dialog may still be opening: click until the box reads unchecked.
    const box = page.locator('#new-form-skeleton');
    await box.waitFor();
    await poll(async () => {
      if (await box.isChecked()) await box.click();
      return box.isChecked();
    }).toBe(false);
  }
  await page.locator('#new-form-ok').click();
  await page.getByTestId('paper').waitFor();
}

/** Call the API as the page's user, with its session's CSRF token (for setting up what a test does not exercise in the UI). */
export async function call(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
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

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations on the page as it stands: rule id, impact and where.
 * With `within` (a selector), only there: a dialog, whose page behind the mask is checked without it.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag: the app's CSP (script-src 'self')
  // rightly refuses inline scripts, and the page under test keeps its real CSP.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(within ? { include: [within] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

/**
 * The web app runs under the Content-Security-Policy the server sends (issue 13, headers): a real
 * browser logs in and walks the list, a form, the dashboard and the public page, and the browser
 * reports no policy violation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { DEMO_PASSWORD, startServer } from '../src/index';
import { ensureBuilt } from '../../web/test/build';
import { chromiumPath, needs } from '../../../test/tools';

const runs = needs('chromium');

describe.skipIf(!runs)('the web app under the CSP', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let dataDir = '';
  beforeAll(async () => {
    const webDist = await ensureBuilt();
    dataDir = mkdtempSync(join(tmpdir(), 'jx-csp-'));
    server = await startServer({ port: 0, dataDir, demo: true, webDist, log: () => undefined });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in, opens list, form, dashboard and public page without a violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
    });
    const first = await page.goto(`${server.url}/login`);
    expect(first?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('#username').fill('finance1');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    for (const path of ['/forms', '/forms/1', '/dashboard', '/public', '/public/1']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(await page.locator('body').innerText()).not.toBe('');
    expect(violations).toEqual([]);
  }, 120_000);
});

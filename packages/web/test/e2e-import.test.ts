/**
 * End to end, issue 11 item 10: the import page shows each file and, inside a PDF, the pages read
 * and recognised while the import runs, and its cancel button stops the work on the server (the
 * OCR program is killed) and saves nothing. OCR is made to hang by a stand-in tesseract, so that
 * the page is caught mid-import on any machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive, hangingTesseract, scanPdf } from '../../../test/hanging-ocr';
import { needs } from '../../../test/tools';
import { poll, SEED, STEP, useE2E } from './harness';

const server = useE2E('jixiao-e2e-import-');
const dir = mkdtempSync(join(tmpdir(), 'jx-e2e-ocr-'));
afterAll(() => {
  delete process.env.JIXIAO_TESSERACT;
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!server.runs || !needs('poppler'))('import progress and cancel in the browser', () => {
  it('shows each file and the PDF pages as they are read, and cancel stops the import and saves nothing', async () => {
    const { command, pidFile } = hangingTesseract(dir);
    // The server runs in this process: its workers see this environment.
    process.env.JIXIAO_TESSERACT = command;
    const page = await server.login('unit1');
    const before = await page.evaluate(async () => (await (await fetch('/api/forms')).json()).total as number);
    await page.goto(`${server.url}/import`);
    await page.locator('input[type=file]').setInputFiles([
      { name: 'seed-2020.txt', mimeType: 'text/plain', buffer: readFileSync(SEED) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(scanPdf(2)) },
    ]);
    await page.getByTestId('import-preview').click();
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    const files = page.getByTestId('import-file-progress');
    // The seed text is read; the PDF's two pages are read and OCR of the first has started (and hangs).
    await poll(() => files.count()).toBe(2);
    await poll(() => files.nth(0).getAttribute('data-state')).toBe('done');
    await poll(() => files.nth(1).getAttribute('data-state')).toBe('reading');
    await poll(() => page.getByTestId('import-page-progress').textContent()).toBe('已读取 2/2 页');
    await expect(files.nth(0).textContent()).resolves.toContain('seed-2020.txt');
    await expect(files.nth(1).textContent()).resolves.toContain('scan.pdf');
    await poll(() => existsSync(pidFile)).toBe(true);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);

    await page.getByTestId('import-cancel').click();
    await page.getByText('导入已取消，未保存任何内容').waitFor();
    await progress.waitFor({ state: 'detached' });
    await poll(() => alive(pid)).toBe(false);
    // A preview saves nothing anyway; nothing is shown as read either.
    await expect(page.getByTestId('import-form').count()).resolves.toBe(0);
    await expect(page.evaluate(async () => (await (await fetch('/api/forms')).json()).total as number)).resolves.toBe(before);

    // The same page imports again once OCR is not in the way: the text file alone, to the end.
    delete process.env.JIXIAO_TESSERACT;
    await page.locator('.ant-upload-list-item').filter({ hasText: 'scan.pdf' }).getByRole('button').click();
    await page.getByTestId('import-preview').click();
    await poll(() => page.getByTestId('import-form').count()).toBe(2);
    await expect(progress.count()).resolves.toBe(0);
  }, STEP);
});

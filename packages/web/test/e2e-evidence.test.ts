/**
 * 佐证材料 in the editor (issue 15, item 1): the unit attaches a PDF and a PNG to an indicator of
 * seed form 1 by choosing files, sees them listed under that row, the review's "full marks without
 * evidence" finding for the row goes, a file of another kind is refused in Chinese with English,
 * the viewer shows the image and the PDF in the page under the app's CSP, and a file is removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, poll, STEP, useE2E } from './harness';

const SHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PNG = readFileSync(join(SHOTS, 'admin-audit.png'));
const server = useE2E('jixiao-e2e-evidence-');
const ROW = '区域双创活跃度每年逐渐增加';

/** A one-page PDF saying what it is (the cross-reference offsets computed, so viewers read it without repair). */
function onePagePdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 28 Tf 72 760 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 28 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function settle(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  await page.waitForTimeout(400);
}

describe.skipIf(!server.runs)('佐证材料 in the editor (Chromium)', () => {
  it('attaches a PDF and a PNG to an indicator, lists them, refuses another kind, views both, removes one', async () => {
    const page = await server.login('unit1');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${server.url}/forms/1`);
    await page.getByTestId('paper').waitFor();
    // Before: the row claims full marks with nothing attached, and review says so.
    const finding = page.getByTestId('findings').getByText(`${ROW}」自评满分，但未附佐证材料`);
    await finding.first().waitFor();

    await page.getByTestId('tab-evidence').click();
    await page.getByTestId('evidence-panel').waitFor();
    await page.getByTestId('evidence-target').click();
    // The rows are many (the list is virtual): type to find the row.
    await page.keyboard.type('每年逐渐增加');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: ROW }).first().click();
    const input = page.getByTestId('evidence-panel').locator('input[type=file]');
    await input.setInputFiles([
      { name: '双创活跃度统计.pdf', mimeType: 'application/pdf', buffer: onePagePdf('Evidence: innovation activity 2020') },
      { name: '路演现场照片.png', mimeType: 'image/png', buffer: PNG },
    ]);
    await poll(() => page.getByTestId('evidence-item').count()).toBe(2);
    const group = page.locator('.jx-evidence-group').filter({ hasText: ROW });
    expect(await group.getByTestId('evidence-item').allTextContents()).toEqual([
      expect.stringContaining('双创活跃度统计.pdf'),
      expect.stringContaining('路演现场照片.png'),
    ]);
    await expect(page.getByTestId('tab-evidence').textContent()).resolves.toBe('佐证材料 (2)');
    // After: the row has evidence, the finding goes (the editor reviews with the counts, as the server does).
    await poll(() => finding.count()).toBe(0);
    const stored = await call(page, 'GET', '/api/forms/1');
    expect(stored.body.findings.filter((f: { ruleId: string; path: string }) => f.ruleId === 'evidence-required').map((f: { path: string }) => f.path)).not.toContain('indicators[10].score');

    // A file of a kind not accepted is refused before it is sent, in Chinese with English.
    await input.setInputFiles([{ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是佐证') }]);
    await expect(page.getByTestId('evidence-errors').textContent()).resolves.toBe('“说明.txt”不是可接受的文件类型（PDF、PNG、JPG、XLSX、DOCX）（“说明.txt” is not an accepted kind of file (PDF, PNG, JPG, XLSX, DOCX)）');
    // A file whose name says PDF but whose bytes do not: the server refuses it (415), and the panel says why.
    await input.setInputFiles([{ name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script>') }]);
    await expect(page.getByTestId('evidence-errors').textContent()).resolves.toMatch(/^“伪装\.pdf”：.+（“伪装\.pdf”: .+）$/);
    expect(await page.getByTestId('evidence-item').count()).toBe(2);

    // The viewer: the image in an <img>, then the PDF in a frame of the evidence route.
    await group.getByTestId('evidence-item').filter({ hasText: '路演现场照片.png' }).getByTestId('evidence-view').click();
    const img = page.getByTestId('evidence-image');
    await img.waitFor();
    await poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await page.getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('evidence-viewer').waitFor({ state: 'detached' });
    const pdfAnswer = page.waitForResponse((r) => /\/api\/forms\/1\/evidence\/\d+\?inline=1$/.test(r.url()) && r.request().resourceType() === 'document');
    await group.getByTestId('evidence-item').filter({ hasText: '双创活跃度统计.pdf' }).getByTestId('evidence-view').click();
    await page.getByTestId('evidence-pdf').waitFor();
    const answer = await pdfAnswer;
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect(answer.headers()['x-frame-options']).toBe('SAMEORIGIN');
    await expect(page.getByTestId('evidence-viewer-title').textContent()).resolves.toBe('双创活跃度统计.pdf');
    await page.waitForTimeout(1500);
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'evidence-viewer.png') });
    await page.getByRole('button', { name: '关闭' }).click();

    // Remove the image: one left, and the list the server holds agrees.
    await group.getByTestId('evidence-item').filter({ hasText: '路演现场照片.png' }).getByTestId('evidence-remove').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await poll(() => page.getByTestId('evidence-item').count()).toBe(1);
    const left = await call(page, 'GET', '/api/forms/1/evidence');
    expect(left.body.items.map((x: { name: string; indicator: string }) => [x.name, x.indicator])).toEqual([['双创活跃度统计.pdf', '10']]);
    expect(violations).toEqual([]);
  }, STEP * 2);
});

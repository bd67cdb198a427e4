/** The exported xlsx and docx open in LibreOffice and convert to PDF without error. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../src/text/cells';
import { exportXlsx } from '../src/xlsx/export';
import { summaryRows } from '../src/xlsx/summary';
import { exportDocx } from '../src/docx/export';
import { seedText } from './helpers';
import { tempDir } from './office-tools';
import { needs } from '../../../test/tools';

const run = needs('soffice', 'poppler');

function convert(file: string, dir: string): string {
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  // LibreOffice needs a writable profile directory: give it its own HOME.
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], {
    env: { ...process.env, HOME: home },
    timeout: 120_000,
    stdio: 'pipe',
  });
  return file.replace(/\.(xlsx|docx)$/, '.pdf');
}

describe.skipIf(!run)('LibreOffice opens the exports', () => {
  const r = importText(seedText());
  if (!r.ok) throw new Error(r.issues[0].code);
  const forms = r.forms.map((f) => f.evaluation);

  it('converts the xlsx (two form sheets and the summary) to PDF with the forms’ text', async () => {
    const dir = tempDir();
    const file = join(dir, 'seed.xlsx');
    writeFileSync(file, await exportXlsx(forms, { summary: summaryRows(forms) }));
    const pdf = convert(file, dir);
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(5000);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('项目支出绩效自评表');
    expect(text).toContain('自治区银河培训项目');
    expect(text).toContain('项目支出绩效自评汇总表');
  }, 180_000);

  it('converts the docx to PDF, one form per page', async () => {
    const dir = tempDir();
    const file = join(dir, 'seed.docx');
    writeFileSync(file, await exportDocx(forms));
    const pdf = convert(file, dir);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').map((p) => p.replace(/\s+/g, ''));
    const first = pages.findIndex((p) => p.includes('创新创业大赛昌吉州选拔赛'));
    const second = pages.findIndex((p) => p.includes('自治区银河培训项目'));
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(first);
    // The second form starts on a page of its own, with its title.
    expect(pages[second].startsWith('项目支出绩效自评表')).toBe(true);
  }, 180_000);
});

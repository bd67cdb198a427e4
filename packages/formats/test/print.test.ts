/**
 * Exports people print: the indicator header repeats on the next page of the PDF, a form that
 * fits on a page stays on one (both seed forms, one A4 page each) with 满意度指标 unbroken in its
 * 一级 column; the docx marks its header row to repeat and prints each seed form on one page; the
 * html, printed by Chromium, too.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportForms } from '../src/index';
import { importPdf } from '../src/pdf-import/import';
import { openPdf } from '../src/pdf-import/pdfjs';
import { unzipSafe } from '../src/safety/zip';
import { longForm, pageNames, seedForms } from './pdf-helpers';
import { printedPages, tempDir } from './office-tools';
import { chromiumPath, needs } from '../../../test/tools';

const forms = seedForms();

describe('printing', () => {
  it('pdf: the indicator header is printed again at the top of the page a form runs onto', async () => {
    const r = await importPdf((await exportForms([longForm(), forms[1]], 'pdf')) as Uint8Array);
    if (!r.ok) throw new Error(r.issues[0].code);
    expect(r.forms[0].notes.filter((n) => n.code === 'repeated-header').map((n) => n.location)).toEqual(['page 2, table 1, row 1, cell 1']);
    expect(r.forms.map((f) => f.notes.find((n) => n.code === 'form-pages')?.location)).toEqual(['第1–2页', '第3页']);
  });

  it('pdf: each seed form, which nearly fills a page, is printed on one A4 page', async () => {
    const r = await importPdf((await exportForms(forms, 'pdf')) as Uint8Array);
    expect(pageNames(r)).toEqual(['第1页', '第2页']);
  });

  it('pdf: the 一级 column holds 满意度指标 on one line (each label is one line of text, not broken)', async () => {
    const doc = await openPdf((await exportForms(forms, 'pdf')) as Uint8Array);
    try {
      const lines: string[] = [];
      for (let p = 1; p <= doc.numPages; p++) for (const it of (await (await doc.getPage(p)).getTextContent()).items) if ('str' in it) lines.push(it.str);
      for (const label of ['产出指标', '效益指标', '满意度指标']) expect(lines.filter((l) => l === label)).toHaveLength(2);
      expect(lines.filter((l) => l === '满意度指')).toEqual([]);
    } finally {
      await doc.destroy();
    }
  });

  it('docx: the indicator header row of each form is a repeating header row of its table', async () => {
    const z = unzipSafe((await exportForms(forms, 'docx')) as Uint8Array, (n) => n === 'word/document.xml');
    if (!z.ok) throw new Error(z.issues[0].code);
    const xml = new TextDecoder().decode(z.files.get('word/document.xml'));
    const firstRows = xml.split('<w:tbl>').slice(1).map((t) => t.split('<w:tr>')[1]);
    expect(firstRows.map((tr) => tr.includes('<w:tblHeader/>') && tr.includes('一级指标'))).toEqual([false, true, false, true]);
  });
});

const office = needs('soffice', 'poppler');

describe.skipIf(!office)('printing the docx (LibreOffice)', () => {
  it('prints each seed form on one A4 page', async () => {
    const dir = tempDir();
    const pages = [];
    for (const [i, ev] of forms.entries()) pages.push(printedPages((await exportForms([ev], 'docx')) as Uint8Array, dir, `form${i + 1}`));
    expect(pages).toEqual([1, 1]);
  }, 240_000);
});

describe.skipIf(!needs('chromium', 'poppler'))('printing the html (Chromium)', () => {
  it('prints each seed form on one A4 page', async () => {
    const dir = tempDir();
    const pages = [];
    for (const [i, ev] of forms.entries()) {
      const file = join(dir, `form${i + 1}.html`);
      writeFileSync(file, (await exportForms([ev], 'html')) as string);
      const pdf = join(dir, `form${i + 1}.pdf`);
      execFileSync(chromiumPath()!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
      pages.push(Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]));
    }
    expect(pages).toEqual([1, 1]);
  }, 240_000);
});

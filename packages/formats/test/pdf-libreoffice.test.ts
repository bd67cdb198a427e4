/**
 * PDFs LibreOffice prints from jixiao's xlsx and docx exports (other fonts, borders drawn as
 * paths, a summary sheet after the forms) read back to the same forms.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportForms } from '../src/index';
import { importPdf } from '../src/pdf-import/import';
import { content } from './helpers';
import { tempDir } from './office-tools';
import { needs } from '../../../test/tools';
import { contents, longForm, pageNames, seedForms } from './pdf-helpers';

const run = needs('soffice');
const forms = seedForms();

function toPdf(name: string, bytes: Uint8Array): Uint8Array {
  const dir = tempDir();
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  // LibreOffice needs a writable profile directory: give it its own HOME.
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { env: { ...process.env, HOME: home }, timeout: 120_000, stdio: 'pipe' });
  return new Uint8Array(readFileSync(file.replace(/\.\w+$/, '.pdf')));
}

describe.skipIf(!run)('pdf import of LibreOffice PDFs', () => {
  it('reads the PDF of the xlsx export: the forms, and the summary sheet skipped with one note', async () => {
    const r = await importPdf(toPdf('seed.xlsx', (await exportForms(forms, 'xlsx')) as Uint8Array));
    expect(contents(r)).toEqual(forms.map(content));
    expect(pageNames(r)).toEqual(['第1页', '第2页']);
    if (r.ok) expect(r.forms[1].notes.filter((n) => n.code === 'foreign-table')).toHaveLength(1);
  }, 180_000);

  it('reads the PDF of the docx export, forms running over page breaks', async () => {
    // Each seed form prints on one page: a long form runs over the page break.
    const printed = [longForm(), forms[1]];
    const r = await importPdf(toPdf('seed.docx', (await exportForms(printed, 'docx')) as Uint8Array));
    expect(contents(r)).toEqual(printed.map(content));
    expect(pageNames(r)).toEqual(['第1–2页', '第3页']);
  }, 180_000);
});

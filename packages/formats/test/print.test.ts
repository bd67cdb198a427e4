/**
 * Exports people print: the indicator header repeats on the next page of the PDF, and a form that
 * fits on a page stays on one (seed form 2 on page 3); the docx marks its header row to repeat.
 */
import { describe, expect, it } from 'vitest';
import { exportForms } from '../src/index';
import { importPdf } from '../src/pdf-import/import';
import { unzipSafe } from '../src/safety/zip';
import { seedForms } from './pdf-helpers';

const forms = seedForms();

describe('printing', () => {
  it('pdf: the indicator header is printed again at the top of the page a form runs onto', async () => {
    const r = await importPdf((await exportForms(forms, 'pdf')) as Uint8Array);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.forms[0].notes.filter((n) => n.code === 'repeated-header').map((n) => n.location)).toEqual(['page 2, table 1, row 1, cell 1']);
    expect(r.forms.map((f) => f.notes.find((n) => n.code === 'form-pages')?.location)).toEqual(['第1–2页', '第3页']);
  });

  it('docx: the indicator header row of each form is a repeating header row of its table', async () => {
    const z = unzipSafe((await exportForms(forms, 'docx')) as Uint8Array, (n) => n === 'word/document.xml');
    if (!z.ok) throw new Error(z.error.code);
    const xml = new TextDecoder().decode(z.files.get('word/document.xml'));
    const firstRows = xml.split('<w:tbl>').slice(1).map((t) => t.split('<w:tr>')[1]);
    expect(firstRows.map((tr) => tr.includes('<w:tblHeader/>') && tr.includes('一级指标'))).toEqual([false, true, false, true]);
  });
});

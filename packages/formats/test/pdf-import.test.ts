/**
 * PDF import with a text layer: jixiao's own export round-trips, forms are named by their pages,
 * forms among other content and tables are found, 30 forms in one PDF are 30 forms, a font without
 * a ToUnicode map and a PDF without text say so, and long reads report progress and can be cancelled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { importFile } from '../src/index';
import { importPdf } from '../src/pdf-import/import';
import { contents, longForm, mixedPdf, pageNames, pdfOf, seedForms, withoutToUnicode } from './pdf-helpers';
import { content } from './helpers';
import { imagePdf } from './scan-pdf';

const forms = seedForms();
const expected = forms.map(content);
// A form that runs onto a second page, and seed form 2 (one page).
const printed = [longForm(), forms[1]];
const NO_TESSERACT = '/nonexistent/tesseract';
// pdf.js loads on first use, after this line: the engine's own push, to compare with afterwards.
const nativePush = Array.prototype.push;

afterEach(() => {
  delete process.env.JIXIAO_TESSERACT;
});

describe('pdf import: text layer', () => {
  it("reads jixiao's own PDF export back to the same forms, each named by its pages", async () => {
    const r = await importFile(await pdfOf(printed), { fileName: 'seed.pdf' });
    expect(contents(r)).toEqual(printed.map(content));
    expect(pageNames(r)).toEqual(['第1–2页', '第3页']);
    if (!r.ok) return;
    expect(r.forms[0].evaluation.source).toMatchObject({ file: 'seed.pdf', format: 'pdf', form: 1 });
    expect(r.forms[0].notes[0]).toMatchObject({ code: 'form-pages', location: '第1–2页' });
    // The one check of import-note wording, as kept in evaluation.source.notes; other tests assert codes, locations and data.
    expect(r.forms[0].evaluation.source?.notes?.[0]).toBe('本表位于第1–2页（第1–2页）');
    // Nothing is left unplaced: every cell of the export found its field.
    expect(r.forms.flatMap((f) => f.notes.filter((n) => n.code === 'unplaced-cell'))).toEqual([]);
  }, 60_000);

  it('finds the forms among headings, paragraphs, signatures and other tables', async () => {
    const r = await importPdf(await mixedPdf(forms), { fileName: 'juesuan.pdf' });
    expect(contents(r)).toEqual(expected);
    expect(pageNames(r)).toEqual(['第1–2页', '第4页']);
    if (!r.ok) return;
    const codes = r.forms.map((f) => f.notes.map((n) => n.code));
    // The budget table before the first form and the tables after each form are skipped, each with one note.
    expect(codes[0].filter((c) => c === 'foreign-table')).toHaveLength(3);
    // The paragraphs and signature lines are kept as notes, never dropped silently.
    const texts = r.forms[0].notes.map((n) => n.message.zh).join('\n');
    expect(texts).toContain('填报人：张三');
    expect(texts).toContain('一、部门基本情况');
  }, 60_000);

  it('reads 30 forms from one 30-form PDF, each named by its pages in order', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...printed[i % 2], projectName: `${printed[i % 2].projectName}（第${i + 1}号）` }));
    const r = await importPdf(await pdfOf(many), { fileName: 'many.pdf' });
    if (!r.ok) throw new Error(r.issues[0].code);
    expect(r.forms.map((f) => f.evaluation.projectName)).toEqual(many.map((f) => f.projectName));
    const names = pageNames(r);
    // The long form takes two pages, seed form 2 one: pages 1–2, 3, 4–5, 6, …
    expect(names.slice(0, 4)).toEqual(['第1–2页', '第3页', '第4–5页', '第6页']);
    expect(names[29]).toBe('第45页');
    expect(contents(r).map((c) => ({ ...c, projectName: '' }))).toEqual(many.map((f) => ({ ...content(f), projectName: '' })));
  }, 120_000);

  it('reports a font without a ToUnicode map, and says how to get OCR when tesseract is missing', async () => {
    process.env.JIXIAO_TESSERACT = NO_TESSERACT;
    const r = await importPdf(withoutToUnicode(await pdfOf([forms[1]])));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].code).toBe('pdf-no-tounicode');
    expect(r.issues[0].message.zh).toContain('PDF字体缺少ToUnicode映射，文字无法提取，请尝试OCR');
    expect(r.issues[0].message.zh).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  }, 60_000);

  it('a PDF without a text layer is an error naming the missing OCR, never an empty form', async () => {
    process.env.JIXIAO_TESSERACT = NO_TESSERACT;
    const blank = { width: 200, height: 280, data: new Uint8Array(200 * 280).fill(255) };
    for (let x = 20; x < 180; x++) blank.data[100 * 200 + x] = 0;
    const r = await importFile(imagePdf([blank]), { fileName: 'scan.pdf' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].code).toBe('pdf-no-text');
    expect(r.issues[0].message.zh).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
    expect(r.issues[0].message.en).toContain('no text layer');
  });

  it("leaves the engine's own Array.prototype.push in place after loading pdf.js", async () => {
    await importPdf(await pdfOf([forms[1]]));
    // core-js makes its replacement print as native code: compare the function itself.
    expect(Array.prototype.push).toBe(nativePush);
  }, 60_000);

  it('refuses a broken PDF with a typed error', async () => {
    const r = await importFile(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a pdf'));
    expect(r).toMatchObject({ ok: false, issues: [{ location: 'file' }] });
    if (!r.ok) expect(['pdf-invalid', 'pdf-empty']).toContain(r.issues[0].code);
  });

  it('reports progress page by page and stops when cancelled', async () => {
    const pdf = await pdfOf(printed);
    const seen: string[] = [];
    const r = await importPdf(pdf, { onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) });
    expect(r.ok).toBe(true);
    expect(seen).toEqual(['pages 1/3', 'pages 2/3', 'pages 3/3']);
    const ac = new AbortController();
    const stopped = await importPdf(pdf, { signal: ac.signal, onProgress: (p) => p.done === 1 && ac.abort() });
    expect(stopped).toMatchObject({ ok: false, issues: [{ code: 'aborted', location: 'page 2' }] });
  }, 60_000);
});

describe('pdf import: damaged files', () => {
  let seedPdf: Uint8Array | null = null;
  test.prop([fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 })], {
    numRuns: 20,
    // A damaged flate stream on the only page once escaped as an exception.
    examples: [[[[1684400472, 0], [0, 0]]]],
  })(
    'a PDF with bytes changed ends in forms or a typed error, never an exception',
    async (flips) => {
      seedPdf ??= await pdfOf([forms[1]]);
      const b = seedPdf.slice();
      for (const [i, v] of flips) b[i % b.length] = v;
      const r = await importPdf(b);
      if (!r.ok) expect(r.issues[0].code).toMatch(/^[a-z-]+$/);
      else expect(Array.isArray(r.forms)).toBe(true);
    },
    120_000,
  );
});

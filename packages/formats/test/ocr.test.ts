/**
 * OCR of scans made here: the seed's PDF export rendered by pdftoppm at 150 and 200 dpi (and one
 * turned 1.5°) is read back by tesseract to the same forms, cell for cell within the stated
 * accuracy; what it may have read wrong is marked unreadable for scoring. Without tesseract the
 * import says how to install it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodePng } from '../src/ocr/gray';
import { importFile } from '../src/index';
import { importPdf } from '../src/pdf-import/import';
import { accuracy, SCORED } from './ocr-accuracy';
import { needs } from '../../../test/tools';
import { pageNames, pdfOf, seedForms, withoutToUnicode } from './pdf-helpers';
import { imagePdf, renderPage, scanPages } from './scan-pdf';

const run = needs('tesseract', 'poppler');
const forms = seedForms();

afterEach(() => {
  delete process.env.JIXIAO_TESSERACT;
});

/** Every value scoring reads that OCR read wrong is marked unreadable, so that scoring does not use it. */
function expectWrongScoredUnreadable(got: ReturnType<typeof evaluations>, wrong: string[][]) {
  got.forEach((ev, i) => {
    for (const p of wrong[i].filter((x) => SCORED.test(x))) expect(ev.source?.unreadable ?? []).toContain(p);
  });
}

function evaluations(r: Awaited<ReturnType<typeof importPdf>>) {
  if (!r.ok) throw new Error(`${r.issues[0].code}: ${r.issues[0].message.zh}`);
  return r.forms.map((f) => f.evaluation);
}

describe('OCR without tesseract', () => {
  it('an image says OCR is needed and how to install it', async () => {
    process.env.JIXIAO_TESSERACT = '/nonexistent/tesseract';
    const png = encodePng({ width: 40, height: 40, data: new Uint8Array(1600).fill(255) });
    const r = await importFile(png, { fileName: 'scan.png' });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'ocr-unavailable' }] });
    if (!r.ok) expect(r.issues[0].message.zh).toContain('apt-get install tesseract-ocr tesseract-ocr-chi-sim');
  });
});

describe.skipIf(!run)('OCR of scans (tesseract chi_sim)', () => {
  it('reads a 150-dpi scan of both forms back with at least 98% of cells right; what may be wrong is marked unreadable', async () => {
    const pdf = await pdfOf(forms);
    const r = await importPdf(imagePdf(scanPages(pdf, 150)), { fileName: 'scan.pdf' });
    const got = evaluations(r);
    const acc = accuracy(got, forms);
    console.log(`OCR 150 dpi: ${(acc.share * 100).toFixed(1)}% of cells right; wrong: ${JSON.stringify(acc.wrong)}`);
    expect(acc.share).toBeGreaterThanOrEqual(0.98);
    expect(pageNames(r)).toEqual(['第1页', '第2页']);
    expectWrongScoredUnreadable(got, acc.wrong);
    if (r.ok) expect(r.forms[0].notes.some((n) => n.code === 'ocr-page')).toBe(true);
  }, 240_000);

  it('reads a 200-dpi PNG of one page', async () => {
    const png = encodePng(renderPage(await pdfOf([forms[1]]), 1, 200));
    const r = await importFile(png, { fileName: 'page.png' });
    const got = evaluations(r);
    const acc = accuracy(got, [forms[1]]);
    console.log(`OCR 200 dpi PNG: ${(acc.share * 100).toFixed(1)}% of cells right; wrong: ${JSON.stringify(acc.wrong)}`);
    expect(acc.share).toBeGreaterThanOrEqual(0.98);
    expectWrongScoredUnreadable(got, acc.wrong);
  }, 240_000);

  it('straightens a scan turned 1.5° before reading it', async () => {
    const r = await importPdf(imagePdf(scanPages(await pdfOf([forms[1]]), 150, 1.5)));
    const got = evaluations(r);
    const acc = accuracy(got, [forms[1]]);
    console.log(`OCR 150 dpi turned 1.5°: ${(acc.share * 100).toFixed(1)}% of cells right; wrong: ${JSON.stringify(acc.wrong)}`);
    expect(acc.share).toBeGreaterThanOrEqual(0.98);
    expectWrongScoredUnreadable(got, acc.wrong);
    if (r.ok) expect(r.forms[0].notes.find((n) => n.code === 'ocr-page')?.message.zh).toMatch(/已纠正倾斜 -?1\.[4-6]°/);
  }, 240_000);

  it('stops OCR when cancelled', async () => {
    const ac = new AbortController();
    const t0 = Date.now();
    setTimeout(() => ac.abort(), 300);
    const r = await importPdf(imagePdf(scanPages(await pdfOf([forms[1]]), 150)), { signal: ac.signal });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'aborted' }] });
    // tesseract is killed, not waited for (a page takes several seconds).
    expect(Date.now() - t0).toBeLessThan(4000);
  }, 60_000);

  it('reads a PDF whose font has no ToUnicode map by OCR, with a note', async () => {
    const r = await importPdf(withoutToUnicode(await pdfOf([forms[1]])));
    const got = evaluations(r);
    const acc = accuracy(got, [forms[1]]);
    console.log(`OCR of a PDF without ToUnicode: ${(acc.share * 100).toFixed(1)}% of cells right; wrong: ${JSON.stringify(acc.wrong)}`);
    expect(acc.share).toBeGreaterThanOrEqual(0.98);
    expectWrongScoredUnreadable(got, acc.wrong);
    if (r.ok) expect(r.forms[0].notes.map((n) => n.code)).toContain('ocr-page');
  }, 240_000);
});

/**
 * PDF import. Each page's text layer and ruling lines are read with pdf.js; pages without text
 * (scans) or whose fonts lack a ToUnicode map go to OCR when tesseract is installed. The pages
 * are rebuilt into one grid and read by the shared form reader; every form is named by its pages.
 */
import type { GridRow, ImportFailure, ImportNote, ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { ocrPdfPages } from '../ocr/pdf-pages';
import { documentGrid } from '../page-grid/document';
import { dropForeignTables } from '../page-grid/foreign';
import { clip, note } from '../grid/notes';
import { appendNotes, notePages } from '../page-grid/form-pages';
import { noteLowConfidence } from '../ocr/confidence';
import type { PageLayout } from '../page-grid/types';
import { abortedError, report, type ProgressOptions } from '../progress/progress';
import { checkFileSize, importError } from '../safety/limits';
import { NO_TOUNICODE } from './garbled';
import { openPdf, pdfjs, type PdfDocument } from './pdfjs';
import { readPage, type PageKind } from './read-page';

/** Pages read at most; a longer document is read up to here, with a note. */
export const MAX_PAGES = 2000;

/** Read every form in a PDF. Never throws. */
export async function importPdf(bytes: Uint8Array, opts: ImportOptions & ProgressOptions = {}): Promise<ImportResult> {
  const big = checkFileSize(bytes);
  if (big) return big;
  if (opts.signal?.aborted) return abortedError();
  let doc: PdfDocument;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    if (name === 'PasswordException') return importError('pdf-encrypted', 'file', 'PDF 有密码保护：请先去除密码再导入', 'the PDF is password-protected: remove the password first');
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('pdf-invalid', 'file', `PDF 无法读取：${msg}`, `PDF cannot be read: ${msg}`);
  }
  try {
    return await readDocument(doc, bytes, opts);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('pdf-invalid', 'file', `PDF 无法读取：${msg}`, `PDF cannot be read: ${msg}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Every page's layout (up to MAX_PAGES), a damaged page noted and the others read. */
async function readPages(doc: PdfDocument, opts: ImportOptions & ProgressOptions): Promise<{ pages: { number: number; layout: PageLayout; kind: PageKind }[]; notes: ImportNote[] } | ImportResult> {
  const lib = await pdfjs();
  const total = Math.min(doc.numPages, MAX_PAGES);
  const pages: { number: number; layout: PageLayout; kind: PageKind }[] = [];
  const notes: ImportNote[] = [];
  for (let n = 1; n <= total; n++) {
    if (opts.signal?.aborted) return abortedError(`page ${n}`);
    try {
      const page = await doc.getPage(n);
      try {
        pages.push({ number: n, ...(await readPage(lib, page)) });
      } finally {
        page.cleanup();
      }
    } catch (e) {
      // A damaged page is noted and the others are read.
      const msg = String((e as Error)?.message ?? e).slice(0, 200);
      notes.push(pdfNote('pdf-page-unreadable', `page ${n}`, `第${n}页无法读取：${msg}`, `page ${n} cannot be read: ${msg}`));
    }
    report(opts, { stage: 'pages', done: n, total, file: opts.fileName });
  }
  if (doc.numPages > total) notes.push(pdfNote('pdf-too-many-pages', `page ${total + 1}`, `页数过多，第 ${total} 页之后未读取`, `too many pages; pages after ${total} not read`));
  return { pages, notes };
}

/**
 * The table grid of a PDF's text pages (no OCR), for readers of other forms than the
 * self-evaluation (the 绩效目标申报表). Never throws.
 */
export async function pdfGrid(bytes: Uint8Array): Promise<{ ok: true; rows: GridRow[] } | ImportFailure> {
  const big = checkFileSize(bytes);
  if (big) return big;
  let doc: PdfDocument;
  try {
    doc = await openPdf(bytes);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('pdf-invalid', 'file', `PDF 无法读取：${msg}`, `PDF cannot be read: ${msg}`);
  }
  try {
    const read = await readPages(doc, {});
    if (!('pages' in read)) return read.ok ? importError('pdf-invalid', 'file', 'PDF 无法读取', 'PDF cannot be read') : read;
    const usable = read.pages.filter((p) => p.kind === 'text');
    if (usable.length === 0) return importError('pdf-no-text', 'file', '未找到表格内容：PDF 没有文字层（扫描件请先另存为 docx/xlsx）', 'no table content found: the PDF has no text layer (save a scan as docx/xlsx first)');
    return { ok: true, rows: documentGrid(usable).rows };
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('pdf-invalid', 'file', `PDF 无法读取：${msg}`, `PDF cannot be read: ${msg}`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readDocument(doc: PdfDocument, bytes: Uint8Array, opts: ImportOptions & ProgressOptions): Promise<ImportResult> {
  const read = await readPages(doc, opts);
  if (!('pages' in read)) return read;
  const { pages, notes } = read;
  const unreadable = pages.filter((p) => p.kind === 'image' || p.kind === 'garbled');
  if (unreadable.length) {
    const ocr = await ocrPdfPages(bytes, unreadable.map((p) => p.number), opts);
    if (!ocr.ok) {
      if (ocr.aborted) return abortedError();
      if (unreadable.length === pages.filter((p) => p.kind !== 'blank').length) {
        const garbled = unreadable.every((p) => p.kind === 'garbled');
        return { ok: false, issues: [garbled ? { code: 'pdf-no-tounicode', location: 'file', message: withReason(NO_TOUNICODE, ocr.reason) } : { code: 'pdf-no-text', location: 'file', message: noTextMessage(ocr.reason) }] };
      }
      for (const p of unreadable) notes.push(p.kind === 'garbled' ? { code: 'pdf-no-tounicode', location: `page ${p.number}`, message: withReason(NO_TOUNICODE, ocr.reason) } : { code: 'pdf-no-text', location: `page ${p.number}`, message: noTextMessage(ocr.reason) });
    } else {
      for (const r of ocr.pages) {
        const p = pages.find((q) => q.number === r.number)!;
        p.layout = r.layout;
        p.kind = 'text';
        notes.push(pdfNote('ocr-page', `page ${r.number}`, `第${r.number}页为扫描件（或文字无法提取），已OCR识别${r.skew ? `（已纠正倾斜 ${r.skew}°）` : ''}，请核对`, `page ${r.number} was read by OCR${r.skew ? ` (skew of ${r.skew}° corrected)` : ''}: check it`));
      }
    }
  }
  const usable = pages.filter((p) => p.kind === 'text');
  if (usable.length === 0) {
    const why = notes.find((x) => x.code === 'pdf-page-unreadable');
    if (why) return { ok: false, issues: [{ code: 'pdf-invalid', location: why.location, message: why.message }] };
    return importError('pdf-empty', 'file', '未找到表格内容：PDF 没有可读的页面', 'no table content found: the PDF has no readable page');
  }
  const { grid, skipped, preface } = dropForeignTables(documentGrid(usable));
  const r = readGrid(grid.rows, opts, 'pdf', null);
  if (!r.ok) return r;
  const spans = notePages(r.forms, grid.rows, grid.pageOf);
  r.forms.forEach((f, i) => {
    appendNotes(f, notes);
    noteLowConfidence(f, spans ? grid.rows.slice(spans[i].start, spans[i].end) : grid.rows);
  });
  // The lines before the first form are noted on it, as the reader notes any text it cannot place.
  appendNotes(r.forms[0], preface.flatMap((row) => row.filter((c) => c.text.trim()).map((c) => note('unplaced-cell', c.location, { text: clip(c.text.trim()) }))));
  for (const t of skipped) {
    // Noted on the form it stood after (or the first form when it came before all of them).
    const k = spans ? Math.max(0, spans.findLastIndex((s) => s.start < t.before)) : 0;
    appendNotes(r.forms[k], [note('foreign-table', t.location, { rows: t.rows, cells: t.cells })]);
  }
  return r;
}

function pdfNote(code: string, location: string, zh: string, en: string): ImportNote {
  return { code, location, message: { zh, en } };
}

function withReason(m: { zh: string; en: string }, reason: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: `${m.zh}（${reason.zh}）`, en: `${m.en} (${reason.en})` };
}

function noTextMessage(reason: { zh: string; en: string }): { zh: string; en: string } {
  return withReason({ zh: '未找到表格内容：PDF 没有文字层（扫描件）', en: 'no table content found: the PDF has no text layer (a scan)' }, reason);
}

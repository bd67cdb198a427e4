/**
 * A scanned form as an image (PNG or JPEG): straightened, read by tesseract, rebuilt into the
 * grid from its ruling lines and word boxes, and read by the shared form reader.
 */
import type { ImportNote, ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { documentGrid } from '../page-grid/document';
import { appendNotes } from '../page-grid/form-pages';
import { abortedError, report, type ProgressOptions } from '../progress/progress';
import { checkFileSize, importError } from '../safety/limits';
import { noteLowConfidence } from './confidence';
import { decodeImage } from './gray';
import { recognise } from './recognise';
import { TESSERACT_MISSING, tesseractReady } from './tesseract';

/** Read the form(s) in a scanned image. Never throws. */
export async function importImage(bytes: Uint8Array, opts: ImportOptions & ProgressOptions = {}): Promise<ImportResult> {
  const big = checkFileSize(bytes);
  if (big) return big;
  if (!(await tesseractReady())) return { ok: false, issues: [{ code: 'ocr-unavailable', location: 'file', message: TESSERACT_MISSING }] };
  const img = decodeImage(bytes);
  if (!img.ok) {
    if (img.reason === 'too-large') return importError('image-too-large', 'file', '图片像素过多，请以 300 dpi 以下扫描', 'the image has too many pixels: scan at 300 dpi or less');
    return importError('image-invalid', 'file', `图片无法读取：${img.reason}`, `the image cannot be read: ${img.reason}`);
  }
  if (opts.signal?.aborted) return abortedError();
  let page;
  try {
    page = await recognise(img.image, opts.signal);
  } catch (e) {
    if (opts.signal?.aborted) return abortedError();
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('ocr-failed', 'file', `OCR识别失败：${msg}`, `OCR failed: ${msg}`);
  }
  report(opts, { stage: 'ocr', done: 1, total: 1, file: opts.fileName });
  const grid = documentGrid([{ number: 1, layout: page.layout }]);
  const r = readGrid(grid.rows, opts, 'ocr', null);
  if (!r.ok) return r;
  const notes: ImportNote[] = [
    {
      code: 'ocr-page',
      location: 'page 1',
      message: {
        zh: `图片已OCR识别${page.skew ? `（已纠正倾斜 ${page.skew}°）` : ''}，请核对`,
        en: `the image was read by OCR${page.skew ? ` (skew of ${page.skew}° corrected)` : ''}: check it`,
      },
    },
  ];
  for (const f of r.forms) {
    appendNotes(f, notes);
    noteLowConfidence(f, grid.rows);
  }
  return r;
}

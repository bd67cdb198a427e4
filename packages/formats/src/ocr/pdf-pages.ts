/**
 * OCR of the PDF pages that have no usable text: each is rendered by pdftoppm and recognised by
 * tesseract, one page at a time, with progress and cancellation between (and during) pages.
 */
import type { Msg } from '@jixiao/core';
import type { PageLayout } from '../page-grid/types';
import { report, type ProgressOptions } from '../progress/progress';
import { have } from './tools';
import { rasteriser } from './pdftoppm';
import { recognise } from './recognise';
import { TESSERACT_MISSING, tesseractReady } from './tesseract';

/** The recognised pages, or why OCR could not run. */
export type OcrPagesResult =
  | { ok: true; pages: { number: number; layout: PageLayout; skew: number }[] }
  | { ok: false; aborted?: boolean; reason: Msg };

const PDFTOPPM_MISSING: Msg = {
  zh: '需要OCR识别，但未安装 pdftoppm：请运行 apt-get install poppler-utils',
  en: 'OCR is needed but pdftoppm is not installed: run apt-get install poppler-utils',
};

/** Recognise the given pages (1-based) of a PDF. */
export async function ocrPdfPages(pdf: Uint8Array, numbers: number[], opts: ProgressOptions & { fileName?: string }): Promise<OcrPagesResult> {
  if (!(await tesseractReady())) return { ok: false, reason: TESSERACT_MISSING };
  if (!(await have('pdftoppm'))) return { ok: false, reason: PDFTOPPM_MISSING };
  const r = await rasteriser(pdf);
  const pages: { number: number; layout: PageLayout; skew: number }[] = [];
  try {
    for (const [i, n] of numbers.entries()) {
      if (opts.signal?.aborted) return { ok: false, aborted: true, reason: { zh: '已取消', en: 'cancelled' } };
      const img = await r.page(n, opts.signal);
      const { layout, skew } = await recognise(img, opts.signal);
      pages.push({ number: n, layout, skew });
      report(opts, { stage: 'ocr', done: i + 1, total: numbers.length, file: opts.fileName });
    }
  } catch (e) {
    if (opts.signal?.aborted) return { ok: false, aborted: true, reason: { zh: '已取消', en: 'cancelled' } };
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return { ok: false, reason: { zh: `OCR识别失败：${msg}`, en: `OCR failed: ${msg}` } };
  } finally {
    await r.close();
  }
  return { ok: true, pages };
}

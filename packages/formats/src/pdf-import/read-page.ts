/** One PDF page read: its words and rules, and what kind of page it is. */
import type { PageLayout } from '../page-grid/types';
import { isGarbled } from './garbled';
import { pageRules } from './operators';
import type { PdfJs, PdfPage } from './pdfjs';
import { MAX_ITEMS, pageWords } from './text-layer';
import { opsWords, type FontInfo } from './ops-text';

/** text: a usable text layer; garbled: text without a ToUnicode map; image: no text but pictures (a scan); blank. */
export type PageKind = 'text' | 'garbled' | 'image' | 'blank';

/** Read a page's text layer and drawing operators. */
export async function readPage(lib: PdfJs, page: PdfPage): Promise<{ layout: PageLayout; kind: PageKind }> {
  const vp = page.getViewport({ scale: 1 });
  // The words from the operator list that the rules need anyway (one pass of pdf.js over the page
  // instead of two); a page with a vertical font or unknown font metrics is read by getTextContent.
  const ops = await page.getOperatorList();
  const words = opsWords(lib, ops, vp.transform, (name) => fontInfo(page, name), MAX_ITEMS) ?? pageWords(lib, await page.getTextContent(), vp.transform);
  const { h, v } = pageRules(lib, ops, vp.transform);
  const layout: PageLayout = { width: vp.width, height: vp.height, words, h, v };
  const images = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageXObjectRepeat, lib.OPS.paintImageMaskXObject]);
  const hasImage = ops.fnArray.some((f) => images.has(f));
  const kind: PageKind = words.length === 0 ? (hasImage ? 'image' : 'blank') : isGarbled(words) ? 'garbled' : 'text';
  return { layout, kind };
}

/** A font's metrics as pdf.js loaded it for the page, or null when it is not there. */
function fontInfo(page: PdfPage, name: string): FontInfo | null {
  try {
    const f = page.commonObjs.get(name) as Partial<FontInfo> | null;
    if (!f || !Array.isArray(f.fontMatrix)) return null;
    return { ascent: Number(f.ascent) || 0, descent: Number(f.descent) || 0, vertical: !!f.vertical, fontMatrix: f.fontMatrix };
  } catch {
    return null;
  }
}

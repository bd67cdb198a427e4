/** One PDF page read: its words and rules, and what kind of page it is. */
import type { PageLayout } from '../page-grid/types';
import { isGarbled } from './garbled';
import { pageRules } from './operators';
import type { PdfJs, PdfPage } from './pdfjs';
import { pageWords } from './text-layer';

/** text: a usable text layer; garbled: text without a ToUnicode map; image: no text but pictures (a scan); blank. */
export type PageKind = 'text' | 'garbled' | 'image' | 'blank';

/** Read a page's text layer and drawing operators. */
export async function readPage(lib: PdfJs, page: PdfPage): Promise<{ layout: PageLayout; kind: PageKind }> {
  const vp = page.getViewport({ scale: 1 });
  const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const words = pageWords(lib, content, vp.transform);
  const { h, v } = pageRules(lib, ops, vp.transform);
  const layout: PageLayout = { width: vp.width, height: vp.height, words, h, v };
  const images = new Set([lib.OPS.paintImageXObject, lib.OPS.paintInlineImageXObject, lib.OPS.paintImageXObjectRepeat, lib.OPS.paintImageMaskXObject]);
  const hasImage = ops.fnArray.some((f) => images.has(f));
  const kind: PageKind = words.length === 0 ? (hasImage ? 'image' : 'blank') : isGarbled(words) ? 'garbled' : 'text';
  return { layout, kind };
}

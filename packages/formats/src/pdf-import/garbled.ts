/**
 * Text that cannot be extracted: a font embedded without a ToUnicode map (and without a usable
 * cmap of its own) gives glyph numbers, which pdf.js shows as private-use or control characters.
 * Such a page is read by OCR when it can be, and noted otherwise.
 */
import type { Word } from '../page-grid/types';

const BAD = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]|[\udb80-\udbff][\udc00-\udfff]/gu;

/** True when most of the page's characters are glyph numbers rather than text. */
export function isGarbled(words: Word[]): boolean {
  let total = 0;
  let bad = 0;
  for (const w of words) {
    total += w.text.length;
    bad += w.text.match(BAD)?.length ?? 0;
  }
  return total >= 4 && bad / total > 0.3;
}

/** The note or error message for text that cannot be extracted. */
export const NO_TOUNICODE = {
  zh: 'PDF字体缺少ToUnicode映射，文字无法提取，请尝试OCR',
  en: 'the PDF font has no ToUnicode map: its text cannot be extracted; try OCR',
};

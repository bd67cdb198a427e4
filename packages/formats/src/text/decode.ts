/**
 * Bytes to text as files saved on Chinese Windows come: UTF-8 with or without a BOM, UTF-16
 * (Excel's "Unicode text", Notepad's "Unicode") with or without a BOM, and GB18030/GBK — the
 * default of Chinese Excel's CSV and of pages that declare no charset. A declared charset wins
 * only over the guess, never over a BOM.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The encoding of the bytes: BOM first, then the byte pattern of UTF-16, valid UTF-8, else GB18030. */
export function sniffEncoding(b: Uint8Array, declared?: string): TextEncoding {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const u16 = utf16Pattern(b);
  if (u16) return u16;
  if (declared && /^(gbk|gb2312|gb18030|x-gbk|cp936)$/i.test(declared)) return 'gb18030';
  if (declared && /^utf-?8$/i.test(declared)) return 'utf-8';
  return validUtf8(b) ? 'utf-8' : 'gb18030';
}

/** The text of the bytes, the BOM removed. */
export function decodeBytes(b: Uint8Array, declared?: string): string {
  const enc = sniffEncoding(b, declared);
  try {
    return new TextDecoder(enc).decode(b).replace(/^\uFEFF/, '');
  } catch {
    // A runtime without the GBK tables: UTF-8 with replacement characters rather than nothing.
    return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
  }
}

/** True when the bytes are UTF-16 text (BOM or the NUL pattern of ASCII in UTF-16). */
export function isUtf16(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || utf16Pattern(b) !== null;
}

// Tabs, line breaks and digits are ASCII: in UTF-16 each has a NUL on the same side of the pair.
// Text in UTF-8 or GBK has no NULs at all, binary files have them on both sides.
function utf16Pattern(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) (i % 2 ? odd++ : even++);
  const pairs = n / 2;
  if (odd >= pairs * 0.05 && even <= odd * 0.02) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even * 0.02) return 'utf-16be';
  return null;
}

function validUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

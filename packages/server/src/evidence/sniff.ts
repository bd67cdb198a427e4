/**
 * What an evidence file is, judged by its bytes (never its name): PDF, PNG and JPEG by their
 * signatures; xlsx and docx by the zip's central directory (an OOXML package with `xl/workbook.xml`
 * or `word/document.xml`). Anything else, or a name whose extension says another kind, is refused.
 */

export type EvidenceKind = 'pdf' | 'png' | 'jpeg' | 'xlsx' | 'docx';

export const EVIDENCE_MIME: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The extensions each kind may carry; a name with another known extension is a mismatch. */
const EXTENSIONS: Record<EvidenceKind, string[]> = {
  pdf: ['.pdf'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  xlsx: ['.xlsx'],
  docx: ['.docx'],
};

const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** The zip's entry names from its central directory, or null when it is not a readable zip. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const dec = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    if (at + 46 + nameLen > b.length) return null;
    names.push(dec.decode(b.subarray(at + 46, at + 46 + nameLen)));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** The kind of the bytes, or null when they are none of the accepted kinds. */
export function sniffEvidence(b: Uint8Array): EvidenceKind | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(b);
    if (!names || !names.includes('[Content_Types].xml')) return null;
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
  }
  return null;
}

/** Whether a file name's extension contradicts the kind its bytes show (an unknown or missing extension does not). */
export function extensionContradicts(name: string, kind: EvidenceKind): boolean {
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(name);
  if (!m) return false;
  const ext = m[0].toLowerCase();
  const known = Object.values(EXTENSIONS).some((l) => l.includes(ext));
  return known && !EXTENSIONS[kind].includes(ext);
}

/** Which format a file is, from its content (never from its name alone). */
import { isZip, readZipDirectory } from '../safety/zip';
import { decodeBytes, isUtf16 } from '../text/decode';

export type DetectedFormat =
  | 'xlsx'
  | 'docx'
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'html'
  | 'zip'
  | 'xls'
  | 'doc'
  | 'ods'
  | 'odt'
  | 'text'
  | 'binary';

/** Sniff the bytes: zip parts name xl/ or word/; %PDF; OLE2 (old .xls/.doc); markup; else text. */
export function detectFormat(b: Uint8Array, fileName?: string): DetectedFormat {
  if (isZip(b)) {
    const dir = readZipDirectory(b);
    if (!dir.ok) return extOf(fileName) === 'docx' ? 'docx' : extOf(fileName) === 'xlsx' ? 'xlsx' : 'zip';
    if (dir.entries.some((e) => e.name.startsWith('xl/'))) return 'xlsx';
    if (dir.entries.some((e) => e.name.startsWith('word/'))) return 'docx';
    // OpenDocument stores its mimetype first and uncompressed, so it is readable in the first bytes.
    const head = new TextDecoder('latin1').decode(b.subarray(0, 200));
    if (head.includes('opendocument.spreadsheet')) return 'ods';
    if (head.includes('opendocument.text')) return 'odt';
    return 'zip';
  }
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return extOf(fileName) === 'doc' ? 'doc' : 'xls';
  const utf16 = isUtf16(b);
  const head = (utf16 ? decodeBytes(b.subarray(0, 4096)) : new TextDecoder('utf-8').decode(b.subarray(0, 4096))).replace(/^\uFEFF/, '');
  if (/^\s*(<!doctype\s+html|<html[\s>]|<table[\s>]|<meta[\s>]|<head[\s>]|<body[\s>])/i.test(head) || /<table[\s>]/i.test(head)) return 'html';
  if (!utf16 && looksBinary(b)) return 'binary';
  return 'text';
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function extOf(name?: string): string {
  return (name?.split('.').pop() ?? '').toLowerCase();
}

/** NUL bytes in the first 4 KB: no 8-bit text has them (UTF-16 is recognised before). */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) if (b[i] === 0) return true;
  return false;
}

/** html import: decode (UTF-8, or the GBK family a page declares), tables to a grid, the shared reader. */
import type { ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { checkFileSize, importError, LIMITS } from '../safety/limits';
import { htmlGrid } from './grid';

/** Read every form in an html page. Never throws. */
export async function importHtml(input: Uint8Array | string, opts: ImportOptions = {}): Promise<ImportResult> {
  if (typeof input !== 'string') {
    const big = checkFileSize(input);
    if (big) return big;
  } else if (input.length > LIMITS.maxFileBytes) {
    return importError('file-too-large', 'file', '文件过大', 'file too large');
  }
  const html = typeof input === 'string' ? input : decodeHtml(input);
  let g;
  try {
    g = htmlGrid(html);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('html-invalid', 'file', `html 无法读取：${msg}`, `html cannot be read: ${msg}`);
  }
  if ('tooMany' in g) return importError('too-many-cells', g.tooMany, `单元格过多（上限 ${LIMITS.maxCells}）`, `too many cells (limit ${LIMITS.maxCells})`);
  return readGrid(g.rows, opts, 'html', g.templates);
}

/** Bytes to text: a BOM or a declared GBK/GB2312/GB18030 charset wins; otherwise UTF-8. */
export function decodeHtml(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b.subarray(3));
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048));
  if (/charset\s*=\s*["']?\s*(gbk|gb2312|gb18030)/i.test(head)) {
    try {
      return new TextDecoder('gb18030').decode(b);
    } catch {
      // A runtime without the GBK tables falls back to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(b);
}

/** html import: decode (UTF-8, or the GBK family a page declares), tables to a grid, the shared reader. */
import type { ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { checkFileSize, importError, LIMITS } from '../safety/limits';
import { htmlGrid } from './grid';
import { decodeBytes } from '../text/decode';

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

/** Bytes to text: a BOM wins, then a declared charset, then UTF-8 when valid, else GB18030 (GBK pages without a meta). */
export function decodeHtml(b: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 2048));
  const declared = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  return decodeBytes(b, declared);
}

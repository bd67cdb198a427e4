/** docx import: safe unzip, document.xml to a grid, then the shared form reader. */
import type { GridRow, ImportFailure, ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { checkFileSize, importError, LIMITS } from '../safety/limits';
import { isZip, unzipSafe } from '../safety/zip';
import { docxTemplates, documentGrid, xmlParser } from './grid';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/** Read every form in a .docx file. Never throws. */
export async function importDocx(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const g = docxGrid(bytes);
  if (!g.ok) return g;
  return readGrid(g.rows, opts, 'docx', docxTemplates(g.coreXml));
}

/** A document's tables and paragraphs as a grid, and its docProps/core.xml (where our exports keep meta), or why it cannot be read. */
export function docxGrid(bytes: Uint8Array): { ok: true; rows: GridRow[]; coreXml: string | undefined } | ImportFailure {
  const big = checkFileSize(bytes);
  if (big) return big;
  if (!isZip(bytes)) return importError('not-docx', 'file', '不是 docx 文件（不是 zip 压缩包）', 'not a docx file (not a zip archive)');
  const z = unzipSafe(bytes, (n) => n === DOCUMENT || n === CORE);
  if (!z.ok) return z;
  const docBytes = z.files.get(DOCUMENT);
  if (!docBytes) return importError('not-docx', 'zip', 'docx 中缺少 word/document.xml', 'word/document.xml is missing from the docx');
  const xml = new TextDecoder().decode(docBytes);
  // Word never writes a DOCTYPE; one is a sign of an entity-expansion attack: refuse it.
  if (/<!DOCTYPE/i.test(xml)) return importError('xml-doctype', DOCUMENT, 'XML 含有 DOCTYPE 声明，已拒绝', 'XML contains a DOCTYPE declaration; refused');
  let doc: Record<string, unknown>[];
  try {
    doc = xmlParser().parse(xml) as Record<string, unknown>[];
  } catch (e) {
    return importError('xml-invalid', DOCUMENT, `XML 无法解析：${String((e as Error).message ?? e).slice(0, 200)}`, `XML cannot be parsed: ${String((e as Error).message ?? e).slice(0, 200)}`);
  }
  const g = documentGrid(doc);
  if ('tooMany' in g) return importError('too-many-cells', g.tooMany, `单元格过多（上限 ${LIMITS.maxCells}）`, `too many cells (limit ${LIMITS.maxCells})`);
  const core = z.files.get(CORE);
  return { ok: true, rows: g.rows, coreXml: core && new TextDecoder().decode(core) };
}

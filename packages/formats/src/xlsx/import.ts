/** xlsx import: size and zip checks first, then exceljs, the sheets to a grid, the shared reader. */
import ExcelJS from 'exceljs';
import type { GridRow, ImportFailure, ImportOptions, ImportResult } from '../grid/types';
import { readGrid } from '../layout/read';
import { checkFileSize, importError, LIMITS } from '../safety/limits';
import { isZip, verifyZip } from '../safety/zip';
import { workbookGrid } from './grid';
import { XLSX_META_PREFIX } from './export';
import { templatesIn } from '../grid/meta';

/** Read every form in a .xlsx workbook (one per sheet, or several on one sheet). Never throws. */
export async function importXlsx(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const g = await xlsxGrid(bytes);
  if (!g.ok) return g;
  return readGrid(g.rows, opts, 'xlsx', xlsxTemplates(g.description));
}

/** A workbook's sheets as one grid, and its description (where our exports keep meta), or why it cannot be read. Never throws. */
export async function xlsxGrid(bytes: Uint8Array): Promise<{ ok: true; rows: GridRow[]; description: string | undefined } | ImportFailure> {
  const big = checkFileSize(bytes);
  if (big) return big;
  if (!isZip(bytes)) return importError('not-xlsx', 'file', '不是 xlsx 文件（不是 zip 压缩包；.xls 请先另存为 .xlsx）', 'not an xlsx file (not a zip archive; save .xls as .xlsx first)');
  // exceljs unpacks everything it is given: prove the sizes before it sees the bytes.
  const z = await verifyZip(bytes);
  if (!z.ok) return z;
  if (!z.entries.some((e) => e.name === 'xl/workbook.xml'))
    return importError('not-xlsx', 'zip', 'xlsx 中缺少 xl/workbook.xml', 'xl/workbook.xml is missing from the xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    const msg = String((e as Error)?.message ?? e).slice(0, 200);
    return importError('xlsx-invalid', 'file', `xlsx 无法读取：${msg}`, `xlsx cannot be read: ${msg}`);
  }
  const g = workbookGrid(wb);
  if ('tooMany' in g) return importError('too-many-cells', g.tooMany, `单元格过多（上限 ${LIMITS.maxCells}）`, `too many cells (limit ${LIMITS.maxCells})`);
  return { ok: true, rows: g.rows, description: wb.description };
}

function xlsxTemplates(description: string | undefined): string[] | null {
  return templatesIn(XLSX_META_PREFIX, description);
}

/**
 * xlsx → grid: every sheet's cells as rows of text with "Sheet1!C14" locations. A merged range
 * gives its text once, at its master, and empty cells over the rest (exceljs repeats the master's
 * value in every covered cell), as the seed layout does.
 */
import type ExcelJS from 'exceljs';
import type { GridRow } from '../grid/types';
import { LIMITS } from '../safety/limits';
import { SUMMARY_TITLE } from './summary';

/** Grid of one workbook: sheets in order, separated by an empty row; the summary sheet skipped. */
export function workbookGrid(wb: ExcelJS.Workbook): { rows: GridRow[]; cells: number } | { tooMany: string } {
  const rows: GridRow[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    if (isSummary(ws)) continue;
    const colCount = Math.min(ws.columnCount, LIMITS.maxColumns);
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const out: GridRow = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = row.getCell(c);
        const covered = cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
        out.push({ text: covered ? '' : cellText(cell), location: `${ws.name}!${cell.address}` });
      }
      cells += out.length;
      if (cells > LIMITS.maxCells) return { tooMany: `${ws.name}!R${r}` };
      rows.push(out);
    }
    rows.push([]);
  }
  return { rows, cells };
}

function isSummary(ws: ExcelJS.Worksheet): boolean {
  return ws.getCell(1, 1).text === SUMMARY_TITLE;
}

/** The text a person sees in a cell: numbers printed shortest, rich text joined, formulas' results. */
export function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value);
}

function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : isoDay(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return valueText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v && 'hyperlink' in v) return valueText((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return '';
}

/** A date cell as the form would print it: 2020年10月30日. */
function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

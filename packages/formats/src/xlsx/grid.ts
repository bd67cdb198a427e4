/**
 * xlsx → grid: every sheet's cells as rows of text with "Sheet1!C14" locations. A merged range
 * gives its text once, at its master, and empty cells over the rest (exceljs repeats the master's
 * value in every covered cell), as the seed layout does. Values read as Excel displays them
 * (number formats applied; formulas without a cached result evaluated when simple).
 */
import type ExcelJS from 'exceljs';
import type { GridRow } from '../grid/types';
import { LIMITS } from '../safety/limits';
import { SUMMARY_TITLE } from './summary';
import { EVIDENCE_HEAD, EVIDENCE_TITLE } from '../layout/evidence';
import { Big } from '@jixiao/core';
import { evaluateFormula } from './formula';
import { formatNumber } from './number-format';

/** Grid of one workbook: sheets in order, separated by an empty row; the summary and 佐证材料 sheets skipped. */
export function workbookGrid(wb: ExcelJS.Workbook): { rows: GridRow[]; cells: number } | { tooMany: string } {
  const rows: GridRow[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    if (isSummary(ws)) continue;
    const colCount = Math.min(ws.columnCount, LIMITS.maxColumns);
    const values = new SheetValues(ws);
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const out: GridRow = [];
      for (let c = 1; c <= colCount; c++) {
        const cell = row.getCell(c);
        const covered = cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
        const location = `${ws.name}!${cell.address}`;
        if (covered) {
          out.push({ text: '', location });
          continue;
        }
        const t = cellText(cell, values);
        out.push(t.note ? { text: t.text, location, note: t.note } : { text: t.text, location });
      }
      cells += out.length;
      if (cells > LIMITS.maxCells) return { tooMany: `${ws.name}!R${r}` };
      rows.push(out);
    }
    rows.push([]);
  }
  return { rows, cells };
}

/** The summary sheet, or the export's 佐证材料 list (a list of files, not a form to read). */
function isSummary(ws: ExcelJS.Worksheet): boolean {
  return ws.getCell(1, 1).text === SUMMARY_TITLE || (ws.name === EVIDENCE_TITLE && ws.getCell(1, 1).text === '项目名称' && ws.getCell(1, 2).text === EVIDENCE_HEAD[0]);
}

/** The text a person sees in a cell, and a note code when it cannot be known (an uncached formula). */
export function cellText(cell: ExcelJS.Cell, sheet?: SheetValues): { text: string; note?: string } {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    if (result !== undefined && result !== null && !(typeof result === 'object' && 'error' in result))
      return { text: valueText(result, cell.numFmt) };
    if (result && typeof result === 'object' && 'error' in result) return { text: String(result.error) };
    const b = sheet ? sheet.formulaValue(cell) : null;
    return b ? { text: formatNumber(b, cell.numFmt) } : { text: '', note: 'formula-uncached' };
  }
  return { text: valueText(v, cell.numFmt) };
}

/** Numbers of one sheet for formulas: cached results, plain numbers, other formulas evaluated once. */
export class SheetValues {
  private readonly memo = new Map<string, Big | null | undefined>();
  private readonly busy = new Set<string>();
  constructor(private readonly ws: ExcelJS.Worksheet) {}

  /** The value of a formula cell without a cached result, or null when it is not simple. */
  formulaValue(cell: ExcelJS.Cell): Big | null {
    const f = cell.formula;
    if (!f || this.busy.has(cell.address)) return null;
    this.busy.add(cell.address);
    try {
      return evaluateFormula(f, (a) => this.number(a));
    } finally {
      this.busy.delete(cell.address);
    }
  }

  private number(address: string): Big | null | undefined {
    if (this.memo.has(address)) return this.memo.get(address);
    const cell = this.ws.getCell(address);
    const v = cell.value;
    let out: Big | null | undefined;
    if (v === null || v === undefined || v === '') out = null;
    else if (typeof v === 'number') out = Number.isFinite(v) ? new Big(String(v)) : undefined;
    else if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
      const r = (v as { result?: unknown }).result;
      if (typeof r === 'number') out = new Big(String(r));
      else if (r === undefined || r === null) out = this.formulaValue(cell) ?? undefined;
      else out = undefined;
    } else out = undefined;
    this.memo.set(address, out);
    return out;
  }
}

function valueText(v: ExcelJS.CellValue, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(new Big(String(v)), numFmt) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : isoDay(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return valueText((v as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
    if ('text' in v && 'hyperlink' in v) return valueText((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return '';
}

/** A date cell as the form would print it: 2020年10月30日. */
function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/**
 * xlsx export: one sheet per form in the official 项目支出绩效自评表 layout (merged cells, borders,
 * the one typeface Noto Serif SC (named: xlsx cannot embed a font), wrapped text with row heights, A4 print setup) and a summary sheet.
 */
import ExcelJS from 'exceljs';
import type { Evaluation } from '@jixiao/core';
import { layoutForm, linesNeeded, type FormLayout, type LayoutCell } from '../layout/official';
import { addSummarySheet, type SummaryRow } from './summary';
import { EVIDENCE_HEAD, EVIDENCE_TITLE, evidenceRows, type EvidenceEntry } from '../layout/evidence';
import { TYPEFACE } from '../typeface';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per wrapped line at 10–11 pt, plus padding: exceljs sets no heights, Excel would not grow them. */
const LINE_PT = 14.5;

/** Options for the xlsx export. */
export interface XlsxExportOptions {
  /** Rows for the summary sheet (one per form); omitted: no summary sheet. */
  summary?: SummaryRow[];
  /** 佐证材料 of each form (in order): one sheet listing every form's files, when any form has one. */
  evidence?: readonly (readonly EvidenceEntry[] | undefined)[];
}

/** Write the forms as an xlsx workbook. */
export async function exportXlsx(forms: Evaluation[], opts: XlsxExportOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  // The paper form does not show the scoring template: keep it where import can find it.
  wb.description = XLSX_META_PREFIX + JSON.stringify({ templates: forms.map((f) => f.template) });
  const used = new Set<string>();
  forms.forEach((ev, i) => writeFormSheet(wb, ev, sheetName(ev, i, used)));
  if (opts.summary) addSummarySheet(wb, opts.summary);
  if (opts.evidence?.some((l) => l?.length)) addEvidenceSheet(wb, forms, opts.evidence);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** The 佐证材料 sheet: one row per file, with the form it belongs to. */
function addEvidenceSheet(wb: ExcelJS.Workbook, forms: Evaluation[], evidence: readonly (readonly EvidenceEntry[] | undefined)[]): void {
  const ws = wb.addWorksheet(EVIDENCE_TITLE);
  ws.columns = [{ width: 28 }, { width: 6 }, { width: 36 }, { width: 36 }, { width: 11 }, { width: 18 }];
  const head = ws.addRow(['项目名称', ...EVIDENCE_HEAD]);
  head.font = { name: TYPEFACE, size: 10, bold: true };
  forms.forEach((ev, i) => {
    for (const r of evidenceRows(ev, evidence[i] ?? [])) ws.addRow([ev.projectName, ...r]).font = { name: TYPEFACE, size: 10 };
  });
  ws.eachRow((row) => row.eachCell((c) => (c.border = BORDER)));
}

/** Write laid-out forms as an xlsx workbook, one sheet each; `description` is the workbook's (meta for import). */
export async function exportLayoutsXlsx(sheets: { layout: FormLayout; name: string }[], description?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  if (description !== undefined) wb.description = description;
  const used = new Set<string>();
  sheets.forEach((s, i) => writeLayoutSheet(wb, s.layout, sheetName({ projectName: s.name }, i, used, '表')));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** Sheet names: ≤31 characters, none of []:*?/\, unique; the project name when there is one. */
export function sheetName(ev: Pick<Evaluation, 'projectName'>, i: number, used: Set<string>, fallback = '自评表'): string {
  const base = (ev.projectName.replace(/[[\]:*?/\\'\r\n\t]/g, ' ').trim() || `${fallback}${i + 1}`).slice(0, 26);
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()) || name === SUMMARY_NAME; k++) name = `${base}(${k})`;
  used.add(name.toLowerCase());
  return name;
}
export const SUMMARY_NAME = '汇总';
/** Marks the workbook description as ours: it carries the forms' template ids. */
export const XLSX_META_PREFIX = 'jixiao:';

function writeFormSheet(wb: ExcelJS.Workbook, ev: Evaluation, name: string) {
  writeLayoutSheet(wb, layoutForm(ev), name);
}

/** One sheet drawing a layout: merged cells, borders, fonts, row heights, A4 print setup. */
export function writeLayoutSheet(wb: ExcelJS.Workbook, layout: FormLayout, name: string): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.orientation ?? 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = layout.widths.map((w) => ({ width: w }));
  const lines = new Array<number>(layout.rows).fill(1);
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    writeValue(cell, c);
    cell.font = fontOf(c);
    cell.alignment = { vertical: 'middle', horizontal: c.align, wrapText: true };
    if (c.kind !== 'title' && c.kind !== 'year') {
      // Borders go on every covered cell too, or merged ranges print with gaps.
      for (let i = 0; i < c.rowSpan; i++)
        for (let j = 0; j < c.colSpan; j++) ws.getCell(c.row + 1 + i, c.col + 1 + j).border = BORDER;
    }
    if (c.rowSpan > 1 || c.colSpan > 1)
      ws.mergeCells(c.row + 1, c.col + 1, c.row + c.rowSpan, c.col + c.colSpan);
    if (c.rowSpan === 1 && c.kind !== 'title') {
      const width = layout.widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
      lines[c.row] = Math.max(lines[c.row], linesNeeded(c.text, width - 1));
    }
  }
  lines.forEach((n, r) => (ws.getRow(r + 1).height = r === 0 ? 30 : Math.max(20, n * LINE_PT + 5)));
}

/** Numbers as numbers; everything else as a string value, which exceljs never writes as a formula. */
function writeValue(cell: ExcelJS.Cell, c: LayoutCell) {
  if (c.sum && c.num !== undefined) {
    // A person who edits a sub-row sees the total follow; the cached result keeps readers exact.
    const col = cell.address.replace(/\d+$/, '');
    cell.value = { formula: `SUM(${col}${c.sum.from + 1}:${col}${c.sum.to + 1})`, result: c.num } as ExcelJS.CellFormulaValue;
    return;
  }
  if (c.percent) {
    cell.value = c.percent.value;
    cell.numFmt = c.percent.decimals ? `0.${'0'.repeat(c.percent.decimals)}%` : '0%';
    return;
  }
  if (c.num !== undefined) {
    cell.value = c.num;
    return;
  }
  // A string starting with = + - @ stays a shared string: exceljs writes a formula only for {formula}.
  cell.value = c.text === '' ? null : c.text;
}

function fontOf(c: LayoutCell): Partial<ExcelJS.Font> {
  switch (c.kind) {
    case 'title':
      return { name: TYPEFACE, size: 18, bold: true };
    case 'year':
      return { name: TYPEFACE, size: 12 };
    case 'label':
      return { name: TYPEFACE, size: 10, bold: true };
    default:
      return { name: TYPEFACE, size: 10 };
  }
}

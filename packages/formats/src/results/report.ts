/**
 * 结果应用 report files for the budget office: an xlsx workbook and an A4 landscape PDF (Noto Serif SC
 * embedded), one row per form as core's resultsReport computes them, the thresholds in force and a
 * summary. `readResultsXlsx` reads the table back (write → read returns the cells).
 */
import ExcelJS from 'exceljs';
import { GRADES, RESULTS_COLUMNS, SIGNAL_LABELS, SIGNAL_REASON_LABELS, type BudgetThresholds, type Lang, type ResultsRow, type ResultsSummary } from '@jixiao/core';
import { renderPdf } from '../pdf/export';
import { TYPEFACE } from '../typeface';

/** What a report file holds. */
export interface ResultsDocument {
  department: string;
  year: number;
  thresholds: BudgetThresholds;
  rows: readonly ResultsRow[];
  summary: ResultsSummary;
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [34, 26, 9, 8, 9, 8, 12, 10, 30];

export const RESULTS_SHEET = { zh: '结果应用', en: 'Results' } as const;

/** The title line: 2020年度 昌吉州工业和信息化局 项目支出绩效评价结果应用表. */
export function resultsTitle(d: Pick<ResultsDocument, 'department' | 'year'>, lang: Lang): string {
  return lang === 'zh' ? `${d.year}年度 ${d.department} 项目支出绩效评价结果应用表` : `${d.department}: use of the ${d.year} performance results`;
}

/** The signal cell: 建议压减预算（评价等级偏低、预算执行率偏低）. */
export function signalText(r: ResultsRow, lang: Lang): string {
  const base = SIGNAL_LABELS[r.signal][lang];
  if (!r.reasons.length) return base;
  const why = r.reasons.map((x) => SIGNAL_REASON_LABELS[x][lang]);
  return lang === 'zh' ? `${base}（${why.join('、')}）` : `${base} (${why.join(', ')})`;
}

/** One row's cells in column order. */
export function resultsCells(r: ResultsRow, lang: Lang): (string | number)[] {
  return [r.projectName, r.implementer, r.selfScore ?? '', r.selfGrade ?? '', r.reviewScore ?? '', r.reviewGrade ?? '', r.executionPercent ?? '', r.openRectification, signalText(r, lang)];
}

/** The lines under the table: thresholds and summary. */
export function resultsNotes(d: ResultsDocument, lang: Lang): string[] {
  const s = d.summary;
  const grades = GRADES.map((g) => `${g} ${s.grades[g]}`).join('，');
  return lang === 'zh'
    ? [`共 ${s.forms} 个项目（${grades}），建议压减预算 ${s.cut} 个，未销号整改事项 ${s.openRectification} 项。`,
      `标准：评价等级为“${d.thresholds.cutGrade}”${d.thresholds.cutGrade === '差' ? '' : '及以下'}（有复核的按复核等级），或预算执行率低于 ${d.thresholds.executionBelow}%，建议压减下年度预算。`]
    : [`${s.forms} projects (${grades}); ${s.cut} suggested for a budget cut; ${s.openRectification} rectification items open.`,
      `Rule: grade ${d.thresholds.cutGrade}${d.thresholds.cutGrade === '差' ? '' : ' or worse'} (the re-check grade where there is one), or execution below ${d.thresholds.executionBelow}%, suggests cutting next year's budget.`];
}

/** The report as an xlsx workbook. */
export async function writeResultsXlsx(d: ResultsDocument, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const ws = wb.addWorksheet(RESULTS_SHEET[lang], { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, WIDTHS.length);
  const title = ws.getCell(1, 1);
  title.value = resultsTitle(d, lang);
  title.font = { name: TYPEFACE, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  const header = ws.getRow(2);
  header.values = RESULTS_COLUMNS.map((c) => c[lang]);
  header.font = { name: TYPEFACE, size: 10, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 30;
  d.rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    row.values = resultsCells(r, lang);
    row.font = { name: TYPEFACE, size: 10, ...(r.signal === 'cut' ? { color: { argb: 'FFC00000' } } : {}) };
    row.alignment = { vertical: 'top', wrapText: true };
    // exceljs sets no row heights: about 16 Chinese characters fit a line of the project column.
    row.height = Math.max(20, Math.ceil(Math.max(r.projectName.length / 16, signalText(r, lang).length / 14, 1)) * 14.5 + 5);
  });
  for (let r = 2; r <= d.rows.length + 2; r++) for (let c = 1; c <= WIDTHS.length; c++) ws.getCell(r, c).border = BORDER;
  const at = d.rows.length + 4;
  resultsNotes(d, lang).forEach((t, i) => {
    ws.mergeCells(at + i, 1, at + i, WIDTHS.length);
    const cell = ws.getCell(at + i, 1);
    cell.value = t;
    cell.font = { name: TYPEFACE, size: 10 };
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

/** Read the table back: the header row's titles and every data row's cells as text (rows stop at the first empty one). */
export async function readResultsXlsx(bytes: Uint8Array): Promise<{ title: string; header: string[]; rows: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const cells = (r: number) => Array.from({ length: WIDTHS.length }, (_, i) => text(ws.getCell(r, i + 1).value));
  const rows: string[][] = [];
  for (let r = 3; ws.getRow(r).hasValues; r++) rows.push(cells(r));
  return { title: text(ws.getCell(1, 1).value), header: cells(2), rows };
}

/** The report as an A4 landscape PDF with Noto Serif SC. */
export async function writeResultsPdf(d: ResultsDocument, lang: Lang): Promise<Uint8Array> {
  const total = WIDTHS.reduce((a, b) => a + b, 0);
  // A4 landscape less the margins, less pdfmake's padding and border per column.
  const widths = WIDTHS.map((w) => ((841.89 - 68 - WIDTHS.length * 9) * w) / total);
  const body = [
    RESULTS_COLUMNS.map((c) => ({ text: c[lang], bold: true, alignment: 'center' })),
    ...d.rows.map((r) => resultsCells(r, lang).map((v, i) => ({ text: String(v), alignment: i >= 2 && i <= 7 ? 'center' : 'left', color: r.signal === 'cut' && i === 8 ? '#C00000' : undefined }))),
  ];
  const content = [
    { text: resultsTitle(d, lang), fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
    { table: { headerRows: 1, widths, body }, fontSize: 8.5 },
    ...resultsNotes(d, lang).map((t, i) => ({ text: t, margin: [0, i === 0 ? 8 : 2, 0, 0] })),
  ];
  return renderPdf(content, resultsTitle(d, lang), 'landscape');
}

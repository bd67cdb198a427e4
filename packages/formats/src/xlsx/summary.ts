/**
 * The summary sheet of an xlsx export: one row per form with its funds, execution rate, claimed
 * and proven totals, grade and the number of review findings by severity.
 */
import type ExcelJS from 'exceljs';
import type { Evaluation } from '@jixiao/core';
import { assessForm } from '../layout/assess';
import { TYPEFACE } from '../typeface';

/** One line of the summary sheet. */
export interface SummaryRow {
  projectName: string;
  implementer: string;
  unit: string;
  /** The budget and spending the execution rate divides, as scoring read them. */
  adjusted: string | null;
  executed: string | null;
  /** Scoring's execution rate as a percentage ("86.2%"); the printed one stays on the form's sheet. */
  rate: string | null;
  claimed: number | null;
  provenMin: number | null;
  provenMax: number | null;
  grade: string | null;
  errors: number | null;
  warnings: number | null;
  infos: number | null;
}

const HEADERS = [
  '序号',
  '项目名称',
  '实施单位',
  '全年预算数',
  '全年执行数',
  '执行率',
  '自评得分',
  '可证实得分(低)',
  '可证实得分(高)',
  '评价等级',
  '错误',
  '警告',
  '提示',
];
const WIDTHS = [6, 36, 24, 12, 12, 9, 9, 12, 12, 9, 6, 6, 6];

/** Build summary rows with core's scoring and review. */
export function summaryRows(forms: Evaluation[]): SummaryRow[] {
  return forms.map((ev) => {
    const a = assessForm(ev);
    return {
      projectName: ev.projectName,
      implementer: ev.implementer,
      unit: ev.funds.unit,
      // The amounts and rate scoring used, so the summary agrees with the execution score.
      adjusted: a.budget,
      executed: a.executed,
      rate: a.rate,
      claimed: ev.total.score,
      provenMin: a.proven?.min ?? null,
      provenMax: a.proven?.max ?? null,
      grade: a.grade,
      errors: a.findings?.error ?? null,
      warnings: a.findings?.warning ?? null,
      infos: a.findings?.info ?? null,
    };
  });
}

/** Append the summary sheet to a workbook. */
export function addSummarySheet(wb: ExcelJS.Workbook, rows: SummaryRow[]) {
  const ws = wb.addWorksheet('汇总', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, HEADERS.length);
  const title = ws.getCell(1, 1);
  title.value = SUMMARY_TITLE;
  title.font = { name: TYPEFACE, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  const header = ws.getRow(2);
  header.values = HEADERS;
  header.font = { name: TYPEFACE, size: 10, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 30;
  rows.forEach((s, i) => {
    const r = ws.getRow(3 + i);
    r.values = [
      i + 1,
      s.projectName,
      s.implementer,
      money(s.adjusted),
      money(s.executed),
      s.rate,
      s.claimed,
      s.provenMin,
      s.provenMax,
      s.grade,
      s.errors,
      s.warnings,
      s.infos,
    ];
    r.font = { name: TYPEFACE, size: 10 };
    r.alignment = { vertical: 'middle', wrapText: true };
    r.height = Math.max(20, Math.ceil(s.projectName.length / 17) * 14.5 + 5);
  });
  for (let r = 2; r < 3 + rows.length; r++)
    for (let c = 1; c <= HEADERS.length; c++) {
      const thin = { style: 'thin' as const };
      ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
}

export const SUMMARY_TITLE = '项目支出绩效自评汇总表';

function money(m: string | null): number | string | null {
  if (m === null) return null;
  const n = Number(m);
  return Number.isFinite(n) && String(n) === m ? n : m;
}

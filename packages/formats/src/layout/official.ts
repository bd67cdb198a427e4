/**
 * The official 项目支出绩效自评表 layout as a grid of cells with spans, computed once from an
 * Evaluation and drawn by every exporter (xlsx, docx, pdf, html), so that all of them show the
 * same table and read back through the same form reader.
 */
import { Big, displayWidth, levelSpans, yearLine, type Evaluation, type FundKey, type FundRow } from '@jixiao/core';
import { layoutExtras } from './extras';

/** What a cell shows, which decides its font, alignment and how it is written (number or text). */
export type CellKind = 'title' | 'year' | 'label' | 'text' | 'number' | 'money';

/** One master cell of the layout; covered cells of a span are not listed. */
export interface LayoutCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  kind: CellKind;
  /** The text as shown (verbatim for text; the decimal string for money; String(n) for numbers). */
  text: string;
  /**
   * The number to write where the exporter can store numbers: 'number'/'money' cells, and text
   * cells whose whole text is a number (an actual value of 35) — those print as their text.
   */
  num?: number;
  /** A percentage (执行率 "95.5%"): the fraction and the decimals, for a number with a % format. */
  percent?: { value: number; decimals: number };
  /** The cell is the sum of the cells of its column from row `from` to row `to` (0-based): an exporter may write =SUM. */
  sum?: { from: number; to: number };
  align: 'left' | 'center';
}

/** A whole form: 9 columns, `rows` rows, the cells, and relative column widths (in characters). */
export interface FormLayout {
  columns: number;
  rows: number;
  cells: LayoutCell[];
  widths: number[];
  /**
   * The row of the indicator header (一级指标 … 偏差原因分析及改进措施): paged exporters start a
   * table there, so that the header repeats on every page the indicators run over.
   */
  headerRow: number;
  /** Widths for the printed exports (docx, html) when they differ from `widths`. */
  printWidths?: number[];
  /** The page the form is printed on: portrait A4 unless the table is too wide for it. */
  orientation?: 'portrait' | 'landscape';
}

export const TITLE = '项目支出绩效自评表';

/** The form's title as its type names it: 项目支出绩效自评表 or 部门整体支出绩效自评表. */
export function formTitle(ev: Pick<Evaluation, 'formType'>): string {
  return `${ev.formType ?? '项目支出'}绩效自评表`;
}
export const FUND_LABELS: Record<FundKey, string> = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  other: '其他资金',
};
export const FUND_HEADERS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
export const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
/** Column widths in characters (A 区块, B 一级, C 二级, D 三级, E 指标值, F 完成值, G 分值, H 得分, I 偏差). */
export const WIDTHS = [9, 9, 12, 20, 11, 11, 7, 7, 14];
/**
 * Printed widths for docx and html: the 一级 column holds 满意度指标/社会效益指标 unbroken (taken
 * from 三级). The PDF keeps WIDTHS, its OCR round trip being sensitive to the layout, and fits
 * 满意度指标 by padding and size instead (pdf/export.ts).
 */
export const PRINT_WIDTHS = [9, 13, 12, 16, 11, 11, 7, 7, 14];

const COLS = 9;

/** Lay out one Evaluation in the official table. */
export function layoutForm(ev: Evaluation): FormLayout {
  const cells: LayoutCell[] = [];
  let r = 0;
  const put = (c: CellInput) =>
    cells.push({ rowSpan: 1, colSpan: 1, align: c.kind === 'text' ? 'left' : 'center', ...c });
  const label = (row: number, col: number, text: string, colSpan = 1, rowSpan = 1) =>
    put({ row, col, text, kind: 'label', colSpan, rowSpan });
  const text = (row: number, col: number, t: string, colSpan = 1, rowSpan = 1) =>
    put({ row, col, text: t, kind: 'text', colSpan, rowSpan });

  put({ row: r++, col: 0, text: formTitle(ev), kind: 'title', colSpan: COLS });
  put({ row: r++, col: 0, text: yearLine(ev), kind: 'year', colSpan: COLS });

  label(r, 0, '项目名称');
  text(r, 1, ev.projectName, 8);
  r++;
  label(r, 0, '主管部门');
  text(r, 1, ev.department, 3);
  label(r, 4, '实施单位');
  text(r, 5, ev.implementer, 4);
  r++;

  // 项目资金（万元）: the unit the form states goes into the label, as the paper form prints it.
  // The six values follow the row label directly, ending at the last column, as on the paper
  // form: a reader takes exactly the cells after the label. The heading spans A:B.
  label(r, 0, `项目资金（${ev.funds.unit}）`, 2, 5);
  label(r, 2, '');
  FUND_HEADERS.forEach((h, i) => label(r, 3 + i, h));
  r++;
  const totalRow = r;
  for (const key of ['total', 'fiscal', 'carryover', 'other'] as FundKey[]) {
    label(r, 2, FUND_LABELS[key]);
    fundCells(ev.funds[key], r, key !== 'total').forEach((c) => put(c));
    r++;
  }
  // 年度资金总额 = 财政拨款 + 上年结转 + 其他, written as a sum only where the form's figures agree.
  for (const [col, k] of [[3, 'initial'], [4, 'adjusted'], [5, 'executed']] as const) {
    const parts = [ev.funds.fiscal[k], ev.funds.carryover[k], ev.funds.other[k]];
    const cell = cells.find((c) => c.row === totalRow && c.col === col);
    if (cell?.num !== undefined && parts.some((p) => p !== null) && sumEquals(parts, ev.funds.total[k]))
      cell.sum = { from: totalRow + 1, to: totalRow + 3 };
  }

  label(r, 0, '年度总体目标', 1, 2);
  label(r, 1, '预期目标', 4);
  label(r, 5, '实际完成情况', 4);
  r++;
  text(r, 1, ev.goals.expected, 4);
  text(r, 5, ev.goals.actual, 4);
  r++;

  const n = ev.indicators.length;
  const headerRow = r;
  label(r, 0, '绩效指标', 1, n + 1);
  INDICATOR_HEADERS.forEach((h, i) => label(r, 1 + i, h));
  r++;
  const { level1: spans1, level2: spans2 } = levelSpans(ev.indicators);
  ev.indicators.forEach((ind, k) => {
    const row = r + k;
    if (spans1[k] > 0) text(row, 1, ind.level1, 1, spans1[k]);
    if (spans2[k] > 0) text(row, 2, ind.level2, 1, spans2[k]);
    text(row, 3, ind.name);
    put(valueCell(row, 4, ind.target));
    put(valueCell(row, 5, ind.actual));
    put(numberCell(row, 6, ind.weight));
    put(numberCell(row, 7, ind.score));
    text(row, 8, ind.deviation);
  });
  r += n;

  label(r, 0, '总分', 6);
  const first = r - n;
  for (const [col, v, field] of [[6, ev.total.weight, 'weight'], [7, ev.total.score, 'score']] as const) {
    const c: CellInput = numberCell(r, col, v);
    const parts = ev.indicators.map((i) => (i[field] === null ? null : String(i[field])));
    if (n > 0 && v !== null && parts.every((p) => p !== null) && sumEquals(parts, String(v))) c.sum = { from: first, to: r - 1 };
    put(c);
  }
  text(r, 8, '');
  r++;
  r = layoutExtras(ev, r, put);
  return { columns: COLS, rows: r, cells, widths: WIDTHS, printWidths: PRINT_WIDTHS, headerRow };
}

type CellInput = Omit<LayoutCell, 'rowSpan' | 'colSpan' | 'align'> & Partial<LayoutCell>;

// The paper form prints — in the 分值 and 得分 of the sub-rows: they are scored on the total only.
function fundCells(f: FundRow, row: number, subRow: boolean): CellInput[] {
  const dash = (c: CellInput): CellInput => (subRow && c.text === '' ? { ...c, text: '—' } : c);
  return [
    moneyCell(row, 3, f.initial),
    moneyCell(row, 4, f.adjusted),
    moneyCell(row, 5, f.executed),
    dash(numberCell(row, 6, f.weight)),
    { row, col: 7, kind: 'text', text: f.rate ?? '', align: 'center', ...percentOf(f.rate) },
    dash(numberCell(row, 8, f.score)),
  ];
}

/** "95.5%" as the fraction 0.955 with one decimal, when the number prints back as the same text. */
function percentOf(rate: string | null): { percent?: LayoutCell['percent'] } {
  const m = rate === null ? null : /^(-?\d+)(?:\.(\d+))?%$/.exec(rate);
  if (!m) return {};
  const value = Number(new Big(rate!.slice(0, -1)).div(100).toString());
  const back = new Big(String(value)).times(100).toFixed(m[2]?.length ?? 0);
  return back === rate!.slice(0, -1) ? { percent: { value, decimals: m[2]?.length ?? 0 } } : {};
}

/** A 年度指标值/实际完成值 cell; a text that is exactly a number also carries the number. */
function valueCell(row: number, col: number, t: string): CellInput {
  const n = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  return Number.isFinite(n) && String(n) === t ? { row, col, kind: 'text', text: t, num: n } : { row, col, kind: 'text', text: t };
}

function sumEquals(parts: (string | null)[], total: string | null): boolean {
  if (total === null) return false;
  let acc = new Big(0);
  for (const p of parts) if (p !== null) acc = acc.plus(p);
  return acc.eq(total);
}

function numberCell(row: number, col: number, n: number | null) {
  if (n === null) return { row, col, kind: 'text' as const, text: '', align: 'center' as const };
  return { row, col, kind: 'number' as const, text: String(n), num: n, align: 'center' as const };
}

/** Money is written as a number only when the number prints back as the same decimal string. */
export function moneyCell(row: number, col: number, m: string | null) {
  if (m === null) return { row, col, kind: 'text' as const, text: '', align: 'center' as const };
  const n = Number(m);
  if (Number.isFinite(n) && String(n) === m) return { row, col, kind: 'money' as const, text: m, num: n, align: 'center' as const };
  return { row, col, kind: 'text' as const, text: m, align: 'center' as const };
}

/** Lines a wrapped text needs in a cell `width` characters wide. */
export function linesNeeded(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width));
  return text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / per)), 0);
}

/** All cells of a layout indexed by position, masters only: `grid[row][col]` or undefined. */
export function masterAt(layout: FormLayout): (LayoutCell | undefined)[][] {
  const g: (LayoutCell | undefined)[][] = Array.from({ length: layout.rows }, () => new Array(layout.columns));
  for (const c of layout.cells) g[c.row][c.col] = c;
  return g;
}

/** True for positions covered by a span but not its master. */
export function coveredMap(layout: FormLayout): boolean[][] {
  const g = Array.from({ length: layout.rows }, () => new Array<boolean>(layout.columns).fill(false));
  for (const c of layout.cells)
    for (let i = 0; i < c.rowSpan; i++)
      for (let j = 0; j < c.colSpan; j++) if (i || j) g[c.row + i][c.col + j] = true;
  return g;
}

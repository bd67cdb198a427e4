/**
 * The official 项目支出绩效目标申报表 layout as a grid of cells with spans: the head (项目名称, 主管部门,
 * 实施单位), 项目资金 with its sources, 总体目标 (中长期目标 / 年度目标) and the 绩效指标 table (一级 /
 * 二级 / 三级 / 指标值 / 分值 / 指标值设定依据 / 评(扣)分标准). Drawn by the same exporters as the
 * self-evaluation and read back by the target-form reader (target/read.ts).
 */
import { BASIS_KINDS, BASIS_LABELS, levelSpans, type BasisKind, type TargetForm, type TargetIndicator } from '@jixiao/core';
import { moneyCell, type FormLayout, type LayoutCell } from './official';
import { cellWriters, planHead, planSignatures, type PlanSignatures } from './plan-head';

export const TARGET_TITLE = '项目支出绩效目标申报表';
export const TARGET_FUND_LABELS = { total: '年度资金总额', fiscal: '其中：财政拨款', carryover: '上年结转资金', other: '其他资金' } as const;
export const TARGET_HEADERS = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  weight: '分值',
  basis: '指标值设定依据',
  scoring: '评（扣）分标准',
} as const;
export const GOAL_HEADERS = { longTerm: '中长期目标', annual: '年度目标' } as const;

type Column = keyof typeof TARGET_HEADERS;
const WIDTH: Record<Column, number> = { level1: 9, level2: 10, name: 18, target: 11, weight: 6, basis: 17, scoring: 17 };
/** Printed: the 一级 column holds 满意度指标 unbroken, as the self-evaluation's does. */
const PRINT_WIDTH: Record<Column, number> = { ...WIDTH, level1: 12, name: 15 };
const BLOCK_WIDTH = 9;

/** The columns a form's table has: 分值 where any row has a weight, 评(扣)分标准 where any has one. */
export function targetColumns(form: TargetForm): Column[] {
  const cols: Column[] = ['level1', 'level2', 'name', 'target'];
  if (form.indicators.some((x) => x.weight !== null)) cols.push('weight');
  cols.push('basis');
  if (form.indicators.some((x) => x.scoring !== '')) cols.push('scoring');
  return cols;
}

/** 指标值设定依据 as one cell: "计划标准：《…》", the kind's name alone, or the text alone. */
export function basisText(b: TargetIndicator['basis']): string {
  if (b.kind === null) return b.text;
  const label = BASIS_LABELS[b.kind].zh;
  return b.text === '' ? label : `${label}：${b.text}`;
}

/** The cell back as a basis: a leading kind name (followed by ：, : or nothing) is the kind. */
export function parseBasis(cell: string): TargetIndicator['basis'] {
  for (const kind of BASIS_KINDS as readonly BasisKind[]) {
    const label = BASIS_LABELS[kind].zh;
    if (cell === label) return { kind, text: '' };
    if (cell.startsWith(`${label}：`) || cell.startsWith(`${label}:`)) return { kind, text: cell.slice(label.length + 1) };
  }
  return { kind: null, text: cell };
}

/** Lay out one target form in the official table. */
export function layoutTargetForm(form: TargetForm, signatures?: PlanSignatures): FormLayout {
  const cols = targetColumns(form);
  const COLS = cols.length + 1;
  const cells: LayoutCell[] = [];
  const w = cellWriters(cells);
  const { put, label, text } = w;
  // 主管部门 over the 一级–二级 columns, 实施单位 from 三级 on.
  let r = planHead(w, COLS, TARGET_TITLE, `（${form.year}年度）`, form, 2);

  // 项目资金: 上年结转 only where the form has one, as most provinces' forms leave it out.
  const keys = (['total', 'fiscal', 'carryover', 'other'] as const).filter((k) => k !== 'carryover' || form.funds.carryover !== null);
  label(r, 0, `项目资金（${form.funds.unit}）`, 1, keys.length);
  for (const k of keys) {
    label(r, 1, TARGET_FUND_LABELS[k], 2);
    put({ ...moneyCell(r, 3, form.funds[k]), colSpan: COLS - 3 });
    r++;
  }

  label(r, 0, '总体目标', 1, 2);
  label(r, 1, GOAL_HEADERS.longTerm, 3);
  label(r, 4, GOAL_HEADERS.annual, COLS - 4);
  r++;
  text(r, 1, form.goals.longTerm, 3);
  text(r, 4, form.goals.annual, COLS - 4);
  r++;

  const n = form.indicators.length;
  const headerRow = r;
  label(r, 0, '绩效指标', 1, n + 1);
  cols.forEach((c, i) => label(r, 1 + i, TARGET_HEADERS[c]));
  r++;
  const spans = levelSpans(form.indicators);
  form.indicators.forEach((x, k) => {
    const row = r + k;
    cols.forEach((c, i) => {
      const col = 1 + i;
      if (c === 'level1' || c === 'level2') {
        const span = (c === 'level1' ? spans.level1 : spans.level2)[k];
        if (span > 0) text(row, col, x[c], 1, span);
      } else if (c === 'weight') {
        put(x.weight === null ? { row, col, kind: 'text', text: '', align: 'center' } : { row, col, kind: 'number', text: String(x.weight), num: x.weight });
      } else if (c === 'target') {
        put({ row, col, kind: 'text', text: x.target, align: 'center' });
      } else text(row, col, c === 'basis' ? basisText(x.basis) : x[c]);
    });
  });
  r += n;
  r = planSignatures(w, r, COLS, signatures);
  const widths = [BLOCK_WIDTH, ...cols.map((c) => WIDTH[c])];
  const printWidths = [BLOCK_WIDTH, ...cols.map((c) => PRINT_WIDTH[c])];
  return { columns: COLS, rows: r, cells, widths, printWidths, headerRow };
}

/**
 * What the plan forms' layouts (绩效目标申报表, 运行监控表) share: the cell writers, and the head —
 * title, year line, 项目名称 across the table, 主管部门 and 实施单位 side by side.
 */
import type { LayoutCell } from './official';

type CellInput = Omit<LayoutCell, 'rowSpan' | 'colSpan' | 'align'> & Partial<LayoutCell>;

/** Writers of master cells into `cells`: text left-aligned unless told, labels and numbers centred. */
export function cellWriters(cells: LayoutCell[]) {
  const put = (c: CellInput) => cells.push({ rowSpan: 1, colSpan: 1, align: c.kind === 'text' ? 'left' : 'center', ...c });
  return {
    put,
    label: (row: number, col: number, text: string, colSpan = 1, rowSpan = 1) => put({ row, col, text, kind: 'label', colSpan, rowSpan }),
    text: (row: number, col: number, t: string, colSpan = 1, rowSpan = 1) => put({ row, col, text: t, kind: 'text', colSpan, rowSpan }),
  };
}

/**
 * The head of a plan form over `cols` columns; 主管部门's value spans `deptSpan` columns and 实施单位
 * follows it. Returns the next free row.
 */
export function planHead(w: ReturnType<typeof cellWriters>, cols: number, title: string, subtitle: string, form: { projectName: string; department: string; implementer: string }, deptSpan: number): number {
  let r = 0;
  w.put({ row: r++, col: 0, text: title, kind: 'title', colSpan: cols });
  w.put({ row: r++, col: 0, text: subtitle, kind: 'year', colSpan: cols });
  w.label(r, 0, '项目名称');
  w.text(r, 1, form.projectName, cols - 1);
  r++;
  w.label(r, 0, '主管部门');
  w.text(r, 1, form.department, deptSpan);
  w.label(r, 1 + deptSpan, '实施单位');
  w.text(r, 2 + deptSpan, form.implementer, cols - 2 - deptSpan);
  return r + 1;
}

/** Who signs a plan form under its table: blank where nobody has yet (signed by hand on paper). */
export interface PlanSignatures {
  /** 填报人: who filed it. */
  preparer?: string;
  /** 审核人: who approved it (the department's reviewer, then finance). */
  reviewer?: string;
  /** 日期 (YYYY-MM-DD): of the latest of these. */
  date?: string;
}

export const PLAN_SIGNATURE_LABELS = { preparer: '填报人', reviewer: '审核人', date: '日期' } as const;

/**
 * The signature line under a plan form's table over `cols` columns: 填报人, 审核人 and 日期, each a
 * label and its value, in three even parts (the last takes what is left). Returns the next free row.
 */
export function planSignatures(w: ReturnType<typeof cellWriters>, r: number, cols: number, sg: PlanSignatures = {}): number {
  const part = Math.floor(cols / 3);
  (['preparer', 'reviewer', 'date'] as const).forEach((key, i) => {
    const col = i * part;
    const span = (i === 2 ? cols - col : part) - 1;
    w.label(r, col, PLAN_SIGNATURE_LABELS[key]);
    w.text(r, col + 1, sg[key] ?? '', span);
  });
  return r + 1;
}

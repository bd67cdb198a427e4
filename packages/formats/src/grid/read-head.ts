/**
 * Readers for the top of the form: the header fields (项目名称, 主管部门, 实施单位), the funds table
 * (项目资金) and the 年度总体目标 block. Each reads one row into the form being built.
 */
import type { FundRow } from '@jixiao/core';
import { fundRowKey, fundsColumn, fundsHeading, goalColumn, headerField, isDamagedHeaderLabel, norm, unitOf, type FundsColumn } from './labels';
import { clip, note } from './notes';
import { dedupeMerged } from './rows';
import type { FormState } from './state';
import type { GridCell, GridRow } from './types';
import { amountCell, numberCell, rateCell } from './values';

const FIELD_LABEL = { projectName: '项目名称', department: '主管部门', implementer: '实施单位' } as const;

/** True when the row holds a header label (项目名称, 主管部门, 实施单位, 项目负责人及电话…). */
export function isHeaderRow(row: GridRow): boolean {
  return row.some((c) => headerField(c.text) !== null);
}

/** Read label/value pairs: each label takes the first filled cell before the next label. */
export function readHeaderRow(row: GridRow, st: FormState): void {
  for (let i = 0; i < row.length; i++) {
    const field = headerField(row[i].text);
    if (!field) {
      if (row[i].text.trim()) st.unplaced(row[i]);
      continue;
    }
    const label = row[i];
    let value: GridCell | null = null;
    let j = i + 1;
    for (; j < row.length && headerField(row[j].text) === null; j++) {
      const t = row[j].text.trim();
      if (!t || norm(t) === norm(label.text)) continue;
      if (value === null) value = row[j];
      else if (t !== value.text.trim()) st.unplaced(row[j]);
    }
    i = j - 1;
    const text = value ? value.text.trim() : '';
    if (field === 'ignored') {
      st.notes.push(note('ignored-field', label.location, { label: label.text.trim(), text: clip(text) }));
    } else if (st.seen.has(field)) {
      st.notes.push(note('duplicate-section', label.location, { label: FIELD_LABEL[field] }));
      if (value) st.unplaced(value);
    } else {
      st.seen.add(field);
      st.ev[field] = text;
      if (isDamagedHeaderLabel(label.text)) st.notes.push(note('damaged-label', label.location, { text: clip(label.text.trim()), label: FIELD_LABEL[field] }));
    }
  }
}

const DEFAULT_FUNDS: FundsColumn[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];

/** Read the funds heading row: its unit and the column of each heading (年初预算数 … 得分). */
export function readFundsHeader(row: GridRow, st: FormState): void {
  const cols = new Map<number, FundsColumn>();
  for (let i = 0; i < row.length; i++) {
    const t = row[i].text;
    const unit = unitOf(t);
    if (unit && !st.seen.has('unit')) {
      st.ev.funds.unit = unit;
      st.seen.add('unit');
    }
    const c = fundsColumn(t);
    if (c) cols.set(i, c);
    else if (t.trim() && !unit && fundsHeading(t) === null) st.unplaced(row[i]);
  }
  if (cols.size > 0 && !st.fundsColumns) st.fundsColumns = cols;
  st.seen.add('funds');
}

/** True when the row lists at least two funds column headings, one of them an amount or 执行率. */
export function isFundsColumnsRow(row: GridRow): boolean {
  let n = 0;
  let money = false;
  for (const c of row) {
    const k = fundsColumn(c.text);
    if (k) n++;
    if (k === 'initial' || k === 'adjusted' || k === 'executed' || k === 'rate') money = true;
  }
  // 分值 and 得分 alone also head the indicator table: a funds heading names an amount column.
  return n >= 2 && money;
}

/** Read a funds row (年度资金总额 …) by the heading columns; repeated merged cells are removed. */
export function readFundRow(row: GridRow, labelIdx: number, st: FormState): void {
  const label = row[labelIdx];
  const key = fundRowKey(label.text)!;
  if (st.seen.has(`fund:${key}`)) {
    st.notes.push(note('duplicate-section', label.location, { label: label.text.trim() }));
    for (const c of row.slice(labelIdx + 1)) if (c.text.trim()) st.unplaced(c);
    return;
  }
  st.seen.add(`fund:${key}`).add('funds');
  let j = labelIdx + 1;
  while (j < row.length && row[j].text.trim() === label.text.trim()) j++;
  let cols = st.fundsColumns;
  if (!cols) {
    if (!st.seen.has('funds-default')) st.notes.push(note('funds-header-missing', label.location));
    st.seen.add('funds-default');
    cols = new Map(DEFAULT_FUNDS.map((c, i) => [i, c]));
  }
  const first = Math.min(...cols.keys());
  let cells: GridCell[];
  if (st.explicitMerges && st.fundsColumns && labelIdx < first) {
    // A real grid: each value stands under its heading; a stray cell or a 备注 column beside the
    // table is unplaced, never taken for a merged copy that shifts the columns.
    cells = row.slice(first);
    for (const c of row.slice(j, first)) if (c.text.trim()) st.unplaced(c);
  } else {
    const want = Math.max(...cols.keys()) - first + 1;
    const d = dedupeMerged(row.slice(j), want);
    cells = d.cells;
    if (d.removed > 0) {
      st.notes.push(note('merged-duplicates', label.location, { label: label.text.trim(), count: d.removed }));
    }
  }
  const at = (c: FundsColumn): GridCell | undefined => {
    for (const [idx, col] of cols!) if (col === c) return cells[idx - first];
    return undefined;
  };
  const fieldName = (c: string) => `${label.text.trim()} ${c}`;
  const fr: FundRow = {
    initial: amountCell(at('initial'), fieldName('年初预算数'), st.notes),
    adjusted: amountCell(at('adjusted'), fieldName('全年预算数'), st.notes),
    executed: amountCell(at('executed'), fieldName('全年执行数'), st.notes),
    weight: numberCell(at('weight'), fieldName('分值'), st.notes),
    rate: rateCell(at('rate')),
    score: numberCell(at('score'), fieldName('得分'), st.notes),
  };
  st.ev.funds[key] = fr;
  for (const c of ['adjusted', 'executed', 'weight', 'rate', 'score'] as const) st.track(`funds.${key}.${c}`, at(c));
  const placed = new Set([...cols.keys()].map((k) => k - first));
  cells.forEach((c, i) => {
    if (!placed.has(i) && c.text.trim()) st.unplaced(c);
  });
}

/** Read the 年度总体目标 heading row: the column of 预期目标 / 实际完成情况, or texts on the same row. */
export function readGoalsHeader(row: GridRow, headingIdx: number, st: FormState): void {
  st.seen.add('goals');
  const texts: GridCell[] = [];
  for (let i = headingIdx + 1; i < row.length; i++) {
    const g = goalColumn(row[i].text);
    if (g) st.goalColumns.set(i, g);
    else if (row[i].text.trim()) texts.push(row[i]);
  }
  if (st.goalColumns.size === 0 && texts.length) readGoalTexts(texts, st);
  else for (const t of texts) st.unplaced(t);
}

/** True when every filled cell of the row is a goal sub-heading. */
export function isGoalColumnsRow(row: GridRow): boolean {
  const f = row.filter((c) => c.text.trim());
  return f.length > 0 && f.every((c) => goalColumn(c.text) !== null);
}

/** Read a row of goal texts, by the sub-heading columns when the row is aligned with them. */
export function readGoalRow(row: GridRow, st: FormState): void {
  if (isGoalColumnsRow(row)) {
    row.forEach((c, i) => st.goalColumns.set(i, goalColumn(c.text)!));
    return;
  }
  const cols = st.goalColumns;
  const maxIdx = cols.size ? Math.max(...cols.keys()) : -1;
  if (cols.size === 2 && row.length > maxIdx) {
    for (const [i, g] of cols) addGoal(st, g, row[i].text.trim());
    row.forEach((c, i) => {
      if (!cols.has(i) && c.text.trim()) st.unplaced(c);
    });
    return;
  }
  readGoalTexts(row.filter((c) => c.text.trim()), st);
}

function readGoalTexts(texts: GridCell[], st: FormState): void {
  if (texts[0]) addGoal(st, 'expected', texts[0].text.trim());
  if (texts[1]) addGoal(st, 'actual', texts[1].text.trim());
  for (const t of texts.slice(2)) st.unplaced(t);
}

function addGoal(st: FormState, g: 'expected' | 'actual', text: string): void {
  if (!text) return;
  const cur = st.ev.goals[g];
  st.ev.goals[g] = cur ? `${cur}\n${text}` : text;
}

/**
 * Readers for the 绩效指标 table: its header (columns found by their labels, possibly split over
 * two rows or reordered), the indicator rows with merged-cell continuation, and the 总分 row.
 */
import { normaliseLevel1, normaliseLevel2, type Indicator } from '@jixiao/core';
import {
  extraColumn,
  indicatorColumn,
  isExecutionLabel,
  isHeaderContinuation,
  isTotalLabel,
  norm,
  type ExtraColumn,
  type IndicatorColumn,
} from './labels';
import { clip, note } from './notes';
import type { FormState, IndicatorHeader } from './state';
import { contradicts, parentOf } from './taxonomy';
import type { GridCell, GridRow } from './types';
import { numberCell } from './values';
import { withNature, withUnit } from './nature';

/** True when the row is an indicator header: it names at least two of 一级/二级/三级指标. */
export function isIndicatorHeader(row: GridRow): boolean {
  let levels = 0;
  for (const c of row) {
    const k = indicatorColumn(c.text);
    if (k === 'level1' || k === 'level2' || k === 'name') levels++;
  }
  return levels >= 2;
}

/** True when every filled cell continues a header split over two rows (指标值, 完成值). */
export function isContinuationRow(row: GridRow): boolean {
  const f = row.filter((c) => c.text.trim());
  return f.length > 0 && f.every((c) => isHeaderContinuation(c.text));
}

const STANDARD_COLUMNS: IndicatorColumn[] = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];

/**
 * The standard columns (一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差) for a page that
 * starts inside the indicator table, without its header row: when the row's first filled cell is a
 * known 一级 or 二级 (产出指标, 成本指标(5分)) followed by at least two more cells, the columns are
 * placed from it. Null for any other row.
 */
export function assumedIndicatorHeader(row: GridRow): IndicatorHeader | null {
  const k = row.findIndex((c) => c.text.trim() !== '');
  if (k < 0 || k > 3) return null;
  const text = row[k].text;
  const level1 = normaliseLevel1(text).known;
  if (!level1 && !normaliseLevel2(text).known) return null;
  const first = level1 ? k : k - 1;
  if (first < 0 || row.slice(k + 1).filter((c) => c.text.trim()).length < 2) return null;
  const columns = new Map<number, IndicatorColumn | ExtraColumn>(STANDARD_COLUMNS.map((c, i) => [first + i, c]));
  return { columns, length: first + STANDARD_COLUMNS.length, firstField: first };
}

/** Build the column map from the header row and, when split, its continuation row. */
export function parseIndicatorHeader(row: GridRow, next: GridRow | null): IndicatorHeader {
  const length = Math.max(row.length, next?.length ?? 0);
  const columns = new Map<number, IndicatorColumn | ExtraColumn>();
  const used = new Set<IndicatorColumn | ExtraColumn>();
  for (let i = 0; i < length; i++) {
    const text = (row[i]?.text ?? '') + (next?.[i]?.text ?? '');
    const k = indicatorColumn(text) ?? indicatorColumn(row[i]?.text ?? '') ?? extraColumn(row[i]?.text ?? '');
    if (k && !used.has(k)) {
      columns.set(i, k);
      used.add(k);
    }
  }
  const firstField = columns.size ? Math.min(...columns.keys()) : 0;
  return { columns, length, firstField };
}

type Fields = Partial<Record<IndicatorColumn | ExtraColumn, GridCell>>;

/** Map a data row's cells to fields, shifting rows that lack the leading merged cells. */
function fieldsOf(row: GridRow, h: IndicatorHeader, st: FormState): Fields {
  const shift = row.length < h.length && h.length - row.length <= h.firstField ? h.length - row.length : 0;
  const out: Fields = {};
  row.forEach((c, idx) => {
    const k = h.columns.get(idx + shift);
    if (k) out[k] = c;
    else if (c.text.trim() && norm(c.text) !== '绩效指标') st.unplaced(c);
  });
  return out;
}

const text = (c: GridCell | undefined): string => (c ? c.text.trim() : '');

/** Read one indicator row; blank 一级/二级 cells carry the value above unless the taxonomy objects. */
export function readIndicatorRow(row: GridRow, st: FormState): void {
  const h = st.indicatorHeader!;
  const f = fieldsOf(row, h, st);
  const l1 = text(f.level1);
  const l2 = text(f.level2);
  if (isExecutionLabel(l1) || isExecutionLabel(l2)) return readExecutionRow(f, row, st);

  const changed1 = l1 !== '' && l1 !== st.carry.level1;
  let level1 = l1 || st.carry.level1;
  const level2 = l2 || (changed1 ? '' : st.carry.level2);
  const loc = (f.level1 ?? f.level2 ?? row[0]).location;
  // A blank 一级 cell under a merged 一级 its 二级 cannot stand under (the seed's 社会效益指标 under
  // 产出指标): the model takes the 一级 the 二级 names, and the blank cell stays in the notes.
  let inferred = false;
  if (!l1 && level1 && contradicts(level1, level2)) {
    const parent = parentOf(level2) ?? '';
    st.notes.push(note('level1-inferred', loc, { carried: level1, level2, inferred: parent }));
    level1 = parent;
    inferred = parent !== '';
  }
  if (l1) st.carry.level1 = l1;
  if (l2 || changed1) st.carry.level2 = l2;

  const rest: IndicatorColumn[] = ['name', 'target', 'actual', 'weight', 'score', 'deviation'];
  if (rest.every((k) => !text(f[k]))) {
    const t = [l1, l2].filter(Boolean).join(' / ');
    if (t) st.notes.push(note('empty-indicator-row', loc, { text: clip(t) }));
    return;
  }
  const ind: Indicator = {
    level1,
    level2,
    name: text(f.name),
    target: withNature(text(f.target), text(f.nature), text(f.unit)),
    actual: withUnit(text(f.actual), text(f.unit)),
    weight: numberCell(f.weight, '分值', st.notes),
    score: numberCell(f.score, '得分', st.notes),
    deviation: text(f.deviation),
  };
  const n = st.ev.indicators.push(ind) - 1;
  if (inferred) st.inferred.push(`indicators[${n}].level1`);
  for (const k of ['target', 'actual', 'weight', 'score'] as const) st.track(`indicators[${n}].${k}`, f[k]);
}

// Some templates put 预算执行率 in the indicator table. Its 分值/得分 belong to the funds row
// (that is where scoring reads the execution score); an empty one is only noted.
function readExecutionRow(f: Fields, row: GridRow, st: FormState): void {
  const loc = row.find((c) => c.text.trim())!.location;
  const weight = numberCell(f.weight, '分值', st.notes);
  const score = numberCell(f.score, '得分', st.notes);
  const total = st.ev.funds.total;
  for (const k of ['name', 'target', 'actual', 'deviation', 'nature', 'unit'] as const) if (text(f[k])) st.unplaced(f[k]!);
  if (weight === null && score === null) {
    st.notes.push(note('execution-row', loc, { detail: '没有分值和得分，未计入指标' }));
  } else if (total.weight === null && total.score === null) {
    total.weight = weight;
    total.score = score;
    st.notes.push(note('execution-row', loc, { detail: '的分值、得分已计入年度资金总额行' }));
  } else {
    st.notes.push(note('execution-row', loc, { detail: `（分值 ${weight ?? '—'}，得分 ${score ?? '—'}）与资金表重复，未计入` }));
  }
}

/**
 * The index of the 总分 label when the row is the 总分 row, else -1. Given the indicator header,
 * a row laid out like it whose label stands under 三级指标 (or a later column) beside a 年度指标值
 * or 实际完成值 is an indicator named 合计/总分 below merged 一级/二级 cells: reading it as 总分
 * ended the table there and pushed every later indicator into unplaced-cell notes.
 */
export function totalLabelIndex(row: GridRow, header: IndicatorHeader | null = null): number {
  for (let i = 0; i < row.length; i++) {
    const t = row[i].text.trim();
    if (!t) continue;
    if (!isTotalLabel(t)) return -1;
    if (header && row.length === header.length && isIndicatorText(row, i, header)) return -1;
    return i;
  }
  return -1;
}

function isIndicatorText(row: GridRow, labelIdx: number, header: IndicatorHeader): boolean {
  const field = header.columns.get(labelIdx);
  if (field === undefined || field === 'level1' || field === 'level2') return false;
  for (const [idx, k] of header.columns) {
    if ((k === 'target' || k === 'actual') && idx !== labelIdx && row[idx]?.text.trim()) return true;
  }
  return false;
}

/** Read 总分: by the header's 分值/得分 columns when aligned, else the two cells after the label. */
export function readTotalRow(row: GridRow, labelIdx: number, st: FormState): void {
  st.seen.add('total');
  const h = st.indicatorHeader;
  const label = row[labelIdx].text.trim();
  let wCell: GridCell | undefined;
  let sCell: GridCell | undefined;
  const placed = new Set<number>([labelIdx]);
  if (h && row.length === h.length) {
    for (const [idx, k] of h.columns) {
      if (k === 'weight') wCell = row[idx];
      if (k === 'score') sCell = row[idx];
      if (k === 'weight' || k === 'score') placed.add(idx);
    }
  } else {
    let j = labelIdx + 1;
    while (j < row.length && row[j].text.trim() === label) placed.add(j++);
    wCell = row[j];
    sCell = row[j + 1];
    placed.add(j).add(j + 1);
  }
  st.ev.total = { weight: numberCell(wCell, '总分分值', st.notes), score: numberCell(sCell, '总分得分', st.notes) };
  st.track('total.weight', wCell);
  st.track('total.score', sCell);
  if (st.ev.total.weight === null && st.ev.total.score === null) {
    st.notes.push(note('total-blank', row[labelIdx].location));
  }
  row.forEach((c, i) => {
    if (!placed.has(i) && c.text.trim() && c.text.trim() !== label) st.unplaced(c);
  });
}

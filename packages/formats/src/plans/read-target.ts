/**
 * The 绩效目标申报表 read from a grid (the same grid the xlsx and docx importers build for the
 * self-evaluation): the form is recognised by its headers — a 绩效指标 table with 三级指标, 指标值
 * and 指标值设定依据 — and its head by its labels (项目名称, 主管部门, 实施单位, 项目资金 with 年度资金总额
 * and its sources, 中长期目标 / 年度目标). Text is kept verbatim. What cannot be read (an amount or
 * a 分值 that is not a number, a form with no year) is a typed error naming the cell.
 */
import { MoneySchema, parseAmount, TargetFormSchema, type TargetForm, type TargetIndicator } from '@jixiao/core';
import type { GridCell, GridRow, ImportError, ImportNote, ImportOptions } from '../grid/types';
import { importError } from '../safety/limits';
import { parseBasis } from '../layout/target';

/** One target form read from a document, with what the reader had to interpret. */
export interface ImportedTargetForm {
  form: TargetForm;
  notes: ImportNote[];
}

export type TargetImportResult = { ok: true; forms: ImportedTargetForm[] } | { ok: false; issues: ImportError[] };

/** Thrown inside the reader and returned as the typed error; never escapes. */
class ReadError extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}
function fail(code: string, location: string, zh: string, en: string): never {
  throw new ReadError(importError(code, location, zh, en).issues[0]);
}

/** Labels compared without spaces and with half-width brackets made full-width: "主管部门 (单位)" is 主管部门（单位）. */
function norm(t: string): string {
  return t.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/：$/, '');
}

type Column = 'level1' | 'level2' | 'name' | 'target' | 'weight' | 'basis' | 'scoring';

/** The indicator header's columns, or null when the row is not one. */
function indicatorHeader(row: GridRow): Partial<Record<Column, number>> | null {
  const cols: Partial<Record<Column, number>> = {};
  row.forEach((c, i) => {
    const t = norm(c.text);
    const set = (k: Column) => (cols[k] ??= i);
    if (t === '一级指标') set('level1');
    else if (t === '二级指标') set('level2');
    else if (t === '三级指标') set('name');
    else if (t.includes('设定依据')) set('basis');
    else if (/^(年度)?指标值/.test(t)) set('target');
    else if (t === '分值' || t === '权重' || t === '指标分值') set('weight');
    else if (/^评(（扣）)?分标准/.test(t)) set('scoring');
  });
  return cols.name !== undefined && cols.target !== undefined ? cols : null;
}

const HEAD_LABELS = ['项目名称', '主管部门', '主管部门（单位）', '实施单位', '中长期目标', '年度目标', '总体目标', '绩效指标'];
const isLabel = (t: string) => HEAD_LABELS.includes(norm(t)) || /^项目资金/.test(norm(t)) || fundKey(t) !== null;

/** A 项目资金 row label, whole (a value such as "其他资金配套项目" is not one); "其中：" before a source is allowed. */
const FUND_LABELS: Record<string, 'total' | 'fiscal' | 'carryover' | 'other'> = {
  年度资金总额: 'total', 资金总额: 'total', 年度资金总额合计: 'total',
  财政拨款: 'fiscal', 当年财政拨款: 'fiscal', 财政拨款资金: 'fiscal', 财政资金: 'fiscal',
  上年结转: 'carryover', 上年结转资金: 'carryover',
  其他资金: 'other', 其他来源资金: 'other',
};
function fundKey(t: string): 'total' | 'fiscal' | 'carryover' | 'other' | null {
  return FUND_LABELS[norm(t).replace(/^其中[：:]/, '')] ?? null;
}

/** The value after a label in its row: the next non-empty cell, unless another label comes first (the value is blank). */
function valueAfter(row: GridRow, i: number): { cell: GridCell; index: number } | null {
  for (let j = i + 1; j < row.length; j++) {
    if (isLabel(row[j].text)) return null;
    if (row[j].text.trim() !== '') return { cell: row[j], index: j };
  }
  return null;
}

/** Read every target form in a grid. `templates` are the ids our export kept in the file's meta. */
export function readTargetGrid(rows: GridRow[], opts: ImportOptions = {}, templates: string[] | null = null): TargetImportResult {
  try {
    return { ok: true, forms: read(rows, opts, templates) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, issues: [e.error] };
    throw e;
  }
}

interface Draft {
  form: TargetForm;
  notes: ImportNote[];
  /** Where the form starts, for errors about the form as a whole. */
  at: string;
  year: number | null;
  unitStated: boolean;
  /** The 绩效指标 table was found: without it a title or head is not a target form. */
  sawTable: boolean;
}

function read(rows: GridRow[], opts: ImportOptions, templates: string[] | null): ImportedTargetForm[] {
  const out: ImportedTargetForm[] = [];
  /** The form being read, the goal headers' columns awaiting their texts, the indicator header in force. */
  const st: { cur: Draft | null; goalCols: { longTerm: number; annual: number } | null; header: Partial<Record<Column, number>> | null; selfEvaluation: string | null } = {
    cur: null, goalCols: null, header: null, selfEvaluation: null,
  };

  const finish = () => {
    const d = st.cur;
    st.cur = null;
    // A title or head without a 绩效指标 table is not a target form (a cover page, a self-evaluation's head).
    if (!d || !d.sawTable) return;
    const year = d.year ?? opts.defaultYear ?? null;
    if (year === null) fail('no-year', d.at, '未找到申报年度（如“（2021年度）”）', 'no year found (such as "（2021年度）")');
    d.form.year = year;
    if (!d.unitStated) d.notes.push({ code: 'funds-unit-assumed', location: d.at, message: { zh: '未注明资金单位，按万元读取', en: 'the funds unit is not stated: read as 万元' } });
    const shape = TargetFormSchema.safeParse(d.form);
    if (!shape.success) fail('invalid-target-form', d.at, `申报表内容无效：${shape.error.issues[0]?.message ?? ''}`, `the target form is not valid: ${shape.error.issues[0]?.message ?? ''}`);
    out.push({ form: shape.data, notes: d.notes });
  };
  const start = (at: string): Draft => {
    finish();
    const form: TargetForm = {
      schemaVersion: 1, year: 0, projectName: '', department: '', implementer: '', template: templates?.[out.length] ?? '',
      funds: { unit: '万元', total: null, fiscal: null, carryover: null, other: null }, goals: { longTerm: '', annual: '' }, indicators: [],
    };
    st.cur = { form, notes: [], at, year: null, unitStated: false, sawTable: false };
    st.goalCols = null;
    st.header = null;
    return st.cur;
  };

  for (const row of rows) {
    const filled = row.filter((c) => c.text.trim() !== '');
    if (st.header && st.cur) {
      const h = st.header;
      // The indicator rows run until a blank row, a new title, a signature line or a row with nothing in the table's own columns
      // (only those decide: a 依据 text may well name 财政拨款 or 年度目标).
      const own = [h.name, h.target].some((i) => i !== undefined && (row[i]?.text ?? '').trim() !== '');
      if (filled.length && own && !filled.some((c) => isTitle(c.text)) && !isSignature(filled[0].text)) {
        st.cur.form.indicators.push(indicatorRow(row, h));
        continue;
      }
      st.header = null;
    }
    // Blank rows, and the signature line under the table (填报人 / 审核人 / 日期 …): nothing of the form's.
    if (filled.length === 0 || isSignature(filled[0].text)) continue;
    const title = filled.find((c) => isTitle(c.text));
    if (title) {
      start(title.location).year = yearIn(title.text);
      continue;
    }
    const cur = st.cur as Draft | null;
    if (cur && cur.year === null && filled.length === 1 && /^[（(]?\s*\d{4}\s*年/.test(filled[0].text.trim())) {
      cur.year = yearIn(filled[0].text);
      continue;
    }
    const h = indicatorHeader(row);
    if (h) {
      if (h.basis === undefined) {
        // A 绩效指标 table without 指标值设定依据: a self-evaluation (实际完成值) or another form.
        st.selfEvaluation ??= row[h.target!].location;
        continue;
      }
      (cur ?? start(row[h.name!].location)).sawTable = true;
      st.header = h;
      // Goals come before the table: headers whose row under them was blank have empty goals.
      st.goalCols = null;
      continue;
    }
    // The goals are the row under their headers, in the headers' columns: user text, never labels.
    if (cur && st.goalCols && !row.some((c) => ['中长期目标', '年度目标'].includes(norm(c.text)))) {
      const g = st.goalCols;
      if (g.longTerm >= 0) cur.form.goals.longTerm = row[g.longTerm]?.text ?? '';
      if (g.annual >= 0) cur.form.goals.annual = row[g.annual]?.text ?? '';
      st.goalCols = null;
      continue;
    }
    readHeadRow(row, st, start);
  }
  finish();
  if (out.length === 0) {
    if (st.selfEvaluation)
      fail('not-target-form', st.selfEvaluation, '这是绩效自评表（没有“指标值设定依据”列），不是绩效目标申报表', 'this is a self-evaluation (no 指标值设定依据 column), not a target form');
    fail('not-target-form', 'file', '未找到绩效目标申报表（需有“三级指标”“指标值”“指标值设定依据”表头）', 'no target form found (it needs the headers 三级指标, 指标值 and 指标值设定依据)');
  }
  return out;
}

/** A signature line's first cell: 填报人, 单位负责人, 联系电话, 填报日期, 审核人 or 日期 (alone or with its value after a colon). */
function isSignature(text: string): boolean {
  const t = norm(text);
  return /^(填报人|单位负责人|联系电话|填报日期|审核人)/.test(t) || /^日期(：|$)/.test(t);
}

/** A row of the head: each label takes the value after it, and a value taken is never read as a label. */
function readHeadRow(row: GridRow, st: { cur: Draft | null; goalCols: { longTerm: number; annual: number } | null }, start: (at: string) => Draft): void {
  for (let i = 0; i < row.length; i++) {
    const t = norm(row[i].text);
    if (t === '') continue;
    const value = () => {
      const v = valueAfter(row, i);
      if (v) i = v.index;
      return v?.cell ?? null;
    };
    if (t === '项目名称') {
      const cur = st.cur;
      // A second 项目名称 after a form's table (or after its own name) starts the next form.
      const d = cur && !cur.form.projectName && !cur.sawTable ? cur : start(row[i].location);
      d.form.projectName = value()?.text ?? '';
      continue;
    }
    const d = st.cur;
    if (!d) continue;
    if (t === '主管部门' || t === '主管部门（单位）') d.form.department = value()?.text ?? '';
    else if (t === '实施单位') d.form.implementer = value()?.text ?? '';
    else if (t.startsWith('项目资金')) {
      if (t.includes('（万元）')) [d.form.funds.unit, d.unitStated] = ['万元', true];
      else if (t.includes('（元）')) [d.form.funds.unit, d.unitStated] = ['元', true];
    } else if (t === '中长期目标') st.goalCols = { longTerm: i, annual: st.goalCols?.annual ?? -1 };
    else if (t === '年度目标') st.goalCols = { longTerm: st.goalCols?.longTerm ?? -1, annual: i };
    else {
      const k = fundKey(row[i].text);
      if (k) d.form.funds[k] = money(value());
    }
  }
}

function isTitle(t: string): boolean {
  return norm(t).includes('绩效目标申报表');
}

function yearIn(t: string): number | null {
  const m = /(\d{4})\s*年/.exec(t);
  const y = m ? Number(m[1]) : NaN;
  return y >= 1990 && y <= 2100 ? y : null;
}

/** An amount as written when it is a decimal string, else read leniently ("4,753.66万元"); blank is null. */
function money(c: GridCell | null): string | null {
  if (!c || c.text.trim() === '' || /^[—–-]+$/.test(c.text.trim())) return null;
  const t = c.text.trim();
  if (MoneySchema.safeParse(t).success) return t;
  const a = parseAmount(t);
  if (a !== null && MoneySchema.safeParse(a).success) return a;
  fail('bad-amount', c.location, `金额“${t.slice(0, 40)}”不是数字`, `the amount "${t.slice(0, 40)}" is not a number`);
}

function indicatorRow(row: GridRow, h: Partial<Record<Column, number>>): TargetIndicator {
  const at = (k: Column) => (h[k] === undefined ? '' : (row[h[k]!]?.text ?? ''));
  let weight: number | null = null;
  const w = at('weight').trim();
  if (w !== '') {
    const n = /^-?\d+(\.\d+)?$/.test(w) ? Number(w) : NaN;
    if (!Number.isFinite(n)) fail('bad-weight', row[h.weight!].location, `分值“${w.slice(0, 20)}”不是数字`, `the weight "${w.slice(0, 20)}" is not a number`);
    weight = n;
  }
  return { level1: at('level1'), level2: at('level2'), name: at('name'), target: at('target'), weight, basis: parseBasis(at('basis')), scoring: at('scoring') };
}

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

export type TargetImportResult = { ok: true; forms: ImportedTargetForm[] } | { ok: false; error: ImportError };

/** Thrown inside the reader and returned as the typed error; never escapes. */
class ReadError extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}
function fail(code: string, location: string, zh: string, en: string): never {
  throw new ReadError(importError(code, location, zh, en).error);
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

function fundKey(t: string): keyof TargetForm['funds'] | null {
  const n = norm(t);
  if (n.startsWith('年度资金总额') || n === '资金总额') return 'total';
  if (n.includes('财政拨款')) return 'fiscal';
  if (n.includes('上年结转')) return 'carryover';
  if (n === '其他资金' || n.startsWith('其他资金')) return 'other';
  return null;
}

/** The value after a label in its row: the next non-empty cell, unless another label comes first (the value is blank). */
function valueAfter(row: GridRow, i: number): GridCell | null {
  for (let j = i + 1; j < row.length; j++) {
    if (isLabel(row[j].text)) return null;
    if (row[j].text.trim() !== '') return row[j];
  }
  return null;
}

/** Read every target form in a grid. `templates` are the ids our export kept in the file's meta. */
export function readTargetGrid(rows: GridRow[], opts: ImportOptions = {}, templates: string[] | null = null): TargetImportResult {
  try {
    return { ok: true, forms: read(rows, opts, templates) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, error: e.error };
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
  let cur: Draft | null = null;
  let goalCols: { longTerm: number; annual: number } | null = null;
  let header: Partial<Record<Column, number>> | null = null;
  let sawSelfEvaluation: string | null = null;

  const start = (at: string): Draft => {
    finish();
    cur = { form: { schemaVersion: 1, year: 0, projectName: '', department: '', implementer: '', template: templates?.[out.length] ?? '', funds: { unit: '万元', total: null, fiscal: null, carryover: null, other: null }, goals: { longTerm: '', annual: '' }, indicators: [] }, notes: [], at, year: null, unitStated: false, sawTable: false };
    goalCols = null;
    header = null;
    return cur;
  };
  const finish = () => {
    const d = cur as Draft | null;
    cur = null;
    if (!d) return;
    // A title or head without a 绩效指标 table is not a target form (a cover page, a self-evaluation's head).
    if (!d.sawTable) return;
    const year = d.year ?? opts.defaultYear ?? null;
    if (year === null) fail('no-year', d.at, '未找到申报年度（如“（2021年度）”）', 'no year found (such as "（2021年度）")');
    d.form.year = year;
    if (!d.unitStated) d.notes.push({ code: 'funds-unit-assumed', location: d.at, message: { zh: '未注明资金单位，按万元读取', en: 'the funds unit is not stated: read as 万元' } });
    const shape = TargetFormSchema.safeParse(d.form);
    if (!shape.success) fail('invalid-target-form', d.at, `申报表内容无效：${shape.error.issues[0]?.message ?? ''}`, `the target form is not valid: ${shape.error.issues[0]?.message ?? ''}`);
    out.push({ form: shape.data, notes: d.notes });
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const filled = row.filter((c) => c.text.trim() !== '');
    if (header && cur) {
      // The indicator rows run until a blank row, a new title or a row that is not one.
      if (filled.length === 0) {
        header = null;
        continue;
      }
      // Only the table's own columns decide: a 依据 text may well name 财政拨款 or 年度目标.
      const own = [header.name, header.target].some((i) => i !== undefined && (row[i]?.text ?? '').trim() !== '');
      if (own && !filled.some((c) => isTitle(c.text)) && !/^(填报人|单位负责人|联系电话|填报日期|审核人)/.test(norm(filled[0].text))) {
        (cur as Draft).form.indicators.push(indicatorRow(row, header));
        continue;
      }
      header = null;
    }
    if (filled.length === 0) continue;
    const title = filled.find((c) => isTitle(c.text));
    if (title) {
      const d = start(title.location);
      d.year = yearIn(title.text);
      continue;
    }
    if (cur && (cur as Draft).year === null && filled.length === 1 && /^[（(]?\s*\d{4}\s*年/.test(filled[0].text.trim())) {
      (cur as Draft).year = yearIn(filled[0].text);
      continue;
    }
    const h = indicatorHeader(row);
    if (h) {
      if (h.basis === undefined) {
        // A 绩效指标 table without 指标值设定依据: a self-evaluation (实际完成值) or another form.
        sawSelfEvaluation ??= row[h.target!].location;
        continue;
      }
      const d = (cur as Draft | null) ?? start(row[h.name!].location);
      d.sawTable = true;
      header = h;
      continue;
    }
    row.forEach((c, i) => {
      const t = norm(c.text);
      if (t === '') return;
      if (t === '项目名称') {
        const d = (cur as Draft | null) && !(cur as Draft).form.projectName && !(cur as Draft).sawTable ? (cur as Draft) : start(c.location);
        d.form.projectName = valueAfter(row, i)?.text ?? '';
      } else if (!cur) return;
      const d = cur as Draft;
      if (t === '主管部门' || t === '主管部门（单位）') d.form.department = valueAfter(row, i)?.text ?? '';
      else if (t === '实施单位') d.form.implementer = valueAfter(row, i)?.text ?? '';
      else if (t.startsWith('项目资金')) {
        if (t.includes('（万元）')) [d.form.funds.unit, d.unitStated] = ['万元', true];
        else if (t.includes('（元）')) [d.form.funds.unit, d.unitStated] = ['元', true];
      } else if (t === '中长期目标') goalCols = { longTerm: i, annual: goalCols?.annual ?? -1 };
      else if (t === '年度目标') goalCols = { longTerm: goalCols?.longTerm ?? -1, annual: i };
      else {
        const k = fundKey(c.text);
        if (k && k !== 'unit') d.form.funds[k] = money(valueAfter(row, i));
      }
    });
    // The goals are the row under their headers, in the headers' columns.
    if (goalCols && !row.some((c) => ['中长期目标', '年度目标'].includes(norm(c.text))) && cur) {
      const g = goalCols as { longTerm: number; annual: number };
      if (g.longTerm >= 0) (cur as Draft).form.goals.longTerm = row[g.longTerm]?.text ?? '';
      if (g.annual >= 0) (cur as Draft).form.goals.annual = row[g.annual]?.text ?? '';
      goalCols = null;
    }
  }
  finish();
  if (out.length === 0) {
    if (sawSelfEvaluation)
      fail('not-target-form', sawSelfEvaluation, '这是绩效自评表（没有“指标值设定依据”列），不是绩效目标申报表', 'this is a self-evaluation (no 指标值设定依据 column), not a target form');
    fail('not-target-form', 'file', '未找到绩效目标申报表（需有“三级指标”“指标值”“指标值设定依据”表头）', 'no target form found (it needs the headers 三级指标, 指标值 and 指标值设定依据)');
  }
  return out;
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

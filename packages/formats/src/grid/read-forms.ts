/**
 * The shared form reader: every importer turns its document into rows of cells and hands them
 * here. Forms are found by their labels (title, 项目名称, 项目资金, 年度总体目标, 一级指标, 总分),
 * never by fixed positions; what cannot be placed becomes a note with its location.
 */
import { detectTemplate, type Evaluation, type Layout } from '@jixiao/core';
import { fundRowKey, fundsHeading, isDepartmentTitle, isGoalsHeading, isTitle, norm, statedPoints, yearOf } from './labels';
import { note, noteText } from './notes';
import {
  isFundsColumnsRow,
  isHeaderRow,
  readFundRow,
  readFundsHeader,
  readGoalRow,
  readGoalsHeader,
  readHeaderRow,
} from './read-head';
import {
  isContinuationRow,
  assumedIndicatorHeader,
  isIndicatorHeader,
  parseIndicatorHeader,
  readIndicatorRow,
  readTotalRow,
  totalLabelIndex,
} from './read-indicators';
import { endLocation, filled, findLabel } from './rows';
import { readTailRow } from './read-tail';
import { isEmptyForm, noTableContent } from './empty';
import { FormState } from './state';
import { LOW_CONFIDENCE } from './confidence';
import { readNumber } from './values';
import type { GridRow, ImportOptions, ImportResult, ImportedForm } from './types';

/** Rows beyond this are not read (a 20 MB text cannot hold more; the bound keeps work finite). */
export const MAX_ROWS = 2_000_000;

/** Find and read every form in the grid. Never throws; linear in the number of cells. */
export function readForms(rows: GridRow[], opts: ImportOptions = {}): ImportResult {
  try {
    return readAll(rows, opts);
  } catch (e) {
    // A bug must not crash the caller: report it as a typed error instead.
    return {
      ok: false,
      issues: [{
        code: 'internal-error',
        location: 'grid',
        message: { zh: `读取表格时出错：${String(e)}`, en: `error while reading the grid: ${String(e)}` },
      }],
    };
  }
}

function readAll(input: GridRow[], opts: ImportOptions): ImportResult {
  const rows = input.length > MAX_ROWS ? input.slice(0, MAX_ROWS) : input;
  const starts: number[] = [];
  rows.forEach((r, i) => {
    const f = filled(r);
    if (f.length && f.length <= 3 && isTitle(f[0].text)) starts.push(i);
  });
  const groups: { rows: GridRow[]; titled: boolean }[] = [];
  if (starts.length === 0) {
    if (rows.some(looksLikeForm)) groups.push({ rows, titled: false });
  } else {
    // Rows before the first title go with the first form, where they are reported as unplaced.
    starts.forEach((s, k) => groups.push({ rows: rows.slice(k === 0 ? 0 : s, starts[k + 1] ?? rows.length), titled: true }));
  }
  if (groups.length === 0) {
    const loc = rows.find((r) => r.length)?.[0]?.location ?? 'row 1';
    return {
      ok: false,
      issues: [{
        code: 'no-form',
        location: loc,
        message: {
          zh: '未找到绩效自评表（没有表名、项目名称、资金或指标表头）',
          en: 'no self-evaluation form found (no title, 项目名称, funds or indicator header)',
        },
      }],
    };
  }
  const forms = groups.map((g, n) => readOne(g.rows, g.titled, n + 1, opts));
  if (forms.every((f) => isEmptyForm(f.evaluation))) return { ok: false, issues: [noTableContent(rows)] };
  if (input.length > MAX_ROWS) {
    forms[forms.length - 1].notes.push(note('too-many-rows', endLocation(rows), { limit: MAX_ROWS }));
  }
  return { ok: true, forms };
}

function looksLikeForm(r: GridRow): boolean {
  return isHeaderRow(r) || isIndicatorHeader(r) || findLabel(r, (t) => fundRowKey(t) !== null) >= 0 || assumedIndicatorHeader(r) !== null;
}

function readOne(rows: GridRow[], titled: boolean, n: number, opts: ImportOptions): ImportedForm {
  const fallbackYear = opts.defaultYear ?? new Date().getFullYear() - 1;
  const st = new FormState(fallbackYear);
  if (!titled) st.notes.push(note('missing-title', rows.find((r) => r.length)?.[0]?.location ?? 'row 1'));
  st.explicitMerges = opts.explicitMerges === true;
  let state: 'head' | 'funds' | 'goals' | 'indicators' | 'tail' = 'head';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (const c of row) if (c.note) st.notes.push(note(c.note, c.location));
    const f = filled(row);
    if (f.length === 0) continue;
    const first = f[0].text;
    if (titled && !st.seen.has('title') && isTitle(first)) {
      st.seen.add('title');
      st.title = first;
      if (/部门整体支出/.test(norm(first))) st.ev.formType = '部门整体支出';
      for (const c of f) if (!readYear(c.text, st) && c !== f[0]) st.unplaced(c);
      continue;
    }
    if (state === 'head' && !st.seen.has('year') && f.every((c) => c.text.length <= 24 && yearOf(c.text) !== null)) {
      for (const c of f) readYear(c.text, st);
      continue;
    }
    if (state !== 'indicators' && state !== 'tail' && isHeaderRow(row)) {
      readHeaderRow(row, st);
      continue;
    }
    const headingIdx = row.findIndex((c) => fundsHeading(c.text) !== null);
    if ((state === 'head' || state === 'funds') && (headingIdx >= 0 || isFundsColumnsRow(row))) {
      readFundsHeader(row, st);
      st.fundsPoints ??= firstPoints(row);
      state = 'funds';
      continue;
    }
    const fundIdx = state === 'head' || state === 'funds' ? findLabel(row, (t) => fundRowKey(t) !== null) : -1;
    if (fundIdx >= 0) {
      readFundRow(row, fundIdx, st);
      state = 'funds';
      continue;
    }
    const goalsIdx = findLabel(row, isGoalsHeading);
    if (goalsIdx >= 0 && state !== 'indicators' && state !== 'tail') {
      readGoalsHeader(row, goalsIdx, st);
      state = 'goals';
      continue;
    }
    if (isIndicatorHeader(row)) {
      const next = rows[i + 1] && isContinuationRow(rows[i + 1]) ? rows[i + 1] : null;
      if (st.indicatorHeader) st.notes.push(note('repeated-header', f[0].location));
      else {
        st.indicatorHeader = parseIndicatorHeader(row, next);
        // The cell before the column labels heads the table: 绩效指标(90分), 年度绩效目标(80分).
        const lead = row.slice(0, st.indicatorHeader.firstField).find((c) => c.text.trim());
        const points = lead ? statedPoints(lead.text) : null;
        if (points !== null) st.indicatorsPoints = points;
      }
      if (next) i++;
      // A page that begins below 总分 (the re-score or signature block) repeats the header too:
      // what follows it still belongs to the tail, not to the indicators.
      if (state !== 'tail') state = 'indicators';
      continue;
    }
    // A page that starts inside the indicator table (a continuation page, an excerpt): its first
    // row names a 一级 or 二级 where the header would be; the standard columns are assumed.
    const assumed = state === 'head' && st.indicatorHeader === null ? assumedIndicatorHeader(row) : null;
    if (assumed) {
      st.indicatorHeader = assumed;
      st.assumedHeader = true;
      state = 'indicators';
      readIndicatorRow(row, st);
      continue;
    }
    if (state === 'goals') {
      readGoalRow(row, st);
      continue;
    }
    const totalIdx = totalLabelIndex(row, st.indicatorHeader);
    if (totalIdx >= 0 && state !== 'tail') {
      readTotalRow(row, totalIdx, st);
      state = 'tail';
      continue;
    }
    if (state === 'indicators') {
      readIndicatorRow(row, st);
      continue;
    }
    if (f.length === 1 && norm(first) === '绩效指标') continue;
    if (state === 'tail' && readTailRow(row, st)) continue;
    for (const c of f) st.unplaced(c);
  }
  return finish(st, rows, n, opts);
}

function firstPoints(row: GridRow): number | undefined {
  for (const c of row) {
    const p = statedPoints(c.text);
    if (p !== null) return p;
  }
  return undefined;
}

function readYear(text: string, st: FormState): boolean {
  const y = yearOf(text);
  if (y === null || y < 1990 || y > 2100) return false;
  if (!st.seen.has('year')) st.ev.year = y;
  st.seen.add('year');
  return true;
}

const NUMBER_CELL = /^indicators\[\d+\]\.(weight|score)$/;

/** The 分值/得分 a path names was read as blank (only those can hold text that is not a number). */
function blankNumber(ev: Evaluation, path: string): boolean {
  const m = /^indicators\[(\d+)\]\.(weight|score)$/.exec(path)!;
  return ev.indicators[Number(m[1])]?.[m[2] as 'weight' | 'score'] === null;
}

function finish(st: FormState, rows: GridRow[], n: number, opts: ImportOptions): ImportedForm {
  const end = endLocation(rows);
  const missing: [string, string, Record<string, unknown>?][] = [];
  if (!st.seen.has('year')) missing.push(['missing-year', end, { year: st.ev.year }]);
  for (const [field, label] of [
    ['projectName', '项目名称'],
    ['department', '主管部门'],
    ['implementer', '实施单位'],
  ] as const) {
    if (!st.seen.has(field)) missing.push(['missing-field', end, { label }]);
  }
  if (!st.seen.has('funds')) missing.push(['missing-funds', end]);
  else if (!st.seen.has('unit')) missing.push(['funds-unit-assumed', end]);
  if (!st.seen.has('goals')) missing.push(['missing-goals', end]);
  if (!st.indicatorHeader || st.assumedHeader) missing.push(['missing-indicator-header', end]);
  if (!st.seen.has('total')) missing.push(['missing-total', end]);
  for (const [code, loc, data] of missing) st.notes.push(note(code, loc, data));

  const ev = st.ev;
  const source: NonNullable<Evaluation['source']> = {};
  if (opts.fileName !== undefined) source.file = opts.fileName;
  source.format = opts.format ?? 'grid';
  source.form = n;
  source.notes = st.notes.map(noteText);
  if (st.inferred.length) source.inferred = st.inferred;
  source.layout = layoutOf(st);
  const unreadable = [...st.cells].filter(([, c]) => c.conf !== undefined && c.conf < LOW_CONFIDENCE).map(([p]) => p);
  // A 分值/得分 cell that prints something other than a number ("IO" for 10) is unreadable, not blank.
  const printed = [...st.cells].filter(([p, c]) => NUMBER_CELL.test(p) && blankNumber(st.ev, p) && readNumber(c.text) === undefined);
  for (const [p] of printed) if (!unreadable.includes(p)) unreadable.push(p);
  if (unreadable.length) source.unreadable = unreadable;
  if (printed.length) source.unreadableText = Object.fromEntries(printed.map(([p, c]) => [p, c.text.trim()]));
  ev.source = source;
  // Detected last: the template rests on what the page states (source.layout).
  ev.template = detectTemplate(ev).id;
  return { evaluation: ev, notes: st.notes };
}

/** What the page shows: the parts seen while reading it, and the points its headings state. */
function layoutOf(st: FormState): Layout {
  const layout: Layout = {
    kind: isDepartmentTitle(st.title) ? 'department' : 'project',
    year: st.seen.has('year'),
    title: st.seen.has('title'),
    header: ['projectName', 'department', 'implementer'].some((f) => st.seen.has(f)),
    funds: st.seen.has('funds'),
    goals: st.seen.has('goals'),
    goalsActual: [...st.goalColumns.values()].includes('actual') || st.ev.goals.actual.trim() !== '',
    indicatorHeader: st.indicatorHeader !== null && !st.assumedHeader,
    total: st.seen.has('total'),
  };
  if (st.fundsPoints !== undefined) layout.fundsPoints = st.fundsPoints;
  if (st.indicatorsPoints !== undefined) layout.indicatorsPoints = st.indicatorsPoints;
  return layout;
}


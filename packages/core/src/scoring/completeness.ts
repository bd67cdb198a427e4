/**
 * Is the whole form on the page? Published forms often arrive as excerpts: cut before 满意度 or
 * 总分, a continuation page without the header, a last indicator name cut mid-word. What the page
 * shows is recorded by the importer (evaluation.source.layout); the form's own rows add the rest.
 * An incomplete form gets no total and no grade, and review does no arithmetic over its table.
 */
import type { Evaluation, Indicator } from '../model';
import type { Msg } from '../result';
import { decimalText } from './format';
import type { ScoredIndicator } from './types';

/** One piece of evidence that the page does not show the whole form. */
export type MissingPart =
  | { part: 'start' } // no title/header, funds or goals: the page starts inside the form
  | { part: 'total' } // no 总分 row
  | { part: 'total-blank' } // a 总分 row with neither 分值 nor 得分
  | { part: 'last-row'; index: number; name: string } // the last row lacks what the rows above have
  | { part: 'block-short'; level1: string; stated: number; shown: number }; // the last block short of its (N分)

export interface Completeness {
  complete: boolean;
  missing: MissingPart[];
  /** The indicator table may end before its last rows: sums, counts and categories over it are withheld. */
  indicatorsCut: boolean;
  /** The page prints no year: `year` is a placeholder and nothing is judged against it. */
  yearUnknown: boolean;
}

/** Points a heading or label states: "产出指标(50分)" → 50, "项目决策 2 分" → 2; null when none. */
export function statedPoints(text: string): number | null {
  if (text.length > 60) return null;
  const m = /(\d+(?:\.\d+)?)\s*分/.exec(text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  return m ? Number(m[1]) : null;
}

const filled = (v: string | number | null): boolean => (typeof v === 'string' ? v.trim() !== '' : v !== null);
const FIELDS = ['target', 'actual', 'weight', 'score'] as const;

// The last row is cut when it lacks a field that most rows above it fill (a name with nothing
// after it, a weight with no score): the page ended inside it.
function lastRowCut(rows: readonly Indicator[]): boolean {
  if (rows.length < 2) return rows.length === 1 && FIELDS.every((k) => !filled(rows[0][k])) && filled(rows[0].name);
  const last = rows[rows.length - 1];
  const above = rows.slice(0, -1);
  return FIELDS.some((k) => !filled(last[k]) && above.filter((r) => filled(r[k])).length * 2 > above.length);
}

// The last 一级 block against the points its own heading states (产出指标(50分)): a page cut
// inside a block shows fewer points than the block claims. Earlier blocks short of their points
// are a weighting defect, not a cut, and are left to the weights rules.
function lastBlockShort(ev: Evaluation, scored: readonly ScoredIndicator[]): MissingPart | null {
  if (scored.length === 0) return null;
  const level1 = scored[scored.length - 1].level1;
  let start = scored.length - 1;
  while (start > 0 && scored[start - 1].level1 === level1) start--;
  let stated: number | null = null;
  let shown = 0;
  let weighted = false;
  for (let i = start; i < scored.length; i++) {
    stated ??= statedPoints(ev.indicators[i].level1);
    shown += ev.indicators[i].weight ?? 0;
    weighted ||= ev.indicators[i].weight !== null;
  }
  // A block whose rows print no 分值 (the points stand in their labels) shows no sum to compare.
  const cutRowOnly = start === scored.length - 1;
  return stated !== null && (weighted || cutRowOnly) && shown < stated - 0.005 ? { part: 'block-short', level1, stated, shown } : null;
}

/** True when the page starts inside the form: it shows no title, header or goals (a continuation page). */
export function startsInside(ev: Evaluation): boolean {
  const l = ev.source?.layout;
  // Funds are not asked: a continuation page's 合计 row reads like a funds row.
  return !!l && l.title === false && l.header === false && l.goals === false;
}

/** Assess whether the page shows the whole form, with the evidence when it does not. */
export function assessCompleteness(ev: Evaluation, scored: readonly ScoredIndicator[]): Completeness {
  const layout = ev.source?.layout;
  const missing: MissingPart[] = [];
  const rows = ev.indicators;
  const scores = rows.some((r) => r.weight !== null || r.score !== null);
  if (startsInside(ev)) missing.push({ part: 'start' });
  if (layout?.total === false && rows.length > 0) missing.push({ part: 'total' });
  else if (layout?.total && scores && ev.total.weight === null && ev.total.score === null) missing.push({ part: 'total-blank' });
  // Without a 总分 row the page may end anywhere; with one, a short row or block is a defect of the form.
  if (missing.some((m) => m.part === 'total' || m.part === 'total-blank')) {
    if (lastRowCut(rows)) missing.push({ part: 'last-row', index: rows.length - 1, name: rows[rows.length - 1].name });
    const short = lastBlockShort(ev, scored);
    if (short) missing.push(short);
  }
  const indicatorsCut = layout?.indicatorHeader === false || missing.some((m) => m.part !== 'start');
  return { complete: missing.length === 0, missing, indicatorsCut, yearUnknown: layout?.year === false };
}

/** A piece of evidence in words, for findings and reports. */
export function describeMissing(m: MissingPart): Msg {
  switch (m.part) {
    case 'start':
      return { zh: '页面从表格中间开始（无表名、表头和年度总体目标）', en: 'the page starts inside the form (no title, header or goals)' };
    case 'total':
      return { zh: '没有总分行', en: 'no 总分 row' };
    case 'total-blank':
      return { zh: '总分行为空', en: 'the 总分 row is blank' };
    case 'last-row':
      return { zh: `最后一行“${m.name}”不完整`, en: `the last row "${m.name}" is incomplete` };
    case 'block-short':
      return {
        zh: `${m.level1}标明${decimalText(m.stated)}分，表中只有${decimalText(m.shown)}分`,
        en: `${m.level1} states ${decimalText(m.stated)} points, the page shows ${decimalText(m.shown)}`,
      };
  }
}

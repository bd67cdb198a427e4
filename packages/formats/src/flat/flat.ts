/**
 * Flattened text: a whole form on one line (or a few), cells separated by spaces, as copied out
 * of a PDF or a web page. Blank cells are gone and a cell may itself hold spaces, so the grid is
 * rebuilt from the label vocabulary and the structure of each section, then read by readForms.
 */
import {
  fundRowKey,
  fundsColumn,
  fundsHeading,
  goalColumn,
  headerField,
  indicatorColumn,
  isGoalsHeading,
  isHeaderContinuation,
  isTitle,
  isTotalLabel,
  norm,
  type FundsColumn,
  yearOf,
  type IndicatorColumn,
} from '../grid/labels';
import { readForms } from '../grid/read-forms';
import type { GridCell, GridRow, ImportOptions, ImportResult } from '../grid/types';
import { notText, tooLarge } from '../text/limits';
import { assignFunds } from './funds';
import { splitGoals } from './goals';
import { MAX_TABLE_TOKENS, readFlatIndicators } from './indicators';
import { blank, cellOf, tokenize, type Token } from './tokens';

type Section = 'pre' | 'header' | 'fundsHead' | 'fund' | 'goalsHead' | 'goals' | 'indHead' | 'ind' | 'total';

interface FlatForm {
  pre: Token[];
  header: { label: Token; value: Token[] }[];
  fundsHeading: Token[];
  fundsColumns: Token[];
  stray: Token[];
  funds: { label: Token; values: Token[] }[];
  goalsHeading: Token[];
  goalColumns: Token[];
  goals: Token[];
  /** Indicator table parts in order: header runs and runs of row tokens. */
  table: { header: boolean; tokens: Token[] }[];
  total: Token[];
}

const cell = (t: Token): GridCell => ({ text: t.text, location: t.location });
const startsIndicatorHeader = (t: string) => {
  const k = indicatorColumn(t);
  return k === 'level1' || k === 'level2' || k === 'name';
};
const isHeaderWord = (t: string) => indicatorColumn(t) !== null || isHeaderContinuation(t);

function scan(tokens: Token[]): FlatForm {
  const f: FlatForm = {
    pre: [], header: [], fundsHeading: [], fundsColumns: [], stray: [], funds: [],
    goalsHeading: [], goalColumns: [], goals: [], table: [], total: [],
  };
  let s: Section = 'pre';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const t = tok.text;
    const early = s === 'pre' || s === 'header';
    if (early && headerField(t)) {
      f.header.push({ label: tok, value: [] });
      s = 'header';
    } else if (early && f.fundsHeading.length === 0 && fundsHeading(t)) {
      f.fundsHeading.push(tok);
      s = 'fundsHead';
    } else if ((s === 'fundsHead' || s === 'fund') && fundRowKey(t)) {
      f.funds.push({ label: tok, values: [] });
      s = 'fund';
    } else if ((early || s === 'fundsHead' || s === 'fund') && isGoalsHeading(t)) {
      f.goalsHeading.push(tok);
      s = 'goalsHead';
    } else if (s !== 'ind' && s !== 'indHead' && s !== 'total' && startsIndicatorHeader(t)) {
      dropHeading(f.goals.length ? f.goals : f.stray);
      f.table.push({ header: true, tokens: [tok] });
      s = 'indHead';
    } else if (s === 'indHead' && isHeaderWord(t)) {
      f.table[f.table.length - 1].tokens.push(tok);
    } else if (s === 'ind' && startsIndicatorHeader(t) && i + 1 < tokens.length && isHeaderWord(tokens[i + 1].text)) {
      dropHeading(f.table[f.table.length - 1].tokens);
      f.table.push({ header: true, tokens: [tok] });
      s = 'indHead';
    } else if ((s === 'ind' || s === 'indHead') && isTotalLabel(t)) {
      f.total.push(tok);
      s = 'total';
    } else {
      s = place(f, s, tok);
    }
  }
  return f;
}

// The heading cell of the indicator table (绩效指标, or 绩 效 指 标 spread over words) is a label.
function dropHeading(list: Token[]): void {
  for (let k = 1; k <= Math.min(6, list.length); k++) {
    if (norm(list.slice(-k).map((x) => x.text).join('')) === '绩效指标') {
      list.splice(list.length - k, k);
      return;
    }
  }
}

function place(f: FlatForm, s: Section, tok: Token): Section {
  const t = tok.text;
  switch (s) {
    case 'pre':
      f.pre.push(tok);
      return s;
    case 'header':
      f.header[f.header.length - 1].value.push(tok);
      return s;
    case 'fundsHead':
      if (fundsColumn(t)) f.fundsColumns.push(tok);
      else if (/^[(（](万元|元)[)）]$/.test(t)) f.fundsHeading.push(tok);
      else f.stray.push(tok);
      return s;
    case 'fund': {
      const values = f.funds[f.funds.length - 1].values;
      const last = values[values.length - 1];
      // "4753.66 万元": a unit split from its amount belongs to it.
      if (last && /^(万元|元)$/.test(t)) values[values.length - 1] = { ...last, text: `${last.text} ${t}` };
      else values.push(tok);
      return s;
    }
    case 'goalsHead':
      if (goalColumn(t)) {
        f.goalColumns.push(tok);
        return s;
      }
      f.goals.push(tok);
      return 'goals';
    case 'goals':
      f.goals.push(tok);
      return s;
    case 'indHead':
    case 'ind': {
      const last = f.table[f.table.length - 1];
      if (last && !last.header) last.tokens.push(tok);
      else f.table.push({ header: false, tokens: [tok] });
      return 'ind';
    }
    case 'total':
      f.total.push(tok);
      return s;
  }
}

const DEFAULT_FUNDS: FundsColumn[] = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'];

function toGrid(f: FlatForm, year: number): GridRow[] {
  const rows: GridRow[] = [];
  for (const t of f.pre) rows.push([cell(t)]);
  for (const h of f.header) rows.push([cell(h.label), h.value.length ? cellOf(h.value) : blank(h.label.location)]);
  if (f.fundsHeading.length) {
    const loc = f.fundsHeading[0].location;
    rows.push([cellOf(f.fundsHeading), blank(loc), ...f.fundsColumns.map(cell)]);
  }
  if (f.stray.length) rows.push(f.stray.map(cell));
  const cols = f.fundsColumns.length ? f.fundsColumns.map((t) => fundsColumn(t.text)!) : DEFAULT_FUNDS;
  for (const r of f.funds) {
    const assigned = assignFunds(r.values, cols);
    const cells = assigned
      ? assigned.map((t) => (t ? cell(t) : blank(r.label.location)))
      : r.values.map(cell);
    rows.push([blank(r.label.location), cell(r.label), ...cells]);
  }
  if (f.goalsHeading.length) {
    rows.push([cell(f.goalsHeading[0]), ...f.goalColumns.map(cell)]);
    const k = splitGoals(f.goals);
    const loc = f.goalsHeading[0].location;
    const part = (ts: Token[]) => (ts.length ? cellOf(ts) : blank(loc));
    rows.push([blank(loc), part(f.goals.slice(0, k)), part(f.goals.slice(k))]);
  }
  let columns: IndicatorColumn[] = [];
  for (const part of f.table) {
    const loc = part.tokens[0].location;
    if (part.header) {
      const labels = part.tokens.filter((t) => indicatorColumn(t.text) !== null);
      if (columns.length === 0) columns = [...new Set(labels.map((t) => indicatorColumn(t.text)!))];
      rows.push([blank(loc), ...labels.map(cell)]);
      continue;
    }
    const tokens = part.tokens.slice(0, MAX_TABLE_TOKENS);
    for (const r of readFlatIndicators(tokens, columns, year)) {
      const at = r.find((g) => g.length)?.[0].location ?? loc;
      rows.push([blank(at), ...r.map((g) => (g.length ? cellOf(g) : blank(at)))]);
    }
    if (part.tokens.length > MAX_TABLE_TOKENS) rows.push([cellOf(part.tokens.slice(MAX_TABLE_TOKENS))]);
  }
  if (f.total.length) rows.push(f.total.map(cell));
  return rows;
}

/** Rebuild the grid of every form in a flattened text (forms start at their titles). */
export function flatToGrid(text: string, defaultYear = new Date().getFullYear() - 1): GridRow[] {
  const tokens = tokenize(text);
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    if (isTitle(t.text)) starts.push(i);
  });
  if (starts[0] !== 0) starts.unshift(0);
  const rows: GridRow[] = [];
  starts.forEach((s, k) => {
    const part = tokens.slice(s, starts[k + 1] ?? tokens.length);
    const year = part.slice(0, 4).map((t) => yearOf(t.text)).find((y) => y !== null) ?? defaultYear;
    rows.push(...toGrid(scan(part), year));
  });
  return rows;
}

/** Import forms from flattened text. Never throws. */
export function importFlat(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, issues: [notText()] };
  const big = tooLarge(text);
  if (big) return { ok: false, issues: [big] };
  return readForms(flatToGrid(text, opts.defaultYear), { ...opts, format: opts.format ?? 'flat' });
}

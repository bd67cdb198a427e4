/**
 * Rebuild indicator rows from a flattened 绩效指标 table. Blank cells are gone and a cell may hold
 * spaces, so the tokens are segmented by dynamic programming: each row is 一级? 二级? 三级 name,
 * target, actual, 分值, 得分, reason? (in the header's column order), every part possibly absent,
 * and the cheapest reading wins. Costs come from what the words are: 一级/二级 names from the
 * taxonomy, targets and actuals through core's value grammar, weights and scores as small numbers.
 * Linear in the number of tokens (bounded group lengths).
 */
import { parseValue } from '@jixiao/core';
import { isExecutionLabel, type IndicatorColumn } from '../grid/labels';
import { isLevel1Name, isLevel2Name } from '../grid/taxonomy';
import { readNumber } from '../grid/values';
import type { Token } from './tokens';

const MAX_LEN: Record<IndicatorColumn, number> = {
  level1: 6, level2: 6, name: 12, target: 6, actual: 6, weight: 1, score: 1, deviation: 12,
};
const LONGEST = 12;
const MAX_CELL = 4000;
/** Tokens of one indicator table read by segmentation; more is beyond any real form. */
export const MAX_TABLE_TOKENS = 4_000;

interface Costs {
  missing: Record<IndicatorColumn, number>;
}

/** How much a text reads as a 年度指标值/实际完成值 (0 = surely a value, 2.5 = surely not). */
function valueCost(text: string, year: number): number {
  if (text.length > MAX_CELL) return 2.5;
  const v = parseValue(text, { year });
  switch (v.kind) {
    case 'number':
    case 'range':
      return v.prose ? 1.2 : 0;
    case 'date':
      return 0;
    case 'placeholder':
      // "★受助对象满意度(≥**%)" is a template placeholder inside a name, not a blank value.
      return /[\u4e00-\u9fff]{3}/.test(text) ? 2 : 0;
    case 'qualitative':
      return text.length <= 6 ? 0.6 : 1.2;
    default:
      return 2.5;
  }
}

/** A group that starts with a unit or closes a bracket, or ends on a bare operator, is split wrong. */
function splitCost(tokens: Token[]): number {
  let c = 0;
  if (/^[%％)）/]/.test(tokens[0].text)) c += 1.5;
  if (/^(>=|<=|≥|≤|>|<|=)$/.test(tokens[tokens.length - 1].text)) c += 1.5;
  return c + 1 * (tokens.length - 1);
}

interface Features {
  text: string;
  value: number;
  level1: boolean;
  level2: boolean;
  exec: boolean;
  number: number | null | undefined;
  /** Tokens that each read as a value or a number. */
  structure: number;
  /** Tokens that are each an indicator category or 预算执行率. */
  labels: number;
  /** Tokens that are each a plain number or percentage. */
  numbers: number;
}

/** Per token: 1 when it reads as a value or number, -1 for an indicator category, 0 for words. */
function tokenKind(t: string, year: number): number {
  if (t.length > 60) return 0;
  if (isLevel1Name(t) || isLevel2Name(t) || isExecutionLabel(t)) return -1;
  if (readNumber(t) != null || /%$/.test(t)) return 1;
  return valueCost(t, year) === 0 ? 1 : 0;
}

/** What a run of tokens is, computed once per (start, length) and shared by every column. */
function features(tokens: Token[], p: number, len: number, ctx: Ctx): Features {
  const text = tokens.slice(p, p + len).map((t) => t.text).join(' ');
  const short = text.length <= 60;
  let structure = 0;
  let labels = 0;
  let numbers = 0;
  for (let i = p; i < p + len; i++) {
    if (ctx.kinds[i] === 1) structure++;
    if (ctx.kinds[i] === -1) labels++;
    if (readNumber(tokens[i].text) != null || /^\d+(\.\d+)?%$/.test(tokens[i].text)) numbers++;
  }
  return {
    text,
    value: valueCost(text, ctx.year),
    level1: short && isLevel1Name(text),
    level2: short && isLevel2Name(text),
    exec: short && isExecutionLabel(text),
    number: len === 1 ? readNumber(text) : undefined,
    structure,
    labels,
    numbers,
  };
}

const OPERATOR = /^(>=|<=|≥|≤|>|<|=)$/;

function groupCost(col: IndicatorColumn, f: Features, group: Token[], ctx: Ctx): number {
  switch (col) {
    case 'level1':
      return f.level1 || f.exec ? 0 : Infinity;
    case 'level2':
      // "产出指标 (50) 数量 指标": a bracketed weight ends the 一级 cell, it does not start the 二级.
      if (!(f.level2 || f.exec)) return Infinity;
      return /^[(（]\d/.test(group[0].text) ? 0.2 : 0;
    case 'name': {
      const label = f.level1 || f.level2 || f.exec ? 3 : 0;
      const bare = f.value === 0 && !/[\u4e00-\u9fff]{3}/.test(f.text) ? 3 : 0;
      const dangling = OPERATOR.test(group[group.length - 1].text) ? 1.5 : 0;
      // A name spread over words rarely holds a bare value or number as one of them.
      const inner = group.length > 1 ? 3 * f.structure + 3 * f.labels : 0;
      return 0.5 * (group.length - 1) + label + bare + dangling + inner;
    }
    case 'target':
    case 'actual':
      return f.value + splitCost(group) + (f.numbers >= 2 ? 3 : 0) + 3 * f.labels;
    case 'weight':
    case 'score':
      if (f.number === undefined) return Infinity;
      if (f.number === null) return 0.5;
      return f.number >= 0 && f.number <= 100 ? 0 : 3;
    case 'deviation':
      // A reason may quote a number, but never holds an indicator category.
      return ctx.deviationBase + 0.5 * (group.length - 1) + 1.5 * f.structure + 10 * f.labels;
  }
}

interface Ctx {
  year: number;
  kinds: Int8Array;
  /** What a non-empty 偏差原因 costs: higher when the text breaks cells at spaces (see below). */
  deviationBase: number;
  feats: (Features | undefined)[];
}

/** One rebuilt row: for each header column, its tokens (empty when the cell was blank). */
export type FlatRow = Token[][];

function segment(tokens: Token[], cols: IndicatorColumn[], costs: Costs, ctx: Ctx): FlatRow[] {
  const N = tokens.length;
  const K = cols.length;
  // best[e][p][c]: cheapest reading of tokens[p..] with the current row at column c; e = 1 when
  // the row already holds a token. choice records the group length taken (0 = column blank).
  const size = (N + 1) * (K + 1);
  const best = [new Float64Array(size).fill(Infinity), new Float64Array(size).fill(Infinity)];
  const choice = [new Int8Array(size), new Int8Array(size)];
  const at = (p: number, c: number) => p * (K + 1) + c;
  const cost = (c: number, p: number, len: number) => {
    const key = p * LONGEST + len - 1;
    const f = (ctx.feats[key] ??= features(tokens, p, len, ctx));
    return groupCost(cols[c], f, tokens.slice(p, p + len), ctx);
  };
  best[0][at(N, 0)] = 0;
  for (let p = N; p >= 0; p--) {
    for (const e of [0, 1]) {
      if (e === 1) best[1][at(p, K)] = best[0][at(p, 0)];
      for (let c = K - 1; c >= 0; c--) {
        if (p === N && c === 0 && e === 0) continue;
        let b = costs.missing[cols[c]] + best[e][at(p, c + 1)];
        let ch = 0;
        const maxLen = Math.min(MAX_LEN[cols[c]], N - p);
        for (let len = 1; len <= maxLen; len++) {
          const g = cost(c, p, len);
          if (g === Infinity) continue;
          const v = g + best[1][at(p + len, c + 1)];
          if (v < b) {
            b = v;
            ch = len;
          }
        }
        best[e][at(p, c)] = b;
        choice[e][at(p, c)] = ch;
      }
    }
  }
  const rows: FlatRow[] = [];
  let p = 0;
  while (p < N) {
    const row: FlatRow = [];
    let e = 0;
    for (let c = 0; c < K; c++) {
      const len = choice[e][at(p, c)];
      row.push(tokens.slice(p, p + len));
      if (len > 0) e = 1;
      p += len;
    }
    if (e === 0) break; // unreachable when a reading exists; guards against a loop
    rows.push(row);
  }
  return rows;
}

const BASE: Record<IndicatorColumn, number> = {
  level1: 0, level2: 0, name: 2.5, target: 3, actual: 3, weight: 1, score: 0.9, deviation: 0,
};

/**
 * True when the text breaks words at spaces inside cells (text from a document-sharing site):
 * an indicator category is spread over several words that are not all categories themselves
 * ("数量 指标", "产 出 指 标"). Then a word between two rows more likely continues a name than
 * starts a 偏差原因, and the reading is tuned accordingly.
 */
function breaksCells(tokens: Token[]): boolean {
  const limit = Math.min(tokens.length, 2000);
  for (let p = 0; p < limit; p++) {
    let joined = tokens[p].text;
    for (let len = 2; len <= 5 && p + len <= tokens.length; len++) {
      joined += tokens[p + len - 1].text;
      if (joined.length > 20) break;
      if (isLevel1Name(joined) || isLevel2Name(joined)) {
        const parts = tokens.slice(p, p + len);
        if (parts.some((t) => !isLevel1Name(t.text) && !isLevel2Name(t.text))) return true;
      }
    }
  }
  return false;
}

/**
 * Read the indicator rows. A first pass with light costs for blank 分值/得分 tells whether this
 * form fills those columns; if most rows do, a blank one becomes expensive in the second pass
 * (so a lone number is read as 分值 rather than as a target); if most do not, nearly free (so
 * rows are not merged to save the cost of their blank scores).
 */
export function readFlatIndicators(tokens: Token[], cols: IndicatorColumn[], year: number): FlatRow[] {
  if (tokens.length === 0 || cols.length === 0) return [];
  const kinds = new Int8Array(tokens.length);
  tokens.forEach((t, i) => (kinds[i] = tokenKind(t.text, year)));
  const ctx: Ctx = {
    year,
    kinds,
    deviationBase: breaksCells(tokens) ? 1 : 0.3,
    feats: new Array(tokens.length * LONGEST),
  };
  const first = segment(tokens, cols, { missing: BASE }, ctx);
  const wi = cols.indexOf('weight');
  const withWeight = wi < 0 ? 0 : first.filter((r) => r[wi].length > 0).length;
  const filledWeights = withWeight * 2 >= first.length;
  const missing = filledWeights ? { ...BASE, weight: 4, score: 3.5 } : { ...BASE, weight: 0.1, score: 0.1 };
  return segment(tokens, cols, { missing }, ctx);
}

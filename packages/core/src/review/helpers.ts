/** Small shared readings for review rules: blank and boilerplate text, kinds, numbers, money. */
import type { ParsedValue } from '../grammar/types';
import { Big } from '../money';
import { parsePrintedRate } from '../scoring/funds';
import type { ScoredEvaluation, ScoredIndicator } from '../scoring/types';
import { LEVEL2_TABLE, kindOf, type IndicatorKind } from '../taxonomy';

/** True for a blank cell. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

// Texts that stand for "nothing": the boilerplate reviewers flag in 偏差原因 cells.
const BOILERPLATE = /^(?:无|没有|暂无|无偏差|无差异|\/|／|\\|—+|-+|–|0|\.|。|…+|\.{3,}|不适用|\s)+$/;

/** True when a reason cell says nothing: "无", "/", "0", "—" … */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text.trim());
}

/** True when a 偏差原因 cell holds an actual reason (not blank, not boilerplate). */
export function hasReason(text: string): boolean {
  return !isBlank(text) && !isBoilerplate(text);
}

/** What an indicator measures, from its 二级 or, failing that, its 一级. */
export function kind(si: ScoredIndicator): IndicatorKind | null {
  // Looked up by the 二级 string itself (no key built): several rules ask this of every row.
  let k = KIND_CACHE.get(si.level2);
  if (k === undefined) {
    k = kindOf(si.level2);
    // The level names of real forms are few; the cap only guards against hostile input.
    if (KIND_CACHE.size < 5000) KIND_CACHE.set(si.level2, k);
  }
  return k ?? LEVEL1_KIND.get(si.level1) ?? null;
}

const KIND_CACHE = new Map<string, IndicatorKind | null>();

/** The 一级 that holds the 二级 of a kind in the 2020 framework (quantity → 产出指标), from the taxonomy. */
export function level1OfKind(k: IndicatorKind): string {
  return LEVEL2_TABLE.find((e) => e.kind === k)?.parents[0] ?? '';
}

/** The canonical 二级 name of a kind (cost → 成本指标), from the taxonomy. */
export function level2OfKind(k: IndicatorKind): string {
  return LEVEL2_TABLE.find((e) => e.kind === k)?.name ?? k;
}

// A 一级 whose 二级 are all of one kind tells the kind when the 二级 is blank or unknown.
const LEVEL1_KIND: Map<string, IndicatorKind> = (() => {
  const kinds = new Map<string, Set<IndicatorKind>>();
  for (const e of LEVEL2_TABLE) for (const p of e.parents) (kinds.get(p) ?? kinds.set(p, new Set()).get(p)!).add(e.kind);
  const out = new Map<string, IndicatorKind>();
  for (const [p, ks] of kinds) if (ks.size === 1) out.set(p, [...ks][0]);
  return out;
})();

/** True when the value is a number or a range (quantitative). */
export function isQuantitative(v: ParsedValue): v is Extract<ParsedValue, { kind: 'number' | 'range' }> {
  return v.kind === 'number' || v.kind === 'range';
}

/** The unit of a quantitative value, or null. */
export function unitOf(v: ParsedValue): string | null {
  return v.kind === 'number' || v.kind === 'range' ? v.unit : null;
}

/** True when the claimed score is the full weight. */
export function fullMarks(si: ScoredIndicator): boolean {
  return si.weight !== null && si.claimed !== null && si.weight > 0 && si.claimed >= si.weight;
}

/** A share as a percentage text for rule data: 0.8045 → "80.45%" (the presentation module's `percent`). */
export { percent as pct } from '../present';

/**
 * A number for rule data: rounded to 2 decimals, no trailing zeros. (Scoring's `decimalText` in
 * scoring/format.ts is another thing: a decimal shown exactly up to 4 places.)
 */
export function round2(n: number | string): string {
  return new Big(n).round(2).toString();
}

/**
 * A printed 执行率 as a share (Big), read as scoring reads it (parsePrintedRate: "86%", "８６％",
 * "100.00", "0.86"); thousands separators are dropped first. Null when it is not a rate.
 */
export function readRate(text: string | null): Big | null {
  const share = parsePrintedRate(text === null ? null : text.replace(/,/g, ''));
  return share === null ? null : new Big(share);
}

/** Units per 元 of the form's funds unit: 万元 → 10000. */
export function fundsFactor(scored: ScoredEvaluation): number {
  return scored.evaluation.funds.unit === '元' ? 1 : 10000;
}

/** A hidden index of rows by a key, built in one pass (no quadratic loops over indicators). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/** Text without spaces, half-width, for comparing cells. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/[，。；、,.;:：！!？?“”"'‘’]/g, '');
}


/** True when an indicator needs a 偏差原因: it falls short by the evidence or loses points. */
export function needsReason(si: ScoredIndicator): boolean {
  if (si.status === 'partial' || si.status === 'not-met') return true;
  return si.claimed !== null && si.weight !== null && si.claimed < si.weight - 0.005;
}

/**
 * The values that name an indicator row in a message's data: its number (1-based) and name as
 * written. The words ({what}, {whatEn}) are made when the message is rendered (`messageWords`).
 */
export function rowNames(name: string, index: number): { rowNo: number; rowName: string } {
  return { rowNo: index + 1, rowName: name.trim() };
}

/** True when the row is a criterion the template scores on documents (决策/过程 of the evaluation framework), not a measured value. */
export function isDocumentCriterion(scored: ScoredEvaluation, si: ScoredIndicator): boolean {
  return scored.template.documentCriteria.some((w) => si.level1.includes(w));
}

// A "reason" that only says there was more: 报名参赛企业较多, 超额完成, 参与积极.
const MORE_WORDS = /较多|增多|很多|众多|超额|超出|超过|多于|高于|好于|大于|踊跃|积极|较好|较高|大幅|显著|超预期|需求(?:较)?大/;
// Words that give a cause: a reason with one of them says why, whatever else it says.
const CAUSE_WORDS = /因|由于|受|原因|导致|为了|加之|政策|追加|调整|新增|申请|安排|要求|计划外|上级|延长|扩大范围|合并/;
const NEGATIONS = ['无法', '不能', '未能', '不便', '不可', '没有', '未'];
const SWITCH = /改为|改成|改用|转为/;

/**
 * What makes a 偏差原因 no reason at all: it only restates that there was more ('restates'), or it
 * says a thing could not be done and then that it was done that way ('contradicts': 线上无法进行，
 * 改为线上进行). Null for a text that may be a reason.
 */
export function reasonFlaw(text: string): 'restates' | 'contradicts' | null {
  const t = squash(text);
  const sw = SWITCH.exec(t);
  if (sw) {
    const after = t.slice(sw.index + sw[0].length, sw.index + sw[0].length + 2);
    const before = t.slice(0, sw.index);
    if (after.length === 2 && NEGATIONS.some((n) => before.includes(after + n) || before.includes(n + after))) return 'contradicts';
  }
  if (t.length <= 14 && MORE_WORDS.test(t) && !CAUSE_WORDS.test(t)) return 'restates';
  return null;
}

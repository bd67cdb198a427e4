/**
 * The editor's view model: score and review the form with core (the same call the server makes),
 * then derive what the paper-form table needs — merged 一级/二级 cells, findings by cell, totals.
 * It runs on every keystroke, so it stays a pure function of the Evaluation.
 */
import { engine, type Engine } from './engine';
import { levelSpans, rangeText as coreRangeText, type Evaluation, type Finding, type ReviewConfig, type ReviewContext, type ScoredEvaluation, type ScoredIndicator, type Severity } from '@jixiao/core';

/** One indicator row as the table draws it. */
export interface RowView {
  index: number;
  /** rowSpan of the 一级 cell when this row starts a merged block, 0 when covered by the row above. */
  level1Span: number;
  level2Span: number;
  /** The 一级 in force as written (a blank cell continues the block above). */
  level1Written: string;
  /** Scoring's 一级 when it differs from what the merged cell shows (inferred from the 二级). */
  level1Inferred: string | null;
  scored: ScoredIndicator | null;
  /** "1.67", "8–10", or "" when nothing is proven. */
  provenText: string;
  worst: Severity | null;
}

export interface EditorView {
  scored: ScoredEvaluation | null;
  findings: Finding[];
  /** Findings keyed by their exact path. */
  byPath: Map<string, Finding[]>;
  /** Findings touching each indicator (any cell of it). */
  byIndicator: Map<number, Finding[]>;
  counts: Record<Severity, number>;
  rows: RowView[];
  /** Scoring or review itself failed (should not happen: core never throws on user input). */
  failure: string | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The more severe of two severities (null is none). */
export function worse(a: Severity | null, b: Severity | null): Severity | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** A score range as a table cell: one number when min = max, blank when nothing is proven. */
export function rangeText(r: { min: number; max: number } | null | undefined): string {
  return coreRangeText(r, fmt, '');
}

/** A score with at most 2 decimals and no trailing zeros. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return String(Math.round(n * 100) / 100);
}

const INDICATOR_PATH = /^indicators\[(\d+)\]/;

/**
 * Score, review and derive the table's view of one form. Without a config the template chosen on
 * the form is passed as given, so the editor's template choice wins over detection.
 */
export function buildView(ev: Evaluation, config: ReviewConfig | undefined = ev.template ? { template: ev.template } : undefined, eng: Engine | null = engine(), context?: ReviewContext): EditorView {
  if (!eng) throw new Error('buildView: the scoring engine is not loaded yet (await loadEngine() or useEngine())');
  let scored: ScoredEvaluation | null = null;
  let findings: Finding[] = [];
  let failure: string | null = null;
  try {
    const r = eng(ev, config, context);
    scored = r.scored;
    findings = r.findings;
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const byPath = new Map<string, Finding[]>();
  const byIndicator = new Map<number, Finding[]>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
    const m = INDICATOR_PATH.exec(f.path);
    if (m) {
      const i = Number(m[1]);
      const l = byIndicator.get(i);
      if (l) l.push(f);
      else byIndicator.set(i, [f]);
    }
  }
  const sp = levelSpans(ev.indicators);
  const rows: RowView[] = ev.indicators.map((_, i) => {
    const s = scored?.indicators[i] ?? null;
    let worst: Severity | null = null;
    for (const f of byIndicator.get(i) ?? []) worst = worse(worst, f.severity);
    const inferred = s && s.level1 && s.level1 !== sp.written1[i] ? s.level1 : null;
    return {
      index: i,
      level1Span: sp.level1[i],
      level2Span: sp.level2[i],
      level1Written: sp.written1[i],
      level1Inferred: inferred,
      scored: s,
      provenText: rangeText(s?.proven),
      worst,
    };
  });
  return { scored, findings, byPath, byIndicator, counts, rows, failure };
}

/**
 * The judgment measure of issue 10: every form of the corpus — the two seed forms, the five shared
 * real forms (packages/formats/test/fixtures/real-forms) and fixtures/corpus — imported from its
 * cell text through the normal importer, scored and reviewed; each finding looked up in the labels
 * (true or false, with a reason) for precision, each expected finding looked for at its place for
 * recall. Used by `npm run bench -- judgment` and by scripts/corpus-labels.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreAndReview, getRule, type Evaluation, type Finding } from '@jixiao/core';
import { importText } from '@jixiao/formats';
import type { ExpectedFinding } from './corpus-form';
import { CORPUS_DIR, corpusIds } from './corpus-render';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED_DIR = join(ROOT, 'packages/formats/test/fixtures/real-forms');
export const SHARED_IDS = ['007', '008', '014', '017', '020'];
export const LABELS_DIR = join(CORPUS_DIR, 'labels');

/** One form of the corpus with where its cells come from and what a reviewer expects on it. */
export interface CorpusEntry {
  id: string;
  kind: 'seed' | 'shared' | 'corpus';
  /** The indicator names of the fixture (level3), to find an expected indicator after import. */
  names: string[];
  expected: ExpectedFinding[];
}

/** A finding on a corpus form, keyed as the labels key it. */
export interface CorpusFinding {
  form: string;
  ruleId: string;
  path: string;
  messageId: string;
  severity: string;
  category: string;
  text: string;
  data: Record<string, unknown>;
  /** The indicator's name when the path points into one: a help for whoever labels, not a key. */
  name?: string;
}

export interface Label {
  form: string;
  ruleId: string;
  path: string;
  /** Only where a rule reports several messages at the same path. */
  messageId?: string;
  /** Only where a rule reports one message several times at the same path (missing-category): the data that tells them apart. */
  data?: Record<string, unknown>;
  verdict: 'true' | 'false';
  reason: string;
  name?: string;
}

export interface FormResult {
  entry: CorpusEntry;
  importError: string | null;
  evaluations: Evaluation[];
  findings: CorpusFinding[];
}

interface SeedExpectations {
  forms: { id: string; names: string[]; expectedFindings: ExpectedFinding[] }[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every form of the corpus, seed first, then the shared fixtures, then fixtures/corpus. */
export function corpusEntries(): CorpusEntry[] {
  const seed = readJson<SeedExpectations>(join(CORPUS_DIR, 'seed.json'));
  const entries: CorpusEntry[] = seed.forms.map((f) => ({ id: f.id, kind: 'seed', names: f.names, expected: f.expectedFindings }));
  for (const id of SHARED_IDS) {
    const fx = readJson<{ indicators: { level3: string }[]; expectedFindings: ExpectedFinding[] }>(join(SHARED_DIR, `${id}.json`));
    entries.push({ id, kind: 'shared', names: fx.indicators.map((i) => i.level3), expected: fx.expectedFindings });
  }
  for (const id of corpusIds()) {
    const fx = readJson<{ indicators: { level3: string }[]; expectedFindings: ExpectedFinding[] }>(join(CORPUS_DIR, `${id}.json`));
    entries.push({ id, kind: 'corpus', names: fx.indicators.map((i) => i.level3), expected: fx.expectedFindings });
  }
  return entries;
}

function cellText(kind: CorpusEntry['kind'], id: string): string {
  if (kind === 'seed') return readFileSync(join(ROOT, 'examples/seed-2020.txt'), 'utf8');
  return readFileSync(join(kind === 'shared' ? SHARED_DIR : CORPUS_DIR, `${id}.cells.txt`), 'utf8');
}

const INDICATOR_PATH = /^indicators\[(\d+)\]/;

function toFinding(form: string, prefix: string, ev: Evaluation, f: Finding): CorpusFinding {
  const m = INDICATOR_PATH.exec(f.path);
  const name = m ? ev.indicators[Number(m[1])]?.name : undefined;
  return {
    form,
    ruleId: f.ruleId,
    path: prefix + f.path,
    messageId: f.messageId,
    severity: f.severity,
    category: getRule(f.ruleId)?.category ?? 'unknown',
    text: f.message.zh,
    data: f.data,
    ...(name !== undefined ? { name } : {}),
  };
}

/** Import, score and review every corpus form. The seed file holds the two seed forms in order. */
export function runCorpus(entries = corpusEntries()): FormResult[] {
  const results: FormResult[] = [];
  const seedForms = importText(cellText('seed', ''));
  for (const entry of entries) {
    let imported = entry.kind === 'seed' ? seedForms : importText(cellText(entry.kind, entry.id));
    if (imported.ok && entry.kind === 'seed') {
      const n = Number(entry.id.replace('seed-', '')) - 1;
      imported = { ok: true, forms: imported.forms.slice(n, n + 1) };
    }
    if (!imported.ok) {
      results.push({ entry, importError: `${imported.issues[0].code} @ ${imported.issues[0].location}`, evaluations: [], findings: [] });
      continue;
    }
    const evaluations = imported.forms.map((f) => f.evaluation);
    // A file the importer splits into several forms keeps its findings apart by a "#n " prefix.
    const findings = evaluations.flatMap((ev, n) =>
      scoreAndReview(ev).findings.map((f) => toFinding(entry.id, evaluations.length > 1 ? `#${n + 1} ` : '', ev, f)),
    );
    results.push({ entry, importError: null, evaluations, findings });
  }
  return results;
}

/** The labels of every form, from fixtures/corpus/labels/<form>.json. */
export function readLabels(forms: string[]): Label[] {
  return forms.flatMap((id) => {
    const path = join(LABELS_DIR, `${id}.json`);
    return existsSync(path) ? readJson<Label[]>(path).map((l) => ({ ...l, form: id })) : [];
  });
}

const sameData = (want: Record<string, unknown> | undefined, got: Record<string, unknown>) =>
  !want || Object.entries(want).every(([k, v]) => String(got[k]) === String(v));

/** The label of a finding: same form, rule and path, and the same messageId and data where the label names them. */
export function labelOf(f: CorpusFinding, labels: Label[]): Label | undefined {
  return labels.find(
    (l) =>
      l.form === f.form &&
      l.ruleId === f.ruleId &&
      l.path === f.path &&
      (l.messageId === undefined || l.messageId === f.messageId) &&
      sameData(l.data, f.data),
  );
}

/** Which rules flag a reviewer's category (fixtures/corpus/categories.json). */
export function rulesFor(): Record<string, string[]> {
  return readJson<{ rulesFor: Record<string, string[]> }>(join(CORPUS_DIR, 'categories.json')).rulesFor;
}

/** The imported index of a fixture indicator: found by its name, else the same position. */
function indicatorIndex(i: number, entry: CorpusEntry, ev: Evaluation | undefined): number {
  const name = entry.names[i]?.replace(/\s+/g, '');
  if (!ev || !name) return i;
  const hits = ev.indicators.map((ind, n) => (ind.name.replace(/\s+/g, '') === name ? n : -1)).filter((n) => n >= 0);
  return hits.length === 1 ? hits[0] : i;
}

function atPlace(f: CorpusFinding, e: ExpectedFinding, indices: number[]): boolean {
  const path = f.path.replace(/^#\d+ /, '');
  switch (e.where) {
    case 'indicator':
      return indices.some((i) => path === `indicators[${i}]` || path.startsWith(`indicators[${i}].`));
    case 'funds':
    case 'total':
    case 'goals':
      return path.startsWith(e.where);
    case 'header':
      return ['projectName', 'department', 'implementer', 'year'].includes(path);
    case 'structure':
      return path.startsWith('indicators');
    case 'form':
      return true;
  }
}

export interface RecallRow {
  form: string;
  expected: ExpectedFinding;
  foundBy: CorpusFinding | null;
}

/** Each expected finding (doubts excepted) with the true finding that locates it, if any. */
export function recallRows(results: FormResult[], labels: Label[], table = rulesFor()): RecallRow[] {
  const rows: RecallRow[] = [];
  for (const r of results) {
    for (const e of r.entry.expected) {
      if (e.doubt) continue;
      const rules = table[e.category] ?? [];
      const places = [e.indicator ?? -1, ...(e.alsoIndicators ?? [])].map((i) => indicatorIndex(i, r.entry, r.evaluations[0]));
      const hit = r.findings.find((f) => rules.includes(f.ruleId) && atPlace(f, e, places) && labelOf(f, labels)?.verdict === 'true');
      rows.push({ form: r.entry.id, expected: e, foundBy: hit ?? null });
    }
  }
  return rows;
}

export interface Ratio {
  hit: number;
  of: number;
}

const add = (m: Map<string, Ratio>, key: string, hit: boolean) => {
  const r = m.get(key) ?? { hit: 0, of: 0 };
  r.of++;
  if (hit) r.hit++;
  m.set(key, r);
};

export interface Judgment {
  forms: number;
  importErrors: { form: string; error: string }[];
  findings: number;
  unlabelled: CorpusFinding[];
  /** Labels no finding matches any more (a finding went away or moved). */
  stale: Label[];
  precision: Ratio;
  precisionByCategory: Map<string, Ratio>;
  precisionByRule: Map<string, Ratio>;
  recall: Ratio;
  recallByCategory: Map<string, Ratio>;
  /** Precision and recall on the seed forms, the shared fixtures and fixtures/corpus apart. */
  byKind: Map<CorpusEntry['kind'], { precision: Ratio; recall: Ratio }>;
  /** Reviewer categories none of whose rules exists yet. */
  noRuleYet: string[];
  missed: RecallRow[];
}

/** The whole measure: precision over labelled findings, recall over expected findings. */
export function judge(results = runCorpus()): Judgment {
  const labels = readLabels(results.map((r) => r.entry.id));
  const all = results.flatMap((r) => r.findings);
  const unlabelled = all.filter((f) => !labelOf(f, labels));
  const used = new Set(all.map((f) => labelOf(f, labels)).filter((l): l is Label => !!l));
  const byCategory = new Map<string, Ratio>();
  const byRule = new Map<string, Ratio>();
  let truePositives = 0;
  let labelled = 0;
  for (const f of all) {
    const l = labelOf(f, labels);
    if (!l) continue;
    labelled++;
    if (l.verdict === 'true') truePositives++;
    add(byCategory, f.category, l.verdict === 'true');
    add(byRule, f.ruleId, l.verdict === 'true');
  }
  const table = rulesFor();
  const rows = recallRows(results, labels, table);
  const recallByCategory = new Map<string, Ratio>();
  for (const r of rows) add(recallByCategory, r.expected.category, r.foundBy !== null);
  const byKind = new Map<CorpusEntry['kind'], { precision: Ratio; recall: Ratio }>();
  for (const r of results) {
    const k = byKind.get(r.entry.kind) ?? { precision: { hit: 0, of: 0 }, recall: { hit: 0, of: 0 } };
    for (const f of r.findings) {
      const l = labelOf(f, labels);
      if (!l) continue;
      k.precision.of++;
      if (l.verdict === 'true') k.precision.hit++;
    }
    for (const row of rows.filter((x) => x.form === r.entry.id)) {
      k.recall.of++;
      if (row.foundBy) k.recall.hit++;
    }
    byKind.set(r.entry.kind, k);
  }
  const noRuleYet = [...recallByCategory.keys()].filter((c) => !(table[c] ?? []).some((id) => getRule(id))).sort();
  return {
    forms: results.length,
    importErrors: results.filter((r) => r.importError).map((r) => ({ form: r.entry.id, error: r.importError! })),
    findings: all.length,
    unlabelled,
    stale: labels.filter((l) => !used.has(l)),
    precision: { hit: truePositives, of: labelled },
    precisionByCategory: byCategory,
    precisionByRule: byRule,
    recall: { hit: rows.filter((r) => r.foundBy).length, of: rows.length },
    recallByCategory,
    byKind,
    noRuleYet,
    missed: rows.filter((r) => !r.foundBy),
  };
}

/** "12/20 = 60.0%". */
export function pct(r: Ratio): string {
  return `${r.hit}/${r.of} = ${r.of ? ((r.hit / r.of) * 100).toFixed(1) : '—'}%`;
}

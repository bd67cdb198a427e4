/**
 * Field-level differences between versions of a form, for the history view and for merging a
 * version conflict (keep mine / take theirs per field). Pure functions over the Evaluation.
 */
import type { Evaluation } from '@jixiao/core';

type Leaf = string | number | boolean | null;

/** Every scalar field of an Evaluation by path ("indicators[3].score" → 10). `source` is ignored. */
export function flatten(ev: Evaluation, indicatorsAsOne = false): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') {
      out.set(path, (v ?? null) as Leaf);
      return;
    }
    if (Array.isArray(v)) {
      out.set(`${path}.length`, v.length);
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  for (const [k, v] of Object.entries(ev)) {
    if (k === 'source') continue;
    if (k === 'indicators' && indicatorsAsOne) out.set('indicators', JSON.stringify(v));
    else walk(v, k);
  }
  return out;
}

export interface FieldChange {
  path: string;
  before: Leaf | undefined;
  after: Leaf | undefined;
}

/** The fields that differ between two versions, in the order of the later one. */
export function diffEvaluations(a: Evaluation, b: Evaluation): FieldChange[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const out: FieldChange[] = [];
  for (const [p, v] of fb) if (!fa.has(p) || fa.get(p) !== v) out.push({ path: p, before: fa.get(p), after: v });
  for (const [p, v] of fa) if (!fb.has(p)) out.push({ path: p, before: v, after: undefined });
  return out.filter((c) => !c.path.endsWith('.length'));
}

export interface Conflict {
  path: string;
  base: Leaf | undefined;
  mine: Leaf | undefined;
  theirs: Leaf | undefined;
}

export interface MergePlan {
  conflicts: Conflict[];
  /** Fields only they changed: taken automatically. */
  theirsOnly: string[];
  /** Fields only I changed: kept automatically. */
  mineOnly: string[];
  /** Whether the indicator list changed shape, so it is merged as one field. */
  indicatorsAsOne: boolean;
}

/** Three-way compare of the version I started from, my edit, and the version now on the server. */
export function planMerge(base: Evaluation, mine: Evaluation, theirs: Evaluation): MergePlan {
  const n = base.indicators.length;
  const asOne = mine.indicators.length !== n || theirs.indicators.length !== n;
  const fb = flatten(base, asOne);
  const fm = flatten(mine, asOne);
  const ft = flatten(theirs, asOne);
  const paths = new Set([...fb.keys(), ...fm.keys(), ...ft.keys()]);
  const plan: MergePlan = { conflicts: [], theirsOnly: [], mineOnly: [], indicatorsAsOne: asOne };
  for (const p of paths) {
    const b = fb.get(p);
    const m = fm.get(p);
    const t = ft.get(p);
    if (m === t) continue;
    if (m === b) plan.theirsOnly.push(p);
    else if (t === b) plan.mineOnly.push(p);
    else plan.conflicts.push({ path: p, base: b, mine: m, theirs: t });
  }
  return plan;
}

/** Apply a merge: start from theirs, put back my value where I alone changed it or chose mine. */
export function applyMerge(mine: Evaluation, theirs: Evaluation, plan: MergePlan, keepMine: Set<string>): Evaluation {
  const out = structuredClone(theirs);
  const fm = flatten(mine, plan.indicatorsAsOne);
  const take = [...plan.mineOnly, ...plan.conflicts.filter((c) => keepMine.has(c.path)).map((c) => c.path)];
  for (const p of take) {
    if (p === 'indicators') out.indicators = structuredClone(mine.indicators);
    else setPath(out as unknown as Record<string, unknown>, p, fm.get(p) ?? null);
  }
  return out;
}

const SEG = /([A-Za-z_]\w*)|\[(\d+)\]/g;

/** Set a scalar at a path such as "funds.total.executed" or "indicators[2].score". */
function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const segs = [...path.matchAll(SEG)].map((m) => (m[1] !== undefined ? m[1] : Number(m[2])));
  let cur: Record<string | number, unknown> = obj;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = cur[segs[i]];
    if (next === null || typeof next !== 'object') return;
    cur = next as Record<string | number, unknown>;
  }
  cur[segs[segs.length - 1]] = value;
}

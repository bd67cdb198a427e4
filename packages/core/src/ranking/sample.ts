/**
 * The sample draw (抽样): the top N forms by risk, plus a number drawn at random from the rest with
 * a recorded seed, then manual additions and removals, each with its reason. The draw depends on
 * the ranking and the seed only, so anyone holding both can re-run it and get the same forms; the
 * manual changes are applied after it and recorded beside it, never folded into it.
 */
import type { Issue, Result } from '../result';
import { hashSeed, mulberry32, PRNG_ALGORITHM, uniformInt } from './prng';

/** A ranked form as the draw needs it. */
export interface SampleCandidate {
  id: string;
  rank: number;
  score: number;
}

/** A manual change to the sample, with its reason (required). */
export interface SampleChange {
  id: string;
  reason: string;
}

/** What finance asks for. */
export interface SampleRequest {
  /** How many of the highest-risk forms are always taken. */
  top: number;
  /** How many more are drawn at random from the forms below the top N. */
  random: number;
  /** The seed, recorded with the result: any text ("2021-抽查-1", a number written out). */
  seed: string;
  add?: readonly SampleChange[];
  remove?: readonly SampleChange[];
}

/** How a form came into the sample. */
export type SampleWay = 'top' | 'random' | 'added';

/** A form in the sample. */
export interface SamplePick extends SampleCandidate {
  way: SampleWay;
  /** The reason of a manual addition. */
  reason?: string;
}

/** The sample with everything needed to re-run and audit it. */
export interface Sample {
  seed: string;
  algorithm: string;
  /** How many forms were ranked. */
  population: number;
  /** The counts actually drawn (the request's, or fewer when the population is smaller). */
  top: number;
  random: number;
  /** The draw before manual changes, in rank order. */
  drawn: SamplePick[];
  /** The final sample, in rank order. */
  picks: SamplePick[];
  /** Drawn forms taken out by hand, with the reason. */
  removed: (SamplePick & { reason: string })[];
}

function issue(code: string, path: string, zh: string, en: string): Issue {
  return { code, path, message: { zh, en } };
}

function byRank(a: SampleCandidate, b: SampleCandidate): number {
  return a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The seeded draw alone: the top `top`, then `random` of the rest (partial Fisher–Yates). */
export function drawIds(ranked: readonly SampleCandidate[], top: number, random: number, seed: string): { top: SampleCandidate[]; random: SampleCandidate[] } {
  const order = [...ranked].sort(byRank);
  const head = order.slice(0, Math.min(top, order.length));
  const pool = order.slice(head.length);
  const next = mulberry32(hashSeed(seed));
  const k = Math.min(random, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + uniformInt(next, pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return { top: head, random: pool.slice(0, k) };
}

function checkRequest(ranked: readonly SampleCandidate[], r: SampleRequest): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['top', 'random'] as const) {
    if (!Number.isInteger(r[key]) || r[key] < 0) issues.push(issue('sample-count', key, `${key} 应为不小于 0 的整数`, `${key} must be a whole number, 0 or more`));
  }
  if (typeof r.seed !== 'string' || r.seed.trim() === '') issues.push(issue('sample-seed', 'seed', '须记录抽样种子', 'a seed must be recorded'));
  const ids = new Set(ranked.map((c) => c.id));
  if (ids.size !== ranked.length) issues.push(issue('sample-duplicate', 'ranked', '排序结果中有重复的表', 'the ranking holds a form twice'));
  const seen = new Set<string>();
  for (const side of ['add', 'remove'] as const) {
    (r[side] ?? []).forEach((c, i) => {
      const path = `${side}[${i}]`;
      if (!ids.has(c.id)) issues.push(issue('sample-unknown', `${path}.id`, `不在排序结果中：${c.id}`, `not in the ranking: ${c.id}`));
      if (typeof c.reason !== 'string' || c.reason.trim() === '') issues.push(issue('sample-reason', `${path}.reason`, '人工调整须写明理由', 'a manual change needs a reason'));
      if (seen.has(c.id)) issues.push(issue('sample-twice', `${path}.id`, `同一张表调整了两次：${c.id}`, `the same form is changed twice: ${c.id}`));
      seen.add(c.id);
    });
  }
  return issues;
}

/** Draw a sample. Bad requests (negative counts, no seed, unknown ids, no reason) are issues. */
export function drawSample(ranked: readonly SampleCandidate[], request: SampleRequest): Result<Sample> {
  const issues = checkRequest(ranked, request);
  if (issues.length) return { ok: false, issues };
  const d = drawIds(ranked, request.top, request.random, request.seed);
  const drawn: SamplePick[] = [...d.top.map((c) => ({ ...c, way: 'top' as const })), ...d.random.map((c) => ({ ...c, way: 'random' as const }))].sort(byRank);
  const inDraw = new Map(drawn.map((p) => [p.id, p]));
  const byId = new Map(ranked.map((c) => [c.id, c]));
  const removed: Sample['removed'] = [];
  (request.remove ?? []).forEach((c, i) => {
    const p = inDraw.get(c.id);
    if (!p) issues.push(issue('sample-not-drawn', `remove[${i}].id`, `未被抽中，无法移出：${c.id}`, `not drawn, so it cannot be removed: ${c.id}`));
    else removed.push({ ...p, reason: c.reason.trim() });
  });
  const added: SamplePick[] = [];
  (request.add ?? []).forEach((c, i) => {
    if (inDraw.has(c.id)) issues.push(issue('sample-already-drawn', `add[${i}].id`, `已被抽中，无需加入：${c.id}`, `already drawn, nothing to add: ${c.id}`));
    else added.push({ ...byId.get(c.id)!, way: 'added', reason: c.reason.trim() });
  });
  if (issues.length) return { ok: false, issues };
  const out = new Set(removed.map((p) => p.id));
  const picks = [...drawn.filter((p) => !out.has(p.id)), ...added].sort(byRank);
  return {
    ok: true,
    value: { seed: request.seed, algorithm: PRNG_ALGORITHM, population: ranked.length, top: d.top.length, random: d.random.length, drawn, picks, removed },
  };
}

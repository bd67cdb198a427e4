/**
 * A strict table tester for review rules, in the manner of ESLint's RuleTester. verifyRule
 * checks a rule against its cases and returns the problems as data; ruleTester.run wraps it in
 * vitest blocks. Strict means: every case is scored and frozen (a rule that mutates its input
 * fails), every report must name a message the rule declares, fill that message's placeholders
 * and point at something that exists in the Evaluation, and every declared message must be
 * produced by at least one invalid case.
 *
 * Test-only: it imports vitest, so it is not exported from the package index.
 */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../model';
import { messageWords } from '../present';
import { scoreEvaluation } from '../scoring';
import type { ScoredEvaluation } from '../scoring/types';
import { runRule } from './engine';
import { comparePaths, pathExists } from './paths';
import type { ReviewContext } from './context';
import type { Report, Rule, Severity } from './types';

/** One expected report of an invalid case. data is matched as a subset. */
export interface ExpectedError {
  messageId: string;
  path: string;
  data?: Record<string, unknown>;
  severity?: Severity;
}

/** A form to run the rule on: an Evaluation (scored here) or an already scored form. */
export interface RuleCase {
  name?: string;
  ev?: Evaluation;
  scored?: ScoredEvaluation;
  /** Template id to score `ev` with (default: as the form names or implies). */
  template?: string;
  options?: Record<string, unknown>;
  /** Facts beyond the form (earlier years, monitoring) the rule is given. */
  context?: ReviewContext;
}

/** A case on which the rule must report exactly these errors. */
export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

/** A rule's table of cases. */
export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

/** Freeze an object graph so that any write by a rule throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The scored form of a case, cloned and frozen. */
export function caseScored(c: RuleCase): ScoredEvaluation {
  if (c.scored && c.ev) throw new Error('a case gives either ev or scored, not both');
  const scored = c.scored ? structuredClone(c.scored) : c.ev ? scoreEvaluation(structuredClone(c.ev), { template: c.template }) : null;
  if (!scored) throw new Error('a case needs ev or scored');
  return deepFreeze(scored);
}

const PLACEHOLDER = /\{(\w+)\}/g;

function reportProblems(rule: Rule, scored: ScoredEvaluation, reports: Report[]): string[] {
  const problems: string[] = [];
  for (const r of reports) {
    const msg = rule.messages[r.messageId];
    if (!msg) {
      problems.push(`unknown messageId "${r.messageId}"`);
      continue;
    }
    if (!pathExists(scored.evaluation, r.path)) problems.push(`path "${r.path}" does not point into the Evaluation`);
    const data = messageWords(r.data ?? {});
    for (const text of [msg.zh, msg.en]) {
      for (const m of text.matchAll(PLACEHOLDER)) {
        const v = data[m[1]];
        if (v === undefined || v === null) problems.push(`message "${r.messageId}" needs data.${m[1]}`);
      }
    }
  }
  return [...new Set(problems)];
}

function runCase(rule: Rule, c: RuleCase): { reports: Report[]; problems: string[] } {
  const problems: string[] = [];
  for (const key of Object.keys(c.options ?? {})) if (!(key in rule.defaultOptions)) problems.push(`unknown option "${key}"`);
  let scored: ScoredEvaluation;
  try {
    scored = caseScored(c);
  } catch (e) {
    return { reports: [], problems: [...problems, `case could not be scored: ${String(e)}`] };
  }
  let reports: Report[] = [];
  try {
    reports = runRule(rule, scored, { ...rule.defaultOptions, ...c.options }, c.context ? deepFreeze(structuredClone(c.context)) : undefined);
  } catch (e) {
    const mutated = e instanceof TypeError && /read.only|frozen|not extensible|Cannot (assign|add|delete|define)/i.test(e.message);
    problems.push(mutated ? `rule mutates its input: ${e.message}` : `rule threw: ${String(e)}`);
  }
  return { reports, problems: [...problems, ...reportProblems(rule, scored, reports)] };
}

function sortKey(a: { path: string; messageId: string }, b: { path: string; messageId: string }): number {
  return comparePaths(a.path, b.path) || a.messageId.localeCompare(b.messageId);
}

function matchesData(expected: Record<string, unknown>, actual: Record<string, unknown> | undefined): boolean {
  return Object.entries(expected).every(([k, v]) => JSON.stringify(actual?.[k]) === JSON.stringify(v));
}

/** Problems with one valid case (it must produce no report). */
export function verifyValid(rule: Rule, c: RuleCase): string[] {
  const { reports, problems } = runCase(rule, c);
  for (const r of reports) problems.push(`expected no report, got ${r.messageId} at ${r.path} ${JSON.stringify(r.data ?? {})}`);
  return problems;
}

/** Problems with one invalid case, and the message ids it produced. */
export function verifyInvalid(rule: Rule, c: InvalidCase): { problems: string[]; used: string[] } {
  const { reports, problems } = runCase(rule, c);
  if (c.errors.length === 0) problems.push('an invalid case must expect at least one error');
  for (const e of c.errors) if (!rule.messages[e.messageId]) problems.push(`expected unknown messageId "${e.messageId}"`);
  const got = [...reports].sort(sortKey);
  const want = [...c.errors].sort(sortKey);
  if (got.length !== want.length) {
    problems.push(`expected ${want.length} report(s), got ${got.length}: ${got.map((r) => `${r.messageId}@${r.path}`).join(', ')}`);
  }
  for (let i = 0; i < Math.min(got.length, want.length); i++) {
    const g = got[i];
    const w = want[i];
    if (g.messageId !== w.messageId || g.path !== w.path) {
      problems.push(`report ${i}: expected ${w.messageId}@${w.path}, got ${g.messageId}@${g.path}`);
      continue;
    }
    if (w.data && !matchesData(w.data, g.data)) problems.push(`report ${i} (${g.messageId}): data ${JSON.stringify(g.data)} does not match ${JSON.stringify(w.data)}`);
    const sev = rule.messages[g.messageId]?.severity ?? rule.defaultSeverity;
    if (w.severity && w.severity !== sev) problems.push(`report ${i} (${g.messageId}): severity ${sev}, expected ${w.severity}`);
  }
  return { problems, used: reports.map((r) => r.messageId) };
}

/** Every problem with a rule and its table, as strings; empty when the rule passes. */
export function verifyRule(rule: Rule, tests: RuleTests): string[] {
  const problems: string[] = [];
  if (tests.valid.length === 0) problems.push('no valid case');
  if (tests.invalid.length === 0) problems.push('no invalid case');
  tests.valid.forEach((c, i) => problems.push(...verifyValid(rule, c).map((p) => `valid[${i}]${c.name ? ` ${c.name}` : ''}: ${p}`)));
  const used = new Set<string>();
  tests.invalid.forEach((c, i) => {
    const r = verifyInvalid(rule, c);
    r.used.forEach((u) => used.add(u));
    problems.push(...r.problems.map((p) => `invalid[${i}]${c.name ? ` ${c.name}` : ''}: ${p}`));
  });
  for (const id of Object.keys(rule.messages)) if (!used.has(id)) problems.push(`message "${id}" is never produced by an invalid case`);
  return problems;
}

/** The strict rule tester: one vitest block per rule, one test per case. */
export const ruleTester = {
  run(rule: Rule, tests: RuleTests): void {
    describe(rule.id, () => {
      tests.valid.forEach((c, i) => it(`valid ${i}${c.name ? `: ${c.name}` : ''}`, () => expect(verifyValid(rule, c)).toEqual([])));
      tests.invalid.forEach((c, i) =>
        it(`invalid ${i}${c.name ? `: ${c.name}` : ''}`, () => expect(verifyInvalid(rule, c).problems).toEqual([])),
      );
      it('has valid and invalid cases and exercises every message', () => {
        const problems: string[] = [];
        if (tests.valid.length === 0) problems.push('no valid case');
        if (tests.invalid.length === 0) problems.push('no invalid case');
        const used = new Set(tests.invalid.flatMap((c) => verifyInvalid(rule, c).used));
        for (const id of Object.keys(rule.messages)) if (!used.has(id)) problems.push(`message "${id}" is never produced`);
        expect(problems).toEqual([]);
      });
    });
  },
};

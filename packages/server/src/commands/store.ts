/** Low-level form storage shared by the form commands: derived columns, versions, rule counts. */
import type { Kysely } from 'kysely';
import type { Evaluation } from '@jixiao/core';
import type { DB, FormsTable } from '../db/schema';
import { derive, type Derived } from '../domain/derive';
import type { Change } from '../domain/diff';
import type { RollupPart, RuleCount } from './rollup';

/** A forms row; reads also carry the editor's display name (joined), writes leave it out. */
export type FormRow = Omit<FormsTable, 'id'> & { id: number; updated_by_name?: string | null };

/** The stored columns for an evaluation: JSON verbatim plus what core derives from it (pass `d` when already derived). */
export function storedColumns(ev: Evaluation, d: Derived = derive(ev)) {
  return {
    columns: {
      ...d.columns,
      evaluation: JSON.stringify(ev),
      scored: JSON.stringify(d.scored),
      findings: JSON.stringify(d.findings),
    },
    findings: d.findings,
  };
}

/** Replace a form's per-rule finding counts; returns them (for the rollups). */
export async function writeRuleCounts(db: Kysely<DB>, formId: number, findings: { ruleId: string; severity: string }[]): Promise<RuleCount[]> {
  await db.deleteFrom('form_rules').where('form_id', '=', formId).execute();
  const counts = new Map<string, { severity: string; count: number }>();
  for (const f of findings) {
    const c = counts.get(f.ruleId) ?? { severity: f.severity, count: 0 };
    c.count++;
    counts.set(f.ruleId, c);
  }
  if (counts.size === 0) return [];
  await db
    .insertInto('form_rules')
    .values([...counts].map(([rule_id, c]) => ({ form_id: formId, rule_id, severity: c.severity, count: c.count })))
    .execute();
  return [...counts].map(([rule_id, c]) => ({ rule_id, count: c.count }));
}

/** A form row's contribution to the rollups, with its rule counts. */
export function rollupPart(row: Pick<FormRow, 'org_id' | 'year' | 'status' | 'grade' | 'budget_fen' | 'executed_fen' | 'claimed_total' | 'proven_min' | 'proven_max'>, rules: RuleCount[]): RollupPart {
  return {
    org_id: row.org_id, year: row.year, status: row.status, grade: row.grade, budget_fen: row.budget_fen === null ? null : Number(row.budget_fen),
    executed_fen: row.executed_fen === null ? null : Number(row.executed_fen), claimed_total: row.claimed_total, proven_min: row.proven_min, proven_max: row.proven_max, rules,
  };
}

/** A history row whose evaluation is unchanged from the version before (transitions) stores this instead of a copy. */
export const SAME_EVALUATION = '';

/** The evaluation (JSON text) as it stood at a version: the latest stored copy at or before it. */
export async function evaluationAt(db: Kysely<DB>, formId: number, version: number): Promise<string | undefined> {
  const r = await db
    .selectFrom('form_versions')
    .select('evaluation')
    .where('form_id', '=', formId)
    .where('version', '<=', version)
    .where('evaluation', '<>', SAME_EVALUATION)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.evaluation;
}

/** Append a row to a form's history. */
export async function writeVersion(
  db: Kysely<DB>,
  v: { formId: number; version: number; at: string; by: number | null; action: string; evaluation: string; diff: Change[]; comment?: string | null },
): Promise<void> {
  await db
    .insertInto('form_versions')
    .values({
      form_id: v.formId, version: v.version, at: v.at, by_user: v.by, action: v.action,
      evaluation: v.evaluation, diff: JSON.stringify(v.diff), comment: v.comment ?? null,
    })
    .execute();
}

/** One form row with its last editor's name (one query), or undefined. */
export function findForm(db: Kysely<DB>, id: number): Promise<FormRow | undefined> {
  return db
    .selectFrom('forms')
    .leftJoin('users', 'users.id', 'forms.updated_by')
    .selectAll('forms')
    .select('users.name as updated_by_name')
    .where('forms.id', '=', id)
    .executeTakeFirst() as Promise<FormRow | undefined>;
}

/** The parts of a form the policies look at. */
export function refOf(row: Pick<FormRow, 'org_id' | 'status'> & { id?: number }): { id?: number; orgId: number; status: FormRow['status'] } {
  return { id: row.id, orgId: row.org_id, status: row.status };
}

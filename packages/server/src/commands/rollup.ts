/**
 * Keeps the dashboard rollups (form_rollup, form_rule_rollup) in step with the forms, inside the
 * transaction of every write: a write subtracts what the form contributed before and adds what it
 * contributes after. Rows are upserted in key order so concurrent writers lock them in one order.
 */
import { sql, type Kysely } from 'kysely';
import type { FormStatus } from '@jixiao/core';
import type { DB } from '../db/schema';

/** What one form contributes to the rollups. */
export interface RollupPart {
  org_id: number;
  year: number;
  status: FormStatus;
  grade: string | null;
  budget_fen: number | null;
  executed_fen: number | null;
  claimed_total: number | null;
  proven_min: number | null;
  proven_max: number | null;
  rules: RuleCount[];
}

export interface RuleCount {
  rule_id: string;
  count: number;
}

const SUMS = ['n', 'budget_fen', 'n_budget', 'executed_fen', 'n_executed', 'claimed_c', 'n_claimed', 'proven_min_c', 'n_proven_min', 'proven_max_c', 'n_proven_max'] as const;
type Sums = Record<(typeof SUMS)[number], number>;

/** A score in hundredths: sums of integers add and subtract without drift. */
export const hundredths = (v: number | null): number => (v === null ? 0 : Math.round(v * 100));

function sumsOf(p: RollupPart, sign: 1 | -1): Sums {
  const has = (v: number | null) => (v === null ? 0 : sign);
  return {
    n: sign,
    budget_fen: sign * (p.budget_fen ?? 0), n_budget: has(p.budget_fen),
    executed_fen: sign * (p.executed_fen ?? 0), n_executed: has(p.executed_fen),
    claimed_c: sign * hundredths(p.claimed_total), n_claimed: has(p.claimed_total),
    proven_min_c: sign * hundredths(p.proven_min), n_proven_min: has(p.proven_min),
    proven_max_c: sign * hundredths(p.proven_max), n_proven_max: has(p.proven_max),
  };
}

/** A form's per-rule finding counts as stored. */
export async function rulesOf(db: Kysely<DB>, formId: number): Promise<RuleCount[]> {
  return db.selectFrom('form_rules').select(['rule_id', 'count']).where('form_id', '=', formId).execute();
}

/** Move a form's contribution from `before` to `after` (null: the form did not / does not exist). */
export async function shiftRollups(db: Kysely<DB>, before: RollupPart | null, after: RollupPart | null): Promise<void> {
  const forms = new Map<string, { key: { org_id: number; year: number; status: FormStatus; grade: string }; sums: Sums }>();
  const rules = new Map<string, { org_id: number; year: number; status: FormStatus; grade: string; rule_id: string; count: number }>();
  for (const [part, sign] of [[before, -1], [after, 1]] as const) {
    if (!part) continue;
    const key = { org_id: part.org_id, year: part.year, status: part.status, grade: part.grade ?? '' };
    const k = `${key.org_id}|${key.year}|${key.status}|${key.grade}`;
    const add = sumsOf(part, sign);
    const cur = forms.get(k);
    if (cur) for (const s of SUMS) cur.sums[s] += add[s];
    else forms.set(k, { key, sums: add });
    for (const r of part.rules) {
      const rk = `${k}|${r.rule_id}`;
      const c = rules.get(rk);
      if (c) c.count += sign * r.count;
      else rules.set(rk, { ...key, rule_id: r.rule_id, count: sign * r.count });
    }
  }
  const formRows = [...forms].filter(([, v]) => SUMS.some((s) => v.sums[s] !== 0)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => ({ ...v.key, ...v.sums }));
  const ruleRows = [...rules].filter(([, v]) => v.count !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  if (formRows.length)
    await db
      .insertInto('form_rollup')
      .values(formRows)
      .onConflict((oc) => oc.columns(['org_id', 'year', 'status', 'grade']).doUpdateSet(Object.fromEntries(SUMS.map((s) => [s, sql`${sql.ref(`form_rollup.${s}`)} + ${sql.ref(`excluded.${s}`)}`]))))
      .execute();
  if (ruleRows.length)
    await db
      .insertInto('form_rule_rollup')
      .values(ruleRows)
      .onConflict((oc) => oc.columns(['org_id', 'year', 'status', 'grade', 'rule_id']).doUpdateSet({ count: sql`${sql.ref('form_rule_rollup.count')} + ${sql.ref('excluded.count')}` }))
      .execute();
}

/** Recompute both rollups from the forms as they stand (migration backfill, bulk loads). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function rebuildRollups(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('form_rollup').execute();
  await db.deleteFrom('form_rule_rollup').execute();
  const c = (col: string) => sql.raw(`coalesce(sum(cast(round(${col} * 100) as bigint)), 0)`);
  await sql`insert into form_rollup (org_id, year, status, grade, ${sql.join(SUMS.map((s) => sql.ref(s)))})
    select org_id, year, status, coalesce(grade, ''), count(*),
      coalesce(sum(budget_fen), 0), count(budget_fen), coalesce(sum(executed_fen), 0), count(executed_fen),
      ${c('claimed_total')}, count(claimed_total), ${c('proven_min')}, count(proven_min), ${c('proven_max')}, count(proven_max)
    from forms group by org_id, year, status, coalesce(grade, '')`.execute(db);
  await sql`insert into form_rule_rollup (org_id, year, status, grade, rule_id, count)
    select f.org_id, f.year, f.status, coalesce(f.grade, ''), r.rule_id, sum(r.count)
    from form_rules r join forms f on f.id = r.form_id
    group by f.org_id, f.year, f.status, coalesce(f.grade, ''), r.rule_id`.execute(db);
}

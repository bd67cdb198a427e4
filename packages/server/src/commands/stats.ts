/** Dashboard statistics over the forms in scope: by status, by organisation, grades, findings, gaps. */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { Big, canonical, executionRate, rateText } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { applyFilters, needsScan, type Filters } from './queries';

/** A count or sum as the driver returns it (a number, a numeric string from PostgreSQL, or null for none) as a number. */
const dbNumber = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round2 = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** 分 (integer, possibly a numeric string from PostgreSQL) back to an amount in 万元, exactly. */
function fenToWan(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return canonical(new Big(String(v)).div(1_000_000));
}

/** The execution rate of summed 分 amounts, computed as scoring computes a form's. */
function rate(executed: unknown, budget: unknown): string | null {
  if (executed === null || budget === null || executed === undefined || budget === undefined) return null;
  return rateText(executionRate(new Big(String(executed)), new Big(String(budget))));
}

type Rows = {
  byStatus: { status: string; count: unknown }[];
  byOrg: { org_id: number; count: unknown; budget: unknown; executed: unknown; claimed: unknown; provenMin: unknown; provenMax: unknown }[];
  grades: { grade: string | null; count: unknown }[];
  topFindings: { rule_id: string; count: unknown }[];
};

/** The rollups filtered like the forms: organisation, year, status and grade are rollup keys. */
function rollupWhere<Q extends SelectQueryBuilder<DB, 'form_rollup' | 'form_rule_rollup', object>>(q: Q, orgs: number[] | 'all', f: Filters): Q {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let r = q as SelectQueryBuilder<any, any, object>;
  if (orgs !== 'all') r = orgs.length ? r.where('org_id', 'in', orgs) : r.where(sql<boolean>`1 = 0`);
  if (f.year !== undefined) r = r.where('year', '=', f.year);
  if (f.status) r = r.where('status', '=', f.status);
  if (f.hidden?.length) r = r.where('status', 'not in', f.hidden);
  if (f.grade) r = r.where('grade', '=', f.grade);
  return r as Q;
}

const avgOf = (sum: unknown, n: unknown): number | null => (dbNumber(n) === 0 ? null : dbNumber(sum) / dbNumber(n) / 100);

/** Counts, sums and findings by rule from the rollups (no scan of the forms). */
async function fromRollups(db: Kysely<DB>, orgs: number[] | 'all', f: Filters): Promise<Rows> {
  const sumOf = (c: keyof DB['form_rollup']) => sql<string>`sum(${sql.ref(c)})`;
  const [byStatus, byOrg, grades, topFindings] = await Promise.all([
    rollupWhere(db.selectFrom('form_rollup'), orgs, f).select(['status', sumOf('n').as('count')]).groupBy('status').having(sql`sum(n)`, '>', 0).orderBy('status').execute(),
    rollupWhere(db.selectFrom('form_rollup'), orgs, f)
      .select(['org_id', sumOf('n').as('count'), sumOf('budget_fen').as('budget'), sumOf('n_budget').as('nb'), sumOf('executed_fen').as('executed'), sumOf('n_executed').as('ne'),
        sumOf('claimed_c').as('claimed'), sumOf('n_claimed').as('nc'), sumOf('proven_min_c').as('pmin'), sumOf('n_proven_min').as('npmin'), sumOf('proven_max_c').as('pmax'), sumOf('n_proven_max').as('npmax')])
      .groupBy('org_id').having(sql`sum(n)`, '>', 0).orderBy('org_id').execute(),
    rollupWhere(db.selectFrom('form_rollup'), orgs, f).where('grade', '<>', '').select(['grade', sumOf('n').as('count')]).groupBy('grade').having(sql`sum(n)`, '>', 0).orderBy('grade').execute(),
    rollupWhere(db.selectFrom('form_rule_rollup'), orgs, f)
      .select(['rule_id', sql<string>`sum(count)`.as('count')])
      .groupBy('rule_id').having(sql`sum(count)`, '>', 0)
      .orderBy(sql`sum(count)`, 'desc').orderBy('rule_id').limit(20).execute(),
  ]);
  return {
    byStatus,
    byOrg: byOrg.map((r) => ({
      org_id: r.org_id, count: r.count,
      budget: dbNumber(r.nb) ? r.budget : null, executed: dbNumber(r.ne) ? r.executed : null,
      claimed: avgOf(r.claimed, r.nc), provenMin: avgOf(r.pmin, r.npmin), provenMax: avgOf(r.pmax, r.npmax),
    })),
    grades,
    topFindings,
  };
}

/** The same numbers by scanning the forms (a text filter cannot use the rollups). */
async function byScan(db: Kysely<DB>, orgs: number[] | 'all', f: Filters): Promise<Rows> {
  const base = () => applyFilters(db.selectFrom('forms'), orgs, f);
  const [byStatus, byOrg, grades, topFindings] = await Promise.all([
    base().select(['status', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('status').orderBy('status').execute(),
    base()
      .select((eb) => [
        'org_id',
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<string>('budget_fen').as('budget'),
        eb.fn.sum<string>('executed_fen').as('executed'),
        eb.fn.avg<number>('claimed_total').as('claimed'),
        eb.fn.avg<number>('proven_min').as('provenMin'),
        eb.fn.avg<number>('proven_max').as('provenMax'),
      ])
      .groupBy('org_id')
      .orderBy('org_id')
      .execute(),
    base().where('grade', 'is not', null).select(['grade', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('grade').orderBy('grade').execute(),
    db
      .selectFrom('form_rules')
      .where('form_rules.form_id', 'in', base().select('forms.id'))
      .select(['form_rules.rule_id', (eb) => eb.fn.sum<number>('form_rules.count').as('count')])
      .groupBy('form_rules.rule_id')
      .orderBy('count', 'desc')
      .orderBy('form_rules.rule_id')
      .limit(20)
      .execute(),
  ]);
  return { byStatus, byOrg, grades, topFindings };
}

/**
 * All the dashboard numbers in one call. Amounts are in 万元 (forms in 元 are converted exactly).
 * Without a text or rule filter the counts come from the rollups; `scan` forces the scan (tests compare).
 */
export async function stats(db: Kysely<DB>, tree: OrgTree, orgs: number[] | 'all', f: Filters, opts: { scan?: boolean } = {}) {
  const base = () => applyFilters(db.selectFrom('forms'), orgs, f);
  const [rows, unreviewedGaps, reviewedGaps] = await Promise.all([
    opts.scan || needsScan(f) ? byScan(db, orgs, f) : fromRollups(db, orgs, f),
    // Only forms claiming more than they prove, walked in gap order in the covering partial index
    // forms_gap_cover. `org_id + 0` keeps SQLite from choosing an org_id index and sorting every
    // form in scope instead; names are fetched for the ten. Forms finance has re-scored are
    // measured against the 复核 score instead (next query): they are a sample, few.
    (needsScan(f) ? base() : applyFilters(db.selectFrom('forms'), 'all', f))
      .$if(orgs !== 'all' && !needsScan(f), (q) => (orgs.length ? q.where(sql`forms.org_id + 0`, 'in', orgs as number[]) : q.where(sql<boolean>`1 = 0`)))
      .where(sql.ref('claimed_total'), '>', sql.ref('proven_max'))
      .where('finance_review_total', 'is', null)
      .select(['id', 'claimed_total', 'proven_max', 'finance_review_total', sql<number>`claimed_total - proven_max`.as('gap')])
      .orderBy(sql`claimed_total - proven_max`, 'desc')
      .orderBy('id')
      .limit(10)
      .execute(),
    base()
      .where('finance_review_total', 'is not', null)
      .where(sql.ref('claimed_total'), '>', sql.ref('finance_review_total'))
      .select(['id', 'claimed_total', 'proven_max', 'finance_review_total', sql<number>`claimed_total - finance_review_total`.as('gap')])
      .orderBy(sql`claimed_total - finance_review_total`, 'desc')
      .orderBy('id')
      .limit(10)
      .execute(),
  ]);
  const largestGaps = [...unreviewedGaps, ...reviewedGaps].sort((a, b) => Number(b.gap) - Number(a.gap) || a.id - b.id).slice(0, 10);
  const { byStatus, byOrg, grades, topFindings } = rows;
  const gapIds = largestGaps.filter((r) => Number(r.gap) > 0).map((r) => r.id);
  const names = new Map(
    gapIds.length ? (await db.selectFrom('forms').select(['id', 'project_name']).where('id', 'in', gapIds).execute()).map((r) => [r.id, r.project_name]) : [],
  );
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: dbNumber(r.count) })),
    byOrg: byOrg.map((r) => ({
      orgId: r.org_id,
      orgName: tree.get(r.org_id)?.name ?? '',
      count: dbNumber(r.count),
      budget: fenToWan(r.budget),
      executed: fenToWan(r.executed),
      executionRate: rate(r.executed, r.budget),
      claimed: round2(r.claimed),
      provenMin: round2(r.provenMin),
      provenMax: round2(r.provenMax),
    })),
    grades: grades.map((r) => ({ grade: r.grade as string, count: dbNumber(r.count) })),
    topFindings: topFindings.map((r) => ({ ruleId: r.rule_id, count: dbNumber(r.count) })),
    largestGaps: largestGaps
      .filter((r) => Number(r.gap) > 0)
      .map((r) => ({ id: r.id, projectName: names.get(r.id) ?? '', claimedTotal: r.claimed_total, provenMax: r.proven_max, financeReviewTotal: r.finance_review_total, gap: round2(r.gap) as number })),
  };
}

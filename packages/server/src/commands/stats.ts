/** Dashboard statistics over the forms in scope: by status, by organisation, grades, findings, gaps. */
import { sql, type Kysely } from 'kysely';
import { Big, canonical } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { applyFilters, type Filters } from './queries';

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round2 = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** 分 (integer, possibly a numeric string from PostgreSQL) back to an amount in 万元, exactly. */
function fenToWan(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return canonical(new Big(String(v)).div(1_000_000));
}

function rate(executed: unknown, budget: unknown): string | null {
  if (executed === null || budget === null || executed === undefined || budget === undefined) return null;
  const b = new Big(String(budget));
  if (b.eq(0)) return null;
  return canonical(new Big(String(executed)).div(b).round(4, Big.roundHalfUp));
}

/** All the dashboard numbers in one call. Amounts are in 万元 (forms in 元 are converted exactly). */
export async function stats(db: Kysely<DB>, tree: OrgTree, orgs: number[] | 'all', f: Filters) {
  const base = () => applyFilters(db.selectFrom('forms'), orgs, f);
  const [byStatus, byOrg, grades, topFindings, largestGaps] = await Promise.all([
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
    // The filtered ids come from the covering index; form_rules is scanned once against them.
    db
      .selectFrom('form_rules')
      .where('form_rules.form_id', 'in', base().select('forms.id'))
      .select(['form_rules.rule_id', (eb) => eb.fn.sum<number>('form_rules.count').as('count')])
      .groupBy('form_rules.rule_id')
      .orderBy('count', 'desc')
      .orderBy('form_rules.rule_id')
      .limit(20)
      .execute(),
    // Ids and scores only, so the covering index serves the scan; names are fetched for the ten.
    base()
      .where('claimed_total', 'is not', null)
      .where('proven_max', 'is not', null)
      .select(['id', 'claimed_total', 'proven_max', sql<number>`claimed_total - proven_max`.as('gap')])
      .orderBy(sql`claimed_total - proven_max`, 'desc')
      .orderBy('id')
      .limit(10)
      .execute(),
  ]);
  const gapIds = largestGaps.filter((r) => Number(r.gap) > 0).map((r) => r.id);
  const names = new Map(
    gapIds.length ? (await db.selectFrom('forms').select(['id', 'project_name']).where('id', 'in', gapIds).execute()).map((r) => [r.id, r.project_name]) : [],
  );
  return {
    byStatus: byStatus.map((r) => ({ status: r.status, count: num(r.count) })),
    byOrg: byOrg.map((r) => ({
      orgId: r.org_id,
      orgName: tree.get(r.org_id)?.name ?? '',
      count: num(r.count),
      budget: fenToWan(r.budget),
      executed: fenToWan(r.executed),
      executionRate: rate(r.executed, r.budget),
      claimed: round2(r.claimed),
      provenMin: round2(r.provenMin),
      provenMax: round2(r.provenMax),
    })),
    grades: grades.map((r) => ({ grade: r.grade as string, count: num(r.count) })),
    topFindings: topFindings.map((r) => ({ ruleId: r.rule_id, count: num(r.count) })),
    largestGaps: largestGaps
      .filter((r) => Number(r.gap) > 0)
      .map((r) => ({ id: r.id, projectName: names.get(r.id) ?? '', claimedTotal: r.claimed_total, provenMax: r.proven_max, gap: round2(r.gap) as number })),
  };
}

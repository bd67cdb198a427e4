/** Read-side queries: the filtered, paged form list and the filters every read applies (the scope comes from the policies). */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import { FORM_STATUSES, GRADES, type FormStatus } from '@jixiao/core';
import type { DB } from '../db/schema';
import { LIST_COLUMNS } from '../presenters/forms';

const int = (min: number, max: number) => z.string().regex(/^\d{1,9}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

/** List/export/stats filters as they arrive in the query string. */
export const FilterSchema = z.object({
  year: int(1990, 2100).optional(),
  orgId: int(1, 2_147_483_647).optional(),
  status: z.enum(FORM_STATUSES).optional(),
  grade: z.enum(GRADES).optional(),
  q: z.string().max(200).optional(),
  rule: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a rule id').optional(),
});

const SORTS = {
  updatedAt: 'updated_at', year: 'year', projectName: 'project_name', claimedTotal: 'claimed_total', id: 'id', status: 'status',
} as const;

/** Paging and sort on top of the filters. */
export const ListSchema = FilterSchema.extend({
  page: int(1, 1_000_000).default(1),
  pageSize: int(1, 200).default(20),
  sort: z.enum(Object.keys(SORTS).flatMap((k) => [k, `-${k}`]) as [string, ...string[]]).default('-updatedAt'),
});

/** The parsed filters plus what the caller's role hides (set by the route from the policies, never from the query). */
export type Filters = z.infer<typeof FilterSchema> & { hidden?: FormStatus[] };

type FormQuery = SelectQueryBuilder<DB, 'forms', object>;

/** Apply scope and filters to a query over forms. */
export function applyFilters<Q extends FormQuery>(q: Q, orgs: number[] | 'all', f: Filters, publishedOnly = false): Q {
  let r = q as FormQuery;
  if (orgs !== 'all') r = orgs.length ? r.where('forms.org_id', 'in', orgs) : r.where(sql<boolean>`1 = 0`);
  if (publishedOnly) r = r.where('forms.status', '=', 'published' as FormStatus);
  if (f.year !== undefined) r = r.where('forms.year', '=', f.year);
  if (f.status) r = r.where('forms.status', '=', f.status);
  if (f.hidden?.length) r = r.where('forms.status', 'not in', f.hidden);
  if (f.grade) r = r.where('forms.grade', '=', f.grade);
  if (f.rule) r = r.where('forms.id', 'in', (eb) => eb.selectFrom('form_rules').select('form_rules.form_id').where('form_rules.rule_id', '=', f.rule!));
  if (f.q?.trim()) {
    const like = `%${f.q.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    r = r.where((eb) => eb.or([
      eb(sql`forms.project_name`, 'like', sql`${like} escape '\\'`),
      eb(sql`forms.implementer`, 'like', sql`${like} escape '\\'`),
    ]));
  }
  return r as Q;
}

/** The number of forms matching filters without a text search, from the rollup (no scan). */
async function countFromRollup(db: Kysely<DB>, orgs: number[] | 'all', f: Filters, publishedOnly: boolean): Promise<number> {
  let q = db.selectFrom('form_rollup').select(sql<string>`coalesce(sum(n), 0)`.as('n'));
  if (orgs !== 'all') q = orgs.length ? q.where('org_id', 'in', orgs) : q.where(sql<boolean>`1 = 0`);
  if (publishedOnly) q = q.where('status', '=', 'published');
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.hidden?.length) q = q.where('status', 'not in', f.hidden);
  if (f.grade) q = q.where('grade', '=', f.grade);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Whether the filters need the forms themselves (a text search or a rule), not only the rollups. */
export const needsScan = (f: Filters): boolean => !!f.q?.trim() || !!f.rule;

/** One page of list rows and the total count (from the rollup unless a text or rule filter is set). */
export async function listForms(db: Kysely<DB>, orgs: number[] | 'all', p: z.infer<typeof ListSchema> & Filters, publishedOnly = false) {
  const base = applyFilters(db.selectFrom('forms'), orgs, p, publishedOnly);
  const n = needsScan(p) ? (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n : await countFromRollup(db, orgs, p, publishedOnly);
  const desc = p.sort.startsWith('-');
  const col = SORTS[p.sort.replace(/^-/, '') as keyof typeof SORTS];
  // Deferred join: the page's ids are found first (from an index where the sort column is in one),
  // then only those rows, which carry the form JSON, are read.
  const page = base
    .select('forms.id')
    .orderBy(`forms.${col}`, desc ? 'desc' : 'asc')
    .orderBy('forms.id', 'desc')
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const rows = await db
    .selectFrom('forms')
    .select([...LIST_COLUMNS])
    .where('id', 'in', page)
    .orderBy(col, desc ? 'desc' : 'asc')
    .orderBy('id', 'desc')
    .execute();
  return { rows, total: Number(n) };
}

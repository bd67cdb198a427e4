/** What an export reads: a selection of forms by id, or every form the list filters match. */
import type { Kysely } from 'kysely';
import type { Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import { applyFilters, type Filters } from './queries';

/** At most this many forms go into one export file. */
export const MAX_EXPORT = 1000;

/** The forms with these ids, in the order given (undefined where there is none), with what the policies look at. */
export async function formsByIds(db: Kysely<DB>, ids: number[]) {
  const rows = await db.selectFrom('forms').select(['id', 'org_id', 'status', 'evaluation']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((x) => [x.id, x]));
  return ids.map((id) => byId.get(id));
}

/** The evaluations of the forms the filters match inside the allowed organisations, by id; 400 past MAX_EXPORT. */
export async function evaluationsMatching(db: Kysely<DB>, orgs: number[] | 'all', f: Filters): Promise<Evaluation[]> {
  const rows = await applyFilters(db.selectFrom('forms'), orgs, f).select(['evaluation']).orderBy('id').limit(MAX_EXPORT + 1).execute();
  if (rows.length > MAX_EXPORT) throw fail('invalid-query', { message: { zh: `一次最多导出 ${MAX_EXPORT} 张表，请缩小筛选范围`, en: `at most ${MAX_EXPORT} forms per export; narrow the filters` } });
  return rows.map((x) => JSON.parse(x.evaluation) as Evaluation);
}

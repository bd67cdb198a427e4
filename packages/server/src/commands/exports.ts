/** What an export reads: a selection of forms by id, or every form the list filters match. */
import type { Kysely } from 'kysely';
import type { Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import { applyFilters, type Filters } from './queries';
import type { EvidenceEntry } from '@jixiao/formats';

/** At most this many forms go into one export file. */
export const MAX_EXPORT = 1000;

/** The forms with these ids, in the order given (undefined where there is none), with what the policies look at. */
export async function formsByIds(db: Kysely<DB>, ids: number[]) {
  const rows = await db.selectFrom('forms').select(['id', 'org_id', 'status', 'evaluation']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((x) => [x.id, x]));
  return ids.map((id) => byId.get(id));
}

/** The evaluations of the forms the filters match inside the allowed organisations, by id; 400 past MAX_EXPORT. */
export async function evaluationsMatching(db: Kysely<DB>, orgs: number[] | 'all', f: Filters): Promise<{ id: number; evaluation: Evaluation }[]> {
  const rows = await applyFilters(db.selectFrom('forms'), orgs, f).select(['id', 'evaluation']).orderBy('id').limit(MAX_EXPORT + 1).execute();
  if (rows.length > MAX_EXPORT) throw fail('invalid-query', { message: { zh: `一次最多导出 ${MAX_EXPORT} 张表，请缩小筛选范围`, en: `at most ${MAX_EXPORT} forms per export; narrow the filters` } });
  return rows.map((x) => ({ id: x.id, evaluation: JSON.parse(x.evaluation) as Evaluation }));
}

/** The 佐证材料 of each form (in the order of the ids) as the exports list them; undefined for a form with none. */
export async function evidenceForExport(db: Kysely<DB>, ids: readonly number[]): Promise<(EvidenceEntry[] | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('evidence').select(['owner_id', 'indicator', 'name', 'size', 'sha256'])
    .where('owner_kind', '=', 'form').where('owner_id', 'in', [...ids]).orderBy('owner_id').orderBy('id').execute();
  const by = new Map<number, EvidenceEntry[]>();
  for (const r of rows) {
    const list = by.get(r.owner_id) ?? [];
    list.push({ name: r.name, indicator: r.indicator === null ? null : Number(r.indicator), size: Number(r.size), sha256: r.sha256 });
    by.set(r.owner_id, list);
  }
  return ids.map((id) => by.get(id));
}

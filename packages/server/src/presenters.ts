/** Shapes rows into the wire resources of docs/api.md. */
import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { OrgTree } from './domain/orgtree';
import type { FormRow } from './commands/store';

/** User id → display name, for "by" fields. */
export async function userNames(db: Kysely<DB>, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The full form resource. */
export async function presentForm(db: Kysely<DB>, row: FormRow, tree: OrgTree) {
  const names = await userNames(db, [row.updated_by]);
  return {
    id: row.id,
    version: row.version,
    orgId: row.org_id,
    orgName: tree.get(row.org_id)?.name ?? '',
    year: row.year,
    projectName: row.project_name,
    department: row.department,
    implementer: row.implementer,
    status: row.status,
    template: row.template,
    evaluation: JSON.parse(row.evaluation),
    scored: JSON.parse(row.scored),
    findings: JSON.parse(row.findings),
    review: row.review ? JSON.parse(row.review) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by === null ? null : names.get(row.updated_by) ?? null,
  };
}

/** The columns a list item needs (selected by the list query). */
export const LIST_COLUMNS = [
  'id', 'version', 'org_id', 'year', 'project_name', 'implementer', 'status', 'budget', 'executed',
  'execution_rate', 'claimed_total', 'proven_min', 'proven_max', 'grade', 'findings_error',
  'findings_warning', 'findings_info', 'review_total', 'updated_at',
] as const;

type ListRow = Pick<FormRow, (typeof LIST_COLUMNS)[number]>;

/** A list item. */
export function presentListItem(row: ListRow, tree: OrgTree) {
  return {
    id: row.id,
    version: row.version,
    orgId: row.org_id,
    orgName: tree.get(row.org_id)?.name ?? '',
    year: row.year,
    projectName: row.project_name,
    implementer: row.implementer,
    status: row.status,
    budget: row.budget,
    executed: row.executed,
    executionRate: row.execution_rate,
    claimedTotal: row.claimed_total,
    provenMin: row.proven_min,
    provenMax: row.proven_max,
    grade: row.grade,
    findings: { error: row.findings_error, warning: row.findings_warning, info: row.findings_info },
    reviewTotal: row.review_total,
    updatedAt: row.updated_at,
  };
}

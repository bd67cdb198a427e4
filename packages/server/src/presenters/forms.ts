/** Shapes form rows into the form resource and list item of docs/api.md. */
import type { Context } from 'hono';
import { DEFAULT_TEMPLATE_ID, getTemplate, gradeOf } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import type { FormRow } from '../commands/store';
import { openByForm } from '../commands/rectification';

/** User id → display name, for "by" fields. */
export async function userNames(db: Kysely<DB>, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The full form resource as JSON text. The stored JSON columns (evaluation, scored, findings,
 * financeReview) are spliced in verbatim: a read parses and re-serialises none of them.
 */
export async function presentFormText(db: Kysely<DB>, row: FormRow, tree: OrgTree, updatedByName?: string | null, opts: { rectification?: boolean } = {}): Promise<string> {
  let by: string | null = null;
  if (row.updated_by !== null) {
    by = updatedByName !== undefined ? updatedByName : row.updated_by_name !== undefined ? row.updated_by_name : (await userNames(db, [row.updated_by])).get(row.updated_by) ?? null;
  }
  const head = JSON.stringify({
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
  });
  const tail = JSON.stringify({ createdAt: row.created_at, updatedAt: row.updated_at, updatedBy: by });
  // The approved targets, when locked: when, by whom (user id) and the baseline the unit may not change.
  const locked = row.targets_baseline === null ? 'null' : `${JSON.stringify({ at: row.targets_locked_at, byId: row.targets_locked_by }).slice(0, -1)},"baseline":${row.targets_baseline}}`;
  // 整改 items not yet closed (整改中 beside the status); the public view leaves them out (finance publishes outcomes item by item).
  const rect = opts.rectification === false ? '' : `,"openRectification":${(await openByForm(db, [row.id])).get(row.id) ?? 0}`;
  return `${head.slice(0, -1)},"evaluation":${row.evaluation},"scored":${row.scored},"findings":${row.findings},"financeReview":${row.finance_review ?? 'null'},${tail.slice(1, -1)},"targetsLocked":${locked}${rect}}`;
}

/** The full form resource as an object (for error bodies that embed it). */
export async function presentForm(db: Kysely<DB>, row: FormRow, tree: OrgTree) {
  return JSON.parse(await presentFormText(db, row, tree));
}

/** Send JSON text already serialised (a form resource) with the same headers as c.json. */
export function sendJsonText(c: Context, text: string, status: 200 | 201 = 200): Response {
  return c.body(text, status, { 'Content-Type': 'application/json' });
}

/** The columns a list item needs (selected by the list query). */
export const LIST_COLUMNS = [
  'id', 'version', 'org_id', 'year', 'project_name', 'implementer', 'status', 'budget', 'executed',
  'execution_rate', 'claimed_total', 'proven_min', 'proven_max', 'grade', 'findings_error',
  'findings_warning', 'findings_info', 'finance_review_total', 'template', 'updated_at',
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
    financeReviewTotal: row.finance_review_total,
    // 复核等级 by the form's template bands (the default template's when it names none).
    financeReviewGrade: row.finance_review_total === null ? null : gradeOf(row.finance_review_total, getTemplate(row.template) ?? getTemplate(DEFAULT_TEMPLATE_ID)!),
    updatedAt: row.updated_at,
  };
}

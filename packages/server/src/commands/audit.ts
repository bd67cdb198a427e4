/** The audit log: every command that changes something writes an entry inside its transaction; readers list them. */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { FormStatus } from '@jixiao/core';
import type { DB } from '../db/schema';

/**
 * Record who did what, when; `detail` is any JSON (a diff for edits). An entry about a form keeps
 * the form's organisation (given, or read from the form) so it stays in scope after a deletion.
 */
export async function audit(
  db: Kysely<DB>,
  entry: { userId: number | null; action: string; formId?: number | null; orgId?: number | null; detail?: unknown },
): Promise<void> {
  const formId = entry.formId ?? null;
  await db
    .insertInto('audit')
    .values({
      at: new Date().toISOString(),
      user_id: entry.userId,
      action: entry.action,
      form_id: formId,
      org_id: entry.orgId !== undefined || formId === null ? entry.orgId ?? null : db.selectFrom('forms').select('org_id').where('id', '=', formId),
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** Which entries a reader sees: 'all', or organisations in scope and form statuses hidden from it. */
export type AuditScope = 'all' | { orgs: number[]; hidden: FormStatus[] };

/**
 * The newest audit entries visible to the reader (of one form, when given), older than the cursor
 * `before` (an entry id), with the acting user's name. Scope is applied in SQL before the limit:
 * an entry about a form is seen when the form's organisation is in scope and its status is not
 * hidden (a deleted form was a draft); an entry about no form when its user's organisation is.
 * Returns the page and the cursor of the next one (null at the end).
 */
export async function listAudit(db: Kysely<DB>, p: { formId?: number; before?: number; action?: string; limit: number; scope: AuditScope }) {
  let query = db
    .selectFrom('audit')
    .leftJoin('forms', 'forms.id', 'audit.form_id')
    .leftJoin('users', 'users.id', 'audit.user_id')
    .select(['audit.id', 'audit.at', 'audit.user_id', 'audit.action', 'audit.form_id', 'audit.org_id', 'audit.detail', 'users.name as user_name']);
  if (p.formId !== undefined) query = query.where('audit.form_id', '=', p.formId);
  if (p.before !== undefined) query = query.where('audit.id', '<', p.before);
  // "form." is a family of actions; anything else names one exactly.
  if (p.action !== undefined) query = p.action.endsWith('.') ? query.where('audit.action', 'like', `${p.action}%`) : query.where('audit.action', '=', p.action);
  const scope = p.scope;
  if (scope !== 'all') {
    if (scope.orgs.length === 0) return { rows: [], next: null };
    const { orgs, hidden } = scope;
    query = query.where((eb) => {
      const shown = (status: Expression<string | null>): Expression<SqlBool> => (hidden.length ? eb(status, 'not in', hidden) : sql<SqlBool>`1 = 1`);
      return eb.or([
        eb.and([eb('audit.form_id', 'is not', null), eb('forms.id', 'is not', null), eb('forms.org_id', 'in', orgs), shown(eb.ref('forms.status'))]),
        eb.and([eb('audit.form_id', 'is not', null), eb('forms.id', 'is', null), eb('audit.org_id', 'in', orgs), shown(sql<string>`'draft'`)]),
        eb.and([eb('audit.form_id', 'is', null), eb('users.org_id', 'in', orgs)]),
      ]);
    });
  }
  const rows = await query.orderBy('audit.id', 'desc').limit(p.limit + 1).execute();
  const more = rows.length > p.limit;
  const page = more ? rows.slice(0, p.limit) : rows;
  return { rows: page, next: more ? page[page.length - 1].id : null };
}

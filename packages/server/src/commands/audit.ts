/** The audit log: every command that changes something writes an entry inside its transaction; readers list them. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuditSubject } from '../policies';

/** Record who did what, when; `detail` is any JSON (a diff for edits). */
export async function audit(
  db: Kysely<DB>,
  entry: { userId: number | null; action: string; formId?: number | null; detail?: unknown },
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      at: new Date().toISOString(),
      user_id: entry.userId,
      action: entry.action,
      form_id: entry.formId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/**
 * The newest audit entries (of one form, when given), with the acting user's name and what the
 * policies need to decide visibility: the form's organisation and status, the user's organisation.
 * `visible` drops what the reader may not see (applied after the limit, as entries are read).
 */
export async function listAudit(db: Kysely<DB>, p: { formId?: number; limit: number; before?: number; action?: string; visible(e: AuditSubject): boolean }) {
  let query = db
    .selectFrom('audit')
    .leftJoin('forms', 'forms.id', 'audit.form_id')
    .leftJoin('users', 'users.id', 'audit.user_id')
    .select(['audit.id', 'audit.at', 'audit.user_id', 'audit.action', 'audit.form_id', 'audit.detail', 'forms.org_id', 'forms.status', 'users.org_id as user_org_id', 'users.name as user_name']);
  if (p.formId !== undefined) query = query.where('audit.form_id', '=', p.formId);
  if (p.before !== undefined) query = query.where('audit.id', '<', p.before);
  // "form." is a family of actions; anything else names one exactly.
  if (p.action !== undefined) query = p.action.endsWith('.') ? query.where('audit.action', 'like', `${p.action}%`) : query.where('audit.action', '=', p.action);
  const rows = await query.orderBy('audit.id', 'desc').limit(p.limit).execute();
  const items = rows.filter((x) => p.visible({ formOrgId: x.org_id, formStatus: x.status, userOrgId: x.user_org_id }));
  // Entries the caller may not see are dropped after the page is read: the next page starts after
  // the last entry read, not the last one shown.
  return Object.assign(items, { next: rows.length === p.limit ? rows[rows.length - 1].id : null });
}

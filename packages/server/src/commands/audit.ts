/** Writing audit entries; every command that changes something calls this inside its transaction. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

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

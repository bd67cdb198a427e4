/** A form's history: its versions (who did what, with the diff) and the evaluation as it stood at one. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { evaluationAt, SAME_EVALUATION } from './store';

/** Every version of a form, newest first (without the evaluations). */
export function listVersions(db: Kysely<DB>, formId: number) {
  return db.selectFrom('form_versions').select(['version', 'at', 'by_user', 'action', 'diff', 'comment']).where('form_id', '=', formId).orderBy('version', 'desc').execute();
}

/** One version with the evaluation (JSON text) as it stood then; undefined when there is no such version. */
export async function versionAt(db: Kysely<DB>, formId: number, version: number) {
  const row = await db.selectFrom('form_versions').select(['version', 'evaluation', 'at', 'action']).where('form_id', '=', formId).where('version', '=', version).executeTakeFirst();
  if (!row) return undefined;
  const evaluation = row.evaluation !== SAME_EVALUATION ? row.evaluation : await evaluationAt(db, formId, version);
  return evaluation === undefined ? undefined : { ...row, evaluation };
}

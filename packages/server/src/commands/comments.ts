/** Comments on a form or on one of its indicators. */
import type { Kysely } from 'kysely';
import type { Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import type { Actor } from '../policies';
import { audit } from './audit';
import type { FormRow } from './store';

/** A form's comments, oldest first. */
export function listComments(db: Kysely<DB>, formId: number) {
  return db.selectFrom('comments').selectAll().where('form_id', '=', formId).orderBy('id').execute();
}

/** Add a comment (on the indicator at `indicator`, when given, which the form must have). */
export async function addComment(db: Kysely<DB>, p: { actor: Actor; form: FormRow; text: string; indicator: number | null }) {
  const { actor, form, text, indicator } = p;
  if (indicator !== null && indicator >= (JSON.parse(form.evaluation) as Evaluation).indicators.length)
    throw fail('invalid-body', { path: 'indicator', message: { zh: '没有这个指标', en: 'there is no such indicator' } });
  const at = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('comments').values({ form_id: form.id, user_id: actor.id, at, text, indicator }).returningAll().executeTakeFirstOrThrow();
    await audit(trx, { userId: actor.id, action: 'form.comment', formId: form.id, detail: { commentId: row.id, indicator } });
    return row;
  });
}

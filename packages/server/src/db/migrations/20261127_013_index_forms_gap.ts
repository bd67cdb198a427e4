/**
 * The dashboard's "largest gaps" (claimed total above the proven maximum) read the top ten by gap:
 * a partial index on the gap, holding only forms that claim more than they prove, serves it
 * without scanning every form.
 */
import { sql } from 'kysely';
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createIndex('forms_gap')
      .on('forms')
      .expression(sql`(claimed_total - proven_max)`)
      .where(sql.ref('claimed_total'), '>', sql.ref('proven_max'))
      .execute();
  },
};

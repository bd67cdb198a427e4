/**
 * Each audit entry about a form records the form's organisation when written, so the entries of
 * a form deleted since stay within that organisation's scope; filled for existing entries whose
 * form still exists.
 */
import { sql } from 'kysely';
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('audit').addColumn('org_id', 'integer').execute();
    await sql`update audit set org_id = (select f.org_id from forms f where f.id = audit.form_id) where form_id is not null`.execute(db);
  },
};

/**
 * The gap index made covering (the filter columns after the gap): the dashboard walks it in gap
 * order and checks organisation, year, status and grade in the index, without reading the form
 * rows (which carry the form JSON), so a reviewer's scoped dashboard is as fast as the global one.
 */
import { sql } from 'kysely';
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.dropIndex('forms_gap').execute();
    await db.schema
      .createIndex('forms_gap_cover')
      .on('forms')
      .expression(sql`(claimed_total - proven_max), org_id, year, status, grade, id, claimed_total, proven_max`)
      .where(sql.ref('claimed_total'), '>', sql.ref('proven_max'))
      .execute();
  },
};

/** Indexes for the list filters (organisation, year, status) and duplicate-import lookup. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.createIndex('forms_org_year').on('forms').columns(['org_id', 'year']).execute();
    await db.schema.createIndex('forms_status').on('forms').column('status').execute();
    await db.schema.createIndex('forms_source_hash').on('forms').column('source_hash').execute();
  },
};

/** Rectification items are listed by organisation and year (the dashboard, the list) and by form (its status). */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.createIndex('rectification_org_year').on('rectification_items').columns(['org_id', 'year', 'status']).execute();
    await db.schema.createIndex('rectification_form').on('rectification_items').columns(['form_id', 'status']).execute();
  },
};

/** Audit entries are read per form. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.createIndex('audit_form').on('audit').column('form_id').execute();
  },
};

/** Departments' own indicators (the common ones are core's list, not stored): the entry JSON by id. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('library_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_org_id', 'integer', (c) => c.notNull().references('orgs.id'))
      .addColumn('entry', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('library_entries_owner').on('library_entries').column('owner_org_id').execute();
  },
};

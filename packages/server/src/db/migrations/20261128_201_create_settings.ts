/**
 * Settings finance makes for the organisations below it: the scoring template per organisation and
 * year (year 0: every year), and whether error-level findings block submission. The nearest
 * organisation up the tree that has a value decides.
 */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('settings')
      .addColumn('org_id', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'integer')
      .addPrimaryKeyConstraint('settings_pk', ['org_id', 'year', 'key'])
      .execute();
  },
};

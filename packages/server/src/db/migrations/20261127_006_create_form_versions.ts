/** Every version of every form, with the structural diff from the one before. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('form_versions')
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by_user', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('evaluation', 'text', (c) => c.notNull())
      .addColumn('diff', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addPrimaryKeyConstraint('form_versions_pk', ['form_id', 'version'])
      .execute();
  },
};

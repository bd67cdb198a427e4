/** Every version of every plan form: who did what, with the form as it stood ('' when unchanged). */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('plan_versions')
      .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan_forms.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by_user', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addPrimaryKeyConstraint('plan_versions_pk', ['plan_id', 'version'])
      .execute();
  },
};

/** The audit log: who did what, when, with a JSON detail (a diff for edits). */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('audit'), dialect)
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('form_id', 'integer')
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Comments on a form or on one of its indicators. */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('comments'), dialect)
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('indicator', 'integer')
      .execute();
  },
};

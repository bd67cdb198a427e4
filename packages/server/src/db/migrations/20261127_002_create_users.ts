/** Users with one role at one organisation. */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('users'), dialect)
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('org_id', 'integer', (c) => c.references('orgs.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};

/**
 * Throttle counters in the database: counted with one atomic upsert before a password is checked,
 * and shared by every server process on the same database.
 */
import { BIGINT, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('count', BIGINT, (c) => c.notNull())
      .addColumn('reset_at', BIGINT, (c) => c.notNull())
      .execute();
  },
};

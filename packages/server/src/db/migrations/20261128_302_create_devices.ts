/**
 * Browsers a user has logged in from (a random cookie, stored as its hash): their attempts are
 * counted apart, so an attack on an account from elsewhere does not lock its owner out.
 */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('devices')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
  },
};

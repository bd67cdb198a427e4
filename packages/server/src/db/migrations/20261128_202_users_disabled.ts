/** A user an admin has disabled: cannot log in, and its sessions end (null while active). */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  },
};

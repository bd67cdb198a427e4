/** A password someone else chose or saw (the printed first-run one, a reset) must be changed at the next login. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};

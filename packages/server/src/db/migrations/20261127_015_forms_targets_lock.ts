/**
 * The approved-targets baseline of a form: the indicators' names, target values and weights as the
 * department approved them (JSON), when and by whom; null while the targets are not locked.
 */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('forms').addColumn('targets_baseline', 'text').execute();
    await db.schema.alterTable('forms').addColumn('targets_locked_at', 'text').execute();
    await db.schema.alterTable('forms').addColumn('targets_locked_by', 'integer').execute();
  },
};

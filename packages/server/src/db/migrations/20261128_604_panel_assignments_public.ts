/** 公开 of 抽查: finance's choice to publish an accepted 复核 outcome with the published form (0 until chosen). */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema.alterTable('panel_assignments').addColumn('public', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};

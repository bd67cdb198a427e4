/** 任务布置: a stage of a year finance opens for chosen units (and projects), with a deadline. */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('tasks'), dialect)
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('period_from', 'integer')
      .addColumn('period_to', 'integer')
      // JSON: the covered unit ids, and [{unitId, project}] for units covered per project.
      .addColumn('units', 'text', (c) => c.notNull())
      .addColumn('projects', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer')
      .execute();
    await db.schema.createIndex('tasks_year').on('tasks').columns(['year', 'stage']).execute();
  },
};

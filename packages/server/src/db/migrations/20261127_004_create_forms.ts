/** Forms: the Evaluation JSON verbatim plus the derived columns lists and dashboards read. */
import { BIGINT, DOUBLE, withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('forms'), dialect)
      .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('project_name', 'text', (c) => c.notNull())
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('implementer', 'text', (c) => c.notNull())
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('evaluation', 'text', (c) => c.notNull())
      .addColumn('scored', 'text', (c) => c.notNull())
      .addColumn('findings', 'text', (c) => c.notNull())
      .addColumn('review', 'text')
      .addColumn('funds_unit', 'text', (c) => c.notNull())
      .addColumn('budget', 'text')
      .addColumn('executed', 'text')
      .addColumn('budget_fen', BIGINT)
      .addColumn('executed_fen', BIGINT)
      .addColumn('execution_rate', 'text')
      .addColumn('claimed_total', DOUBLE)
      .addColumn('proven_min', DOUBLE)
      .addColumn('proven_max', DOUBLE)
      .addColumn('grade', 'text')
      .addColumn('findings_error', 'integer', (c) => c.notNull())
      .addColumn('findings_warning', 'integer', (c) => c.notNull())
      .addColumn('findings_info', 'integer', (c) => c.notNull())
      .addColumn('review_total', DOUBLE)
      .addColumn('source_hash', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer')
      .addColumn('updated_by', 'integer')
      .execute();
  },
};

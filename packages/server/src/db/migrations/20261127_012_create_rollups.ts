/**
 * Dashboard rollups kept in step with every write: per (organisation, year, status, grade) the
 * form count, amount sums and score sums, and per rule the finding count. Statistics read these
 * few hundred rows instead of scanning 100,000 forms and 500,000 form_rules rows. Scores are summed
 * in hundredths (integers) so adding and removing a form never drifts; grade '' stands for none.
 */
import { rebuildRollups } from '../../commands/rollup';
import { BIGINT, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('form_rollup')
      .addColumn('org_id', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('grade', 'text', (c) => c.notNull())
      .addColumn('n', BIGINT, (c) => c.notNull())
      .addColumn('budget_fen', BIGINT, (c) => c.notNull())
      .addColumn('n_budget', BIGINT, (c) => c.notNull())
      .addColumn('executed_fen', BIGINT, (c) => c.notNull())
      .addColumn('n_executed', BIGINT, (c) => c.notNull())
      .addColumn('claimed_c', BIGINT, (c) => c.notNull())
      .addColumn('n_claimed', BIGINT, (c) => c.notNull())
      .addColumn('proven_min_c', BIGINT, (c) => c.notNull())
      .addColumn('n_proven_min', BIGINT, (c) => c.notNull())
      .addColumn('proven_max_c', BIGINT, (c) => c.notNull())
      .addColumn('n_proven_max', BIGINT, (c) => c.notNull())
      .addPrimaryKeyConstraint('form_rollup_pk', ['org_id', 'year', 'status', 'grade'])
      .execute();
    await db.schema
      .createTable('form_rule_rollup')
      .addColumn('org_id', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('grade', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('count', BIGINT, (c) => c.notNull())
      .addPrimaryKeyConstraint('form_rule_rollup_pk', ['org_id', 'year', 'status', 'grade', 'rule_id'])
      .execute();
    // Existing forms: fill both from the rows as they stand.
    await rebuildRollups(db);
  },
};

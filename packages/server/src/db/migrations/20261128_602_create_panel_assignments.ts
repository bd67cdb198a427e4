/**
 * 复核 by a panel: a sampled form assigned to a reviewer (an outside expert or a finance reviewer)
 * for a period (from/to, ISO dates, both inclusive), with the panel's checklist (核查要点), its
 * re-score (the finance review's shape) and finance's decision (accept or return, with a reason).
 */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('panel_assignments'), dialect)
      .addColumn('sample_id', 'integer', (c) => c.notNull().references('samples.id'))
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('from_date', 'text', (c) => c.notNull())
      .addColumn('to_date', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('checklist', 'text', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('submitted_at', 'text')
      .addColumn('decided_by', 'integer')
      .addColumn('decided_at', 'text')
      .addColumn('decision_reason', 'text')
      .addColumn('created_by', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('panel_assignments_user').on('panel_assignments').columns(['user_id', 'to_date']).execute();
    await db.schema.createIndex('panel_assignments_form').on('panel_assignments').columns(['form_id']).execute();
  },
};

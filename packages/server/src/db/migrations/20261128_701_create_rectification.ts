/**
 * 整改 items: what finance found on a form (from a review finding, a 复核 row or its own words), the
 * action required, the deadline and the unit responsible; the unit's latest answer and the evidence
 * it names; who closed it. `public` is finance's choice to publish the outcome with the form.
 */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('rectification_items'), dialect)
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id'))
      .addColumn('org_id', 'integer', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_ref', 'text')
      .addColumn('what', 'text', (c) => c.notNull())
      .addColumn('required_action', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('answer', 'text')
      .addColumn('answer_evidence', 'text', (c) => c.notNull())
      .addColumn('reopen_reason', 'text')
      .addColumn('reopened', 'integer', (c) => c.notNull())
      .addColumn('public', 'integer', (c) => c.notNull())
      .addColumn('opened_by', 'integer', (c) => c.notNull())
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};

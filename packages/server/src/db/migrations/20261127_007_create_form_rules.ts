/** Finding counts per form and rule, so "findings by rule" is a GROUP BY, not a JSON scan. */
import type { MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db) {
    await db.schema
      .createTable('form_rules')
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id').onDelete('cascade'))
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('form_rules_pk', ['form_id', 'rule_id'])
      .execute();
  },
};

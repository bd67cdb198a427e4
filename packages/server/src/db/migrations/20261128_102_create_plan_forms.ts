/**
 * The forms before the self-evaluation — 绩效目标申报表, 运行监控表, 目标调整申请 — one table, by kind:
 * the form JSON verbatim, its plan-workflow status and version, the approvals, and on a target
 * form the baseline finance's approval set (with approved adjustments applied) and the
 * self-evaluation created from it.
 */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('plan_forms'), dialect)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('project_name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('target_form_id', 'integer', (c) => c.references('plan_forms.id'))
      .addColumn('approvals', 'text', (c) => c.notNull())
      .addColumn('baseline', 'text')
      .addColumn('evaluation_form_id', 'integer', (c) => c.references('forms.id').onDelete('set null'))
      .addColumn('submitted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer')
      .addColumn('updated_by', 'integer')
      .execute();
    await db.schema.createIndex('plan_forms_org_year').on('plan_forms').columns(['org_id', 'year', 'kind']).execute();
    await db.schema.createIndex('plan_forms_target').on('plan_forms').column('target_form_id').execute();
    // One target form per self-evaluation: the create is a conditional update, and this backs it.
    await db.schema.createIndex('plan_forms_evaluation').on('plan_forms').column('evaluation_form_id').unique().execute();
  },
};

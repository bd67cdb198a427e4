/**
 * 抽查 samples: one row per draw (year, scope, the counts asked, the seed and the algorithm, the
 * ranking it was drawn from), and one row per form in it — how it came in (top, random, added by
 * hand with a reason) and, when taken out by hand, by whom, when and why. The draw can be re-run
 * from the stored ranking and seed; the manual changes are kept beside it, never folded into it.
 */
import { DOUBLE, withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('samples'), dialect)
      .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('algorithm', 'text', (c) => c.notNull())
      .addColumn('top_n', 'integer', (c) => c.notNull())
      .addColumn('random_n', 'integer', (c) => c.notNull())
      .addColumn('population', 'integer', (c) => c.notNull())
      .addColumn('ranking', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('samples_org_year').on('samples').columns(['org_id', 'year']).execute();
    await withId(db.schema.createTable('sample_items'), dialect)
      .addColumn('sample_id', 'integer', (c) => c.notNull().references('samples.id'))
      .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id'))
      .addColumn('way', 'text', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('score', DOUBLE, (c) => c.notNull())
      .addColumn('added_reason', 'text')
      .addColumn('added_by', 'integer')
      .addColumn('added_at', 'text')
      .addColumn('removed_reason', 'text')
      .addColumn('removed_by', 'integer')
      .addColumn('removed_at', 'text')
      .execute();
    await db.schema.createIndex('sample_items_form').on('sample_items').columns(['sample_id', 'form_id']).unique().execute();
  },
};

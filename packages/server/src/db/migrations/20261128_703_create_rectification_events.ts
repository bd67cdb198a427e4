/** Each step of an item's life (opened, answered, accepted, reopened, published): who, when, the text and the evidence named. */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('rectification_events'), dialect)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('rectification_items.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('by_user', 'integer', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('text', 'text')
      .addColumn('evidence', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rectification_events_item').on('rectification_events').column('item_id').execute();
  },
};

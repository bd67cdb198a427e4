/** Organisations: 财政局 → 主管部门 → 实施单位, a tree by parent_id. */
import { withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await withId(db.schema.createTable('orgs'), dialect)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'integer', (c) => c.references('orgs.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};

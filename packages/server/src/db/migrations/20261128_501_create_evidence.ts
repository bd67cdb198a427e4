/**
 * 佐证材料 (evidence): one row per stored file (content-addressed by SHA-256, with a reference count)
 * and one per attachment (an owner — a form, or later a rectification answer — with an optional
 * indicator). The bytes live on disk (evidence/store.ts), not in the database.
 */
import { BIGINT, withId, type MigrationStep } from './types';

export const step: MigrationStep = {
  async up(db, dialect) {
    await db.schema
      .createTable('evidence_blobs')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('size', BIGINT, (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('refs', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await withId(db.schema.createTable('evidence'), dialect)
      .addColumn('owner_kind', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'integer', (c) => c.notNull())
      .addColumn('indicator', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull().references('evidence_blobs.sha256'))
      .addColumn('size', BIGINT, (c) => c.notNull())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('by_user', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('evidence_owner').on('evidence').columns(['owner_kind', 'owner_id']).execute();
  },
};

/** What a migration file exports: one small change, run on SQLite and PostgreSQL alike. */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface MigrationStep {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** An auto-incrementing integer primary key in each dialect's own spelling. */
export function withId<T extends string>(t: CreateTableBuilder<T, never>, dialect: DialectName) {
  return dialect === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** 64-bit integers: SQLite's integer is already 64-bit. */
export const BIGINT = sql`bigint`;
/** Scores: double precision (PostgreSQL's `real` is only 4 bytes). */
export const DOUBLE = sql`double precision`;

/**
 * The databases every API test runs against: SQLite always, PostgreSQL when
 * JIXIAO_TEST_DATABASE_URL is set (test/tools.ts: without it the PostgreSQL cases are skipped with
 * a line saying so, and fail under CI), each opened fresh (a temp dir / a new schema) and dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect';
import { needs } from '../../../test/tools';

export interface TestDb {
  database: Database;
  /** Options startServer/openDatabase take to reach the same store. */
  options: { dataDir?: string; databaseUrl?: string; schema?: string };
  drop(): Promise<void>;
}

export const PG_URL = process.env.JIXIAO_TEST_DATABASE_URL;

/** The dialects to parametrise over. */
export const DIALECTS: ('sqlite' | 'postgres')[] = needs('postgres') ? ['sqlite', 'postgres'] : ['sqlite'];

/** A fresh database of the given dialect, migrated unless `migrate: false`. */
export async function freshDb(dialect: 'sqlite' | 'postgres', opts: { migrate?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'jx-test-'));
    const database = await openDatabase({ dataDir, ...opts });
    return {
      database,
      options: { dataDir },
      async drop() {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const schema = `jx_test_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ databaseUrl: PG_URL, schema, ...opts });
  return {
    database,
    options: { databaseUrl: PG_URL, schema },
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * Opens the database: SQLite in a file under the data directory (the embedded default) or
 * PostgreSQL when a URL is given. Both go through one kysely query layer.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { DB } from './schema';
import type { DialectName } from './migrations/types';
import { migrate } from './migrate';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The SQLite file, when the dialect is sqlite. */
  file?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); tests run each in its own. */
  schema?: string;
  /** Run migrations (default true). */
  migrate?: boolean;
}

// pg returns int8 and numeric as strings; counts and ids fit a JS number, and sums of 分 are
// read with Big from the string, so numeric stays a string.
const INT8 = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

/** The database file's name inside the data directory. */
export const SQLITE_FILE = 'jixiao.sqlite';

/** Readable and writable by the owner only: the data holds password hashes and every form. */
export function secureFile(file: string): void {
  if (existsSync(file)) chmodSync(file, 0o600);
}

/** SQLite file inside dataDir: WAL so readers do not block the writer, FULL so an acknowledged commit survives power loss. */
export function openSqlite(dataDir: string): { db: Kysely<DB>; raw: SQLite.Database; file: string } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SQLITE_FILE);
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  // The WAL and shared-memory files hold the same data as the database file.
  for (const f of [file, `${file}-wal`, `${file}-shm`]) secureFile(f);
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return { db: new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(raw) }) }), raw, file };
}

const STATEMENT_CACHE = 256;
const CACHEABLE_SQL = 4000;

/**
 * kysely's SQLite driver prepares every statement anew on every query; preparing cost more than
 * running the hot reads (session, form), so prepared statements are kept by SQL text (LRU). Reuse
 * is safe: better-sqlite3 runs a statement to completion synchronously, under kysely's mutex.
 */
export function cachedStatements(raw: SQLite.Database): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      if (sql.length > CACHEABLE_SQL) return raw.prepare(sql);
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = raw.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      raw.close();
    },
  };
}

/** Open (and by default migrate) the database the options name. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  let database: Database;
  if (opts.databaseUrl) {
    const schema = opts.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
    if (schema) {
      const admin = new pg.Client({ connectionString: opts.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 8,
      types: pgTypes,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    database = { db, dialect: 'postgres', close: () => db.destroy() };
  } else {
    const { db, file } = openSqlite(opts.dataDir ?? './data');
    database = { db, dialect: 'sqlite', file, close: () => db.destroy() };
  }
  if (opts.migrate !== false) {
    try {
      await migrate(database);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

/** The schema PostgreSQL resolves unqualified names in (for the migration table). */
export async function currentSchema(db: Kysely<DB>): Promise<string> {
  const r = await sql<{ s: string }>`select current_schema() as s`.execute(db);
  return r.rows[0].s;
}

/**
 * Consistent backups. SQLite: the online backup API (a consistent snapshot while the server runs).
 * PostgreSQL: a JSON document with every table's rows ({format, createdAt, tables: {name: rows}});
 * for large installations prefer pg_dump.
 */
import { writeFileSync } from 'node:fs';
import { secureFile } from './db/connect';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase } from './db/connect';

export interface BackupOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema (default: the connection's search_path). */
  schema?: string;
  out: string;
}

// The rollups are derived from forms and form_rules but dumped too, so a restore needs no rebuild.
export const BACKUP_TABLES = ['orgs', 'users', 'forms', 'form_versions', 'form_rules', 'form_rollup', 'form_rule_rollup', 'comments', 'audit', 'tasks', 'plan_forms', 'plan_versions', 'library_entries', 'kysely_migration'] as const;

/** Write a backup to `out`; returns what was written. */
export async function backup(opts: BackupOptions): Promise<{ out: string; kind: 'sqlite' | 'json'; rows?: number }> {
  if (!opts.databaseUrl) {
    const raw = new SQLite(join(opts.dataDir ?? './data', 'jixiao.sqlite'), { fileMustExist: true });
    try {
      await raw.backup(opts.out);
    } finally {
      raw.close();
    }
    secureFile(opts.out);
    return { out: opts.out, kind: 'sqlite' };
  }
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, schema: opts.schema, migrate: false });
  try {
    // One repeatable-read transaction: every table from the same snapshot.
    const tables = await database.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      const out: Record<string, unknown[]> = {};
      for (const t of BACKUP_TABLES) out[t] = await trx.selectFrom(t as 'orgs').selectAll().execute();
      return out;
    });
    const rows = Object.values(tables).reduce((n, r) => n + r.length, 0);
    writeFileSync(opts.out, JSON.stringify({ format: 'jixiao-backup', version: 1, createdAt: new Date().toISOString(), tables }), { mode: 0o600 });
    secureFile(opts.out);
    return { out: opts.out, kind: 'json', rows };
  } finally {
    await database.close();
  }
}

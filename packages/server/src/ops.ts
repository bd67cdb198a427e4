/**
 * Operator commands run beside (or instead of) the server, on the same database: reset a lost
 * password, restore a backup. The CLI's `jixiao admin reset-password` and `jixiao restore` call these.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase, SQLITE_FILE, secureFile } from './db/connect';
import { hashPassword, randomPassword } from './auth/password';
import { deleteUserSessions } from './auth/sessions';
import { audit } from './commands/audit';
import { BACKUP_TABLES, evidenceDirOf, restoreEvidence } from './backup';

export interface StoreOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema (tests); default the connection's. */
  schema?: string;
  /** Where the evidence files go (default: `evidence` in the data directory). */
  evidenceDir?: string;
}

/**
 * Give a user a new random password, which they must change at their next login; every session of
 * theirs ends. Returns the password (to hand over), or null when there is no such user.
 */
export async function resetPassword(opts: StoreOptions & { username: string }): Promise<string | null> {
  const database = await openDatabase({ dataDir: opts.dataDir ?? './data', databaseUrl: opts.databaseUrl, schema: opts.schema });
  try {
    const user = await database.db.selectFrom('users').select(['id']).where('username', '=', opts.username).executeTakeFirst();
    if (!user) return null;
    const password = randomPassword();
    const hash = await hashPassword(password);
    await database.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ password_hash: hash, must_change_password: 1 }).where('id', '=', user.id).execute();
      await deleteUserSessions(trx, user.id);
      // The user's login counters too: the new password should work at once.
      const name = JSON.stringify(opts.username.toLowerCase());
      const keys = (await trx.selectFrom('throttle').select('key').where('key', 'like', 'p:%').execute()).map((r) => r.key).filter((k) => k.endsWith(`:${name}`));
      await trx.deleteFrom('throttle').where('key', 'in', [`u:${name}`, ...keys]).execute();
      await audit(trx, { userId: null, action: 'user.password.reset', detail: { id: user.id, username: opts.username, by: 'cli' } });
    });
    return password;
  } finally {
    await database.close();
  }
}

/** Rows of the tables in the order foreign keys allow inserting them. */
const INSERT_ORDER = ['orgs', 'users', 'forms', 'form_versions', 'form_rules', 'form_rollup', 'form_rule_rollup', 'comments', 'audit', 'evidence_blobs', 'evidence', 'samples', 'sample_items', 'panel_assignments', 'rectification_items', 'rectification_events'] as const;

/**
 * Restore a backup made by `backup`. SQLite: the copy replaces the database file (the server must
 * be stopped). PostgreSQL: the JSON document's rows replace every table's, in one transaction, and
 * the id sequences continue after the largest id. Refuses a store that holds forms unless `force`.
 */
export async function restore(opts: StoreOptions & { from: string; force?: boolean }): Promise<{ kind: 'sqlite' | 'json'; rows?: number; evidenceFiles: number }> {
  if (!opts.databaseUrl) {
    const dataDir = opts.dataDir ?? './data';
    const check = new SQLite(opts.from, { readonly: true, fileMustExist: true });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`${opts.from}: the copy fails SQLite's integrity check`);
      check.prepare('select count(*) from forms').get();
    } finally {
      check.close();
    }
    const file = join(dataDir, SQLITE_FILE);
    if (existsSync(file) && !opts.force) {
      const current = new SQLite(file, { readonly: true });
      const hasForms = current.prepare("select 1 from sqlite_master where type = 'table' and name = 'forms'").get();
      const n = hasForms ? (current.prepare('select count(*) as n from forms').get() as { n: number }).n : 0;
      current.close();
      if (n > 0) throw new Error(`${file} holds ${n} forms; restore over it only with --force`);
    }
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    copyFileSync(opts.from, file);
    secureFile(file);
    // Migrations the copy predates run now.
    (await openDatabase({ dataDir })).close();
    return { kind: 'sqlite', evidenceFiles: restoreEvidence(opts.from, evidenceDirOf(opts)) };
  }
  const dump = JSON.parse(readFileSync(opts.from, 'utf8')) as { format?: string; tables?: Record<string, Record<string, unknown>[]> };
  if (dump.format !== 'jixiao-backup' || !dump.tables) throw new Error(`${opts.from}: not a jixiao backup`);
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, schema: opts.schema });
  try {
    const db = database.db;
    const n = Number((await db.selectFrom('forms').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    if (n > 0 && !opts.force) throw new Error(`the database holds ${n} forms; restore over it only with --force`);
    let rows = 0;
    await db.transaction().execute(async (trx) => {
      for (const t of ['sessions', 'devices', 'throttle', ...[...INSERT_ORDER].reverse()]) await trx.deleteFrom(t as 'orgs').execute();
      for (const t of INSERT_ORDER) {
        const list = dump.tables![t] ?? [];
        for (let i = 0; i < list.length; i += 500) await trx.insertInto(t as 'orgs').values(list.slice(i, i + 500) as never).execute();
        rows += list.length;
      }
      for (const t of ['orgs', 'users', 'forms', 'comments', 'audit', 'evidence', 'samples', 'sample_items', 'panel_assignments', 'rectification_items', 'rectification_events'])
        await sql`select setval(pg_get_serial_sequence(${t}, 'id'), coalesce((select max(id) from ${sql.table(t)}), 0) + 1, false)`.execute(trx);
    });
    return { kind: 'json', rows, evidenceFiles: restoreEvidence(opts.from, evidenceDirOf(opts)) };
  } finally {
    await database.close();
  }
}


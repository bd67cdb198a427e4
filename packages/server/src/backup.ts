/**
 * Consistent backups. SQLite: the online backup API (a consistent snapshot while the server runs).
 * PostgreSQL: a JSON document with every table's rows ({format, createdAt, tables: {name: rows}});
 * for large installations prefer pg_dump.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { secureFile } from './db/connect';
import { join, resolve } from 'node:path';
import { BlobStore, sha256 } from './evidence/store';
import SQLite from 'better-sqlite3';
import { openDatabase } from './db/connect';

export interface BackupOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema (default: the connection's search_path). */
  schema?: string;
  /** Where the evidence files are (default: `evidence` in the data directory, as the server's). */
  evidenceDir?: string;
  out: string;
}

/** Evidence files go beside the backup, in the same content-addressed layout: `<out>.evidence/`. */
export const evidenceBackupDir = (out: string) => `${out}.evidence`;

/** The evidence directory of a store, as the server resolves it. */
export function evidenceDirOf(opts: { dataDir?: string; evidenceDir?: string }): string {
  return opts.evidenceDir ?? resolve(opts.dataDir ?? './data', 'evidence');
}

/**
 * Copy the files the backed-up rows name (not whatever else is in the directory) beside the backup.
 * A file removed between the snapshot and the copy is reported as missing, not silently skipped.
 */
function copyEvidence(hashes: string[], from: string, to: string): { files: number; missing: string[] } {
  const src = new BlobStore(from);
  const dst = new BlobStore(to);
  const missing: string[] = [];
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const h of hashes) {
    if (!src.has(h)) missing.push(h);
    else if (!dst.has(h)) {
      mkdirSync(join(to, h.slice(0, 2)), { recursive: true, mode: 0o700 });
      copyFileSync(src.path(h), dst.path(h));
      secureFile(dst.path(h));
    }
  }
  return { files: hashes.length - missing.length, missing };
}

/**
 * Put a backup's evidence files into the store's directory, each checked against its name's hash
 * (a damaged copy is refused rather than served later as the original). Returns how many.
 */
export function restoreEvidence(from: string, to: string): number {
  const dir = evidenceBackupDir(from);
  if (!existsSync(dir)) return 0;
  const dst = new BlobStore(to);
  let n = 0;
  for (const sub of readdirSync(dir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const f of readdirSync(join(dir, sub))) {
      if (!/^[0-9a-f]{64}$/.test(f)) continue;
      const bytes = readFileSync(join(dir, sub, f));
      if (sha256(bytes) !== f) throw new Error(`${join(dir, sub, f)}: the file does not match its hash`);
      dst.put(bytes, f);
      n++;
    }
  }
  return n;
}

// The rollups are derived from forms and form_rules but dumped too, so a restore needs no rebuild.
export const BACKUP_TABLES = ['orgs', 'users', 'forms', 'form_versions', 'form_rules', 'form_rollup', 'form_rule_rollup', 'comments', 'audit', 'tasks', 'plan_forms', 'plan_versions', 'library_entries', 'evidence_blobs', 'evidence', 'samples', 'sample_items', 'panel_assignments', 'rectification_items', 'rectification_events', 'kysely_migration'] as const;

/** Write a backup to `out`; returns what was written. */
export async function backup(opts: BackupOptions): Promise<{ out: string; kind: 'sqlite' | 'json'; rows?: number; evidence: { dir: string; files: number; missing: string[] } }> {
  const evidenceFrom = evidenceDirOf(opts);
  const evidenceTo = evidenceBackupDir(opts.out);
  if (!opts.databaseUrl) {
    const raw = new SQLite(join(opts.dataDir ?? './data', 'jixiao.sqlite'), { fileMustExist: true });
    try {
      await raw.backup(opts.out);
    } finally {
      raw.close();
    }
    secureFile(opts.out);
    // The files the copy's rows name: read from the copy, so they match its snapshot.
    const copy = new SQLite(opts.out, { readonly: true });
    let hashes: string[] = [];
    try {
      const has = copy.prepare("select 1 from sqlite_master where type = 'table' and name = 'evidence_blobs'").get();
      if (has) hashes = (copy.prepare('select sha256 from evidence_blobs').all() as { sha256: string }[]).map((r) => r.sha256);
    } finally {
      copy.close();
    }
    return { out: opts.out, kind: 'sqlite', evidence: { dir: evidenceTo, ...copyEvidence(hashes, evidenceFrom, evidenceTo) } };
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
    const hashes = (tables.evidence_blobs as { sha256: string }[]).map((r) => r.sha256);
    return { out: opts.out, kind: 'json', rows, evidence: { dir: evidenceTo, ...copyEvidence(hashes, evidenceFrom, evidenceTo) } };
  } finally {
    await database.close();
  }
}

/** Runs pending migrations with kysely's migrator; called on every start. */
import { Migrator, type Migration } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import { currentSchema, type Database } from './connect';

/**
 * Apply every migration not yet applied, in name order (or only up to the one named `to`, which a
 * test of a data-moving migration needs); throws if one fails (start must stop).
 */
export async function migrate(database: Database, opts: { to?: string } = {}): Promise<string[]> {
  const { db, dialect } = database;
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(MIGRATIONS)) {
    migrations[name] = { up: (d) => step.up(d, dialect) };
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(dialect === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const { error, results } = opts.to === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(opts.to);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

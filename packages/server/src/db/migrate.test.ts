import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, freshDb } from '../../test/dbs';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations/index';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('creates every table, records each migration, and is a no-op the second time', async () => {
    const t = await freshDb(dialect);
    try {
      const tables = (await t.database.db.introspection.getTables()).map((x) => x.name);
      for (const name of ['orgs', 'users', 'sessions', 'forms', 'form_versions', 'form_rules', 'comments', 'audit'])
        expect(tables).toContain(name);
      const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.database.db);
      expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
      expect(await migrate(t.database)).toEqual([]);
    } finally {
      await t.drop();
    }
  });
});

/** Backups: a consistent SQLite copy that opens and holds the data; a JSON dump of PostgreSQL. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from './dbs';
import { setupApi } from './harness';
import { backup } from '../src/index';

const out = mkdtempSync(join(tmpdir(), 'jx-backup-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(DIALECTS)('backup on %s', (dialect) => {
  it('writes a consistent copy with every table’s rows', async () => {
    const api = await setupApi(dialect);
    try {
      const unit = await api.login('unit1');
      const f = await api.createAs(unit);
      if (dialect === 'sqlite') {
        const file = join(out, 'copy.sqlite');
        const r = await backup({ dataDir: api.t.options.dataDir, out: file });
        expect(r.kind).toBe('sqlite');
        const copy = new SQLite(file, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const row = copy.prepare('select project_name, version from forms where id = ?').get(f.id) as { project_name: string; version: number };
        expect(row).toEqual({ project_name: f.projectName, version: 1 });
        copy.close();
      } else {
        const file = join(out, 'dump.json');
        const r = await backup({ databaseUrl: api.t.options.databaseUrl, schema: api.t.options.schema, out: file });
        expect(r.kind).toBe('json');
        const dump = JSON.parse(readFileSync(file, 'utf8'));
        expect(dump.format).toBe('jixiao-backup');
        expect(dump.tables.forms.map((x: { id: number }) => x.id)).toEqual([f.id]);
        expect(dump.tables.users.length).toBeGreaterThan(5);
        expect(dump.tables.form_rollup.map((x: { n: number }) => Number(x.n))).toEqual([1]);
        expect(dump.tables.kysely_migration.length).toBeGreaterThan(5);
        expect(existsSync(file)).toBe(true);
      }
    } finally {
      await api.drop();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
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

  it('keeps a stored finance review when review/review_total become finance_review/finance_review_total', async () => {
    const t = await freshDb(dialect, { migrate: false });
    try {
      await migrate(t.database, { to: '20261127_016_index_forms_gap_covering' });
      // Written as the columns were named before (an untyped view of the database).
      const old = t.database.db as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const now = new Date().toISOString();
      const { id: orgId } = await old.insertInto('orgs').values({ name: '某单位', kind: 'unit', parent_id: null, created_at: now }).returning('id').executeTakeFirstOrThrow();
      const review = JSON.stringify({ scores: { 0: { score: 1.5, reason: '佐证不足' } }, comment: '抽查复核', total: 88.5, by: 1, at: now });
      await old.insertInto('forms').values({
        org_id: orgId, version: 5, status: 'finance_reviewed', year: 2020, project_name: 'p', department: 'd', implementer: 'i', template: 't',
        evaluation: '{}', scored: '{}', findings: '[]', review, funds_unit: '万元', findings_error: 0, findings_warning: 0, findings_info: 0,
        review_total: 88.5, created_at: now, updated_at: now,
      }).execute();
      // Up to 017 only: later migrations are not this test's subject.
      expect(await migrate(t.database, { to: '20261127_017_forms_finance_review' })).toEqual(['20261127_017_forms_finance_review']);
      const row = await t.database.db.selectFrom('forms').select(['finance_review', 'finance_review_total']).executeTakeFirstOrThrow();
      expect(row).toEqual({ finance_review: review, finance_review_total: 88.5 });
      const columns = (await t.database.db.introspection.getTables()).find((x) => x.name === 'forms')!.columns.map((c) => c.name);
      expect(columns).not.toContain('review');
      expect(columns).not.toContain('review_total');
    } finally {
      await t.drop();
    }
  });
});

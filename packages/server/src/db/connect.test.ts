/** The SQLite statement cache: one prepared statement per SQL text, bounded, and results unchanged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { cachedStatements } from './connect';

describe('cachedStatements', () => {
  it('reuses a statement for the same SQL, evicts the least recently used past 256, and still answers right', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jx-stmt-'));
    const raw = new SQLite(join(dir, 'x.sqlite'));
    const db = cachedStatements(raw);
    try {
      db.prepare('create table t (a integer)').run();
      const ins = db.prepare('insert into t (a) values (?)');
      for (let i = 0; i < 5; i++) expect(db.prepare('insert into t (a) values (?)')).toBe(ins);
      ins.run(7);
      ins.run(8);
      const sum = db.prepare('select sum(a) as s from t');
      expect(sum.all()).toEqual([{ s: 15 }]);
      for (let i = 0; i < 300; i++) db.prepare(`select ${i} as n`);
      expect(db.prepare('select sum(a) as s from t')).not.toBe(sum);
      expect(db.prepare('select sum(a) as s from t').all()).toEqual([{ s: 15 }]);
      expect(db.prepare('select 299 as n')).toBe(db.prepare('select 299 as n'));
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

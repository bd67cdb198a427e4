/**
 * Operations (issue 13, item 7): the first-run admin password must be changed at first login; a
 * lost password is reset from the command line; data files and backups are the owner's only; a
 * backup of either database restores.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from './dbs';
import { Client, setupApi } from './harness';
import { createApp } from '../src/app';
import { makeContext } from '../src/context';
import { ensureAdmin } from '../src/seed/bootstrap';
import { backup, resetPassword, restore } from '../src/index';

const out = mkdtempSync(join(tmpdir(), 'jx-ops-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const mode = (f: string) => statSync(f).mode & 0o777;

describe('first-run admin', () => {
  it('must change the printed password before doing anything else', async () => {
    const t = await freshDb('sqlite');
    const ctx = makeContext(t.database);
    try {
      const pw = (await ensureAdmin(t.database.db))!;
      const c = new Client(createApp(ctx).app);
      const r = await c.post('/api/login', { username: 'admin', password: pw });
      expect(r.status).toBe(200);
      expect(r.body.mustChangePassword).toBe(true);
      c.csrf = r.body.csrfToken;
      const blocked = await c.get('/api/users');
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('password-change-required');
      expect((await c.post('/api/orgs', { name: '财政局', kind: 'finance', parentId: null })).body.error.code).toBe('password-change-required');
      expect((await c.get('/api/session')).body.mustChangePassword).toBe(true);
      expect((await c.post('/api/password', { current: pw, next: pw })).status).toBe(400);
      expect((await c.post('/api/password', { current: pw, next: 'a-new-admin-pass' })).status).toBe(204);
      expect((await c.get('/api/users')).status).toBe(200);
      expect((await c.get('/api/session')).body.mustChangePassword).toBe(false);
    } finally {
      await ctx.jobs.close();
      await t.drop();
    }
  });
});

describe.each(DIALECTS)('operations on %s', (dialect) => {
  it('resets a lost password: the old one and every session end, the new one must be changed', async () => {
    const api = await setupApi(dialect);
    try {
      const before = await api.login('unit1');
      const pw = await resetPassword({ ...api.t.options, username: 'unit1' });
      expect(pw).toMatch(/^[A-Za-z0-9]{16}$/);
      expect(await resetPassword({ ...api.t.options, username: 'nobody' })).toBeNull();
      expect((await before.get('/api/session')).status).toBe(401);
      expect((await api.anon().post('/api/login', { username: 'unit1', password: 'demo1234' })).status).toBe(401);
      const c = await api.login('unit1', pw!);
      expect((await c.get('/api/forms')).body.error.code).toBe('password-change-required');
      const audit = await api.t.database.db.selectFrom('audit').select('action').where('action', '=', 'user.password.reset').execute();
      expect(audit).toHaveLength(1);
    } finally {
      await api.drop();
    }
  });

  it('restores a backup: the forms as they were, and new forms continue after them', async () => {
    const api = await setupApi(dialect);
    const target = await freshDb(dialect, { migrate: false });
    try {
      const unit = await api.login('unit1');
      const a = await api.createAs(unit);
      const file = join(out, `backup-${dialect}.${dialect === 'sqlite' ? 'sqlite' : 'json'}`);
      await backup({ ...api.t.options, out: file });
      expect(mode(file)).toBe(0o600);
      await target.database.close();
      const r = await restore({ ...target.options, from: file });
      expect(r.kind).toBe(dialect === 'sqlite' ? 'sqlite' : 'json');
      // A store that holds forms is not overwritten without force.
      await expect(restore({ ...target.options, from: file })).rejects.toThrow(/force/);
      const restored = await setupRestored(target.options);
      try {
        const c = new Client(restored.app);
        const login = await c.post('/api/login', { username: 'unit1', password: 'demo1234' });
        expect(login.status).toBe(200);
        c.csrf = login.body.csrfToken;
        const got = await c.get(`/api/forms/${a.id}`);
        expect(got.status).toBe(200);
        expect(got.body.evaluation.projectName).toBe(a.projectName);
        const b = await c.post('/api/forms', { evaluation: got.body.evaluation });
        expect(b.status).toBe(201);
        expect(b.body.id).toBeGreaterThan(a.id);
        const stats = await c.get('/api/stats');
        expect(stats.status).toBe(200);
      } finally {
        await restored.close();
      }
    } finally {
      await api.drop();
      if (dialect === 'sqlite') rmSync(target.options.dataDir!, { recursive: true, force: true });
      else await target.drop().catch(() => undefined);
    }
  });
});

describe('file permissions', () => {
  it('keeps the SQLite database, its WAL and shared-memory files, and backups readable by the owner only', async () => {
    const api = await setupApi('sqlite');
    try {
      await api.createAs(await api.login('unit1'));
      const file = api.t.database.file!;
      for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) expect(mode(f), f).toBe(0o600);
      expect(mode(api.t.options.dataDir!)).toBe(0o700);
    } finally {
      await api.drop();
    }
  });
});

async function setupRestored(options: { dataDir?: string; databaseUrl?: string; schema?: string }) {
  const { openDatabase } = await import('../src/db/connect');
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, schema: options.schema });
  const ctx = makeContext(database);
  return {
    app: createApp(ctx).app,
    async close() {
      await ctx.jobs.close();
      await database.close();
    },
  };
}

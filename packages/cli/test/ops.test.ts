/** `jixiao admin reset-password` and `jixiao restore` on a SQLite data folder (the server's own tests cover PostgreSQL). */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@jixiao/server';
import { run } from '../src/main';
import { captureIo } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao admin and restore', () => {
  it('resets a password and prints the new one once; an unknown user is exit 2', async () => {
    const data = join(dir, 'data');
    (await openDatabase({ dataDir: data })).close();
    const io0 = captureIo();
    expect(await run(['admin', 'reset-password', 'nobody', '--data', data, '--lang', 'en'], io0)).toBe(2);
    expect(io0.stderr).toContain('no user nobody');
    const { ensureAdmin } = await import('../../server/src/seed/bootstrap');
    const db = await openDatabase({ dataDir: data });
    await ensureAdmin(db.db);
    await db.close();
    const io = captureIo();
    expect(await run(['admin', 'reset-password', 'admin', '--data', data, '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toMatch(/new password of admin: [A-Za-z0-9]{16} /);
    expect(await run(['admin', 'frobnicate'], captureIo())).toBe(2);
  });

  it('backs up and restores a data folder; the backup is the owner’s only', async () => {
    const data = join(dir, 'data');
    const file = join(dir, 'copy.sqlite');
    const b = captureIo();
    expect(await run(['backup', '--data', data, '--out', file], b), b.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const target = join(dir, 'restored');
    const io = captureIo();
    expect(await run(['restore', file, '--data', target, '--lang', 'en'], io), io.stderr).toBe(0);
    expect(io.stdout).toContain('restored from');
    const db = await openDatabase({ dataDir: target });
    expect((await db.db.selectFrom('users').select('username').execute()).map((u) => u.username)).toEqual(['admin']);
    await db.close();
    expect(await run(['restore', join(dir, 'missing.sqlite'), '--data', target], captureIo())).toBe(2);
  });
});

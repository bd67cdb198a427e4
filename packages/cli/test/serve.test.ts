import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main';
import { captureIo } from './helpers';

const bin = new URL('../bin/jixiao.js', import.meta.url).pathname;

/** Start `jixiao serve` as a process and resolve with its URL once it says it is running. */
function serve(args: string[]): Promise<{ url: string; stop(): Promise<number | null>; output: () => string }> {
  const p = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 60_000);
    p.stdout.on('data', () => {
      const m = /(http:\/\/[\d.]+:\d+)/.exec(out);
      if (m && /已启动|running/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          output: () => out,
          stop: () => new Promise((done) => { p.once('exit', (code) => done(code)); p.kill('SIGTERM'); }),
        });
      }
    });
    p.once('exit', () => reject(new Error(`serve exited:\n${out}`)));
  });
}

describe('jixiao serve and backup', () => {
  it('serves the API on the chosen data folder, prints the admin password once, stops on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'jixiao-serve-'));
    const s = await serve(['--data', data]);
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    // No default password: the first start creates admin with a random one, printed once.
    const password = /user admin with password (\S+) — shown once/.exec(s.output())?.[1];
    expect(password).toBeDefined();
    const login = await fetch(`${s.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
    expect(login.status).toBe(200);
    expect(await s.stop()).toBe(0);

    const out = join(data, 'copy.sqlite');
    const io = captureIo();
    expect(await run(['backup', '--data', data, '--out', out], io)).toBe(0);
    expect(readFileSync(out).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 120_000);

  it('backup of a folder without a database is exit 2 with a clear reason', async () => {
    const io = captureIo();
    expect(await run(['backup', '--data', join(tmpdir(), 'no-such-jixiao-data'), '--out', '/tmp/x.sqlite'], io)).toBe(2);
    expect(io.stderr).toContain('no-such-jixiao-data');
  });

  it('rejects a bad port', async () => {
    const io = captureIo();
    expect(await run(['serve', '--port', 'abc'], io)).toBe(2);
  });
});

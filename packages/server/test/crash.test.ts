/**
 * Crash safety on SQLite: run the real server process (main.ts), write over HTTP from several
 * clients, SIGKILL it mid-load, then check the file (PRAGMA integrity_check) and that every
 * write the server acknowledged is there after a restart.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { seedForm1 } from './harness';
import { startServer } from './serve-process';


function start(dataDir: string, port: number): Promise<{ proc: ChildProcess; url: string }> {
  return startServer(['--port', String(port), '--data', dataDir, '--demo']);
}

async function login(url: string) {
  const r = await fetch(`${url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'unit1', password: 'demo1234' }) });
  const cookie = /jx_session=[^;]+/.exec(r.headers.get('set-cookie')!)![0];
  const { csrfToken } = await r.json();
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
}

interface Ack {
  id: number;
  version: number;
  projectName: string;
}

describe('crash safety (SQLite, SIGKILL mid-load)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jx-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write and an intact database', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const first = await start(dataDir, port);
    const headers = await login(first.url);
    const acks: Ack[] = [];
    let killed = false;
    // Six writers: each creates a form, then edits it again and again, naming the version.
    const writer = async (w: number) => {
      let form: { id: number; version: number; evaluation: object } | null = null;
      for (let i = 0; !killed; i++) {
        try {
          if (!form) {
            const r = await fetch(`${first.url}/api/forms`, { method: 'POST', headers, body: JSON.stringify({ evaluation: { ...seedForm1(), projectName: `w${w}-0` } }) });
            if (r.status !== 201) throw new Error(String(r.status));
            form = (await r.json()) as { id: number; version: number; evaluation: object };
            acks.push({ id: form!.id, version: 1, projectName: `w${w}-0` });
          } else {
            const name = `w${w}-${i}`;
            const r: Response = await fetch(`${first.url}/api/forms/${form.id}`, { method: 'PUT', headers, body: JSON.stringify({ version: form.version, evaluation: { ...form.evaluation, projectName: name } }) });
            if (r.status !== 200) throw new Error(String(r.status));
            const body = (await r.json()) as { version: number };
            form = { id: form.id, evaluation: form.evaluation, version: body.version };
            acks.push({ id: form.id, version: body.version, projectName: name });
          }
        } catch {
          return; // the server died under us: this write was not acknowledged
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
    // Kill mid-load once the writers are well under way (a fixed delay gave too few writes on a busy machine).
    for (const t0 = Date.now(); acks.length <= 30 && Date.now() - t0 < 60_000; ) await new Promise((r) => setTimeout(r, 50));
    first.proc.kill('SIGKILL');
    killed = true;
    await load;
    await new Promise((r) => first.proc.exitCode !== null || first.proc.signalCode !== null ? r(null) : first.proc.once('exit', r));
    expect(acks.length).toBeGreaterThan(20);

    // The file as the crash left it (WAL and all): SQLite recovers it on open.
    const raw = new SQLite(join(dataDir, 'jixiao.sqlite'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const second = await start(dataDir, port + 1);
    try {
      const h = await login(second.url);
      for (const ack of acks) {
        const r = await fetch(`${second.url}/api/forms/${ack.id}/versions/${ack.version}`, { headers: h });
        expect(r.status, `form ${ack.id} v${ack.version}`).toBe(200);
        expect((await r.json()).evaluation.projectName).toBe(ack.projectName);
      }
      const last = new Map<number, number>();
      for (const a of acks) last.set(a.id, Math.max(last.get(a.id) ?? 0, a.version));
      for (const [id, v] of last) {
        const f = await (await fetch(`${second.url}/api/forms/${id}`, { headers: h })).json();
        // The last acknowledged version, or one more whose reply the kill cut off.
        expect([v, v + 1]).toContain(f.version);
      }
    } finally {
      second.proc.kill('SIGTERM');
      await new Promise((r) => second.proc.once('exit', r));
    }
  }, 180_000);
});

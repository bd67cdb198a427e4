/**
 * `npm run bench -- load`: 200 simulated users against the real server process(es) for 60 s —
 * unit editors listing, reading, editing and re-scoring their own forms, reviewers listing, reading
 * statistics and re-scoring, visitors reading the public page — on SQLite, on PostgreSQL, and on
 * two processes sharing one PostgreSQL (users alternate between them). Then /api/health is polled
 * while 18 MB imports run. Prints requests per second, p50/p99 per route and the error count.
 * JIXIAO_BENCH_SHORT=1 (or CI=true) runs 5 s phases with 40 users; JIXIAO_LOAD_SECONDS and
 * JIXIAO_LOAD_USERS override. PostgreSQL phases need JIXIAO_TEST_DATABASE_URL (or DATABASE_URL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../packages/server/src/db/connect';
import { seedDemo } from '../packages/server/src/seed/demo';
import { seedForm1 } from '../packages/core/src/testing/seed-forms';
import type { BenchRow } from './types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHORT = process.env.JIXIAO_BENCH_SHORT === '1' || process.env.CI === 'true';
const SECONDS = Number(process.env.JIXIAO_LOAD_SECONDS ?? (SHORT ? 5 : 60));
const USERS = Number(process.env.JIXIAO_LOAD_USERS ?? (SHORT ? 40 : 200));
const PG_URL = process.env.JIXIAO_TEST_DATABASE_URL ?? process.env.DATABASE_URL;

type Server = { proc: ChildProcess; url: string };

function start(args: string[]): Promise<Server> {
  const proc = spawn(process.execPath, ['bin/tsx.js', 'packages/server/src/main.ts', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.stderr!.on('data', (d) => (out += d));
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

const stop = (s: Server) => new Promise<void>((done) => { s.proc.once('exit', () => done()); s.proc.kill('SIGTERM'); });

class Stats {
  readonly times = new Map<string, number[]>();
  errors = 0;
  readonly errorSamples: string[] = [];
  add(route: string, ms: number, ok: boolean, detail: string) {
    let l = this.times.get(route);
    if (!l) this.times.set(route, (l = []));
    l.push(ms);
    if (!ok) {
      this.errors++;
      if (this.errorSamples.length < 5) this.errorSamples.push(`${route}: ${detail}`);
    }
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/** One simulated user: a session on one of the servers, looping over its role's requests until the deadline. */
class User {
  cookie = '';
  csrf = '';
  formId = 0;
  version = 0;
  constructor(readonly base: string, readonly username: string, readonly stats: Stats) {}

  async call(route: string, method: string, path: string, body?: unknown, expect = [200]): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const t = performance.now();
    let status = 0;
    let parsed: unknown = null;
    try {
      const r = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      status = r.status;
      const set = r.headers.get('set-cookie');
      const m = set && /jx_session=([^;]+)/.exec(set);
      if (m) this.cookie = `jx_session=${m[1]}`;
      const text = await r.text();
      parsed = text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    } catch (e) {
      parsed = String(e);
    }
    this.stats.add(route, performance.now() - t, expect.includes(status), `${status} ${JSON.stringify(parsed).slice(0, 160)}`);
    return { status, body: parsed };
  }

  async login() {
    const r = await this.call('POST /api/login', 'POST', '/api/login', { username: this.username, password: 'demo1234' });
    this.csrf = r.body.csrfToken;
  }

  async loop(deadline: number) {
    const unit = this.username.startsWith('unit');
    if (unit) {
      const f = await this.call('POST /api/forms', 'POST', '/api/forms', { evaluation: seedForm1() }, [201]);
      this.formId = f.body.id;
      this.version = f.body.version;
    }
    let i = 0;
    while (Date.now() < deadline) {
      i++;
      if (this.username === 'public') {
        await this.call('GET /api/public/forms', 'GET', '/api/public/forms?pageSize=20');
      } else if (unit) {
        if (i % 4 === 0) {
          const ev = seedForm1();
          ev.goals.actual = `第 ${i} 次修改`;
          const r = await this.call('PUT /api/forms/:id', 'PUT', `/api/forms/${this.formId}`, { evaluation: ev, version: this.version });
          this.version = r.body?.version ?? this.version;
        } else if (i % 4 === 1) await this.call('GET /api/forms/:id', 'GET', `/api/forms/${this.formId}`);
        else if (i % 4 === 2) await this.call('POST /api/score', 'POST', '/api/score', { evaluation: seedForm1() });
        else await this.call('GET /api/forms', 'GET', '/api/forms?pageSize=20');
      } else {
        if (i % 3 === 0) await this.call('GET /api/stats', 'GET', '/api/stats');
        else if (i % 3 === 1) await this.call('GET /api/forms', 'GET', '/api/forms?pageSize=20');
        else await this.call('POST /api/score', 'POST', '/api/score', { evaluation: seedForm1() });
      }
    }
  }
}

const ROLES = ['unit1', 'unit2', 'unit3', 'unit1', 'unit2', 'dept1', 'dept2', 'finance1', 'public', 'public'];

async function phase(name: string, bases: string[]): Promise<BenchRow[]> {
  const stats = new Stats();
  const users = Array.from({ length: USERS }, (_, i) => new User(bases[i % bases.length], ROLES[i % ROLES.length], stats));
  // Logins one after another: concurrent logins of one account from one address share its throttle.
  for (const u of users) if (u.username !== 'public') await u.login();
  stats.times.clear();
  const t0 = Date.now();
  await Promise.all(users.map((u) => u.loop(t0 + SECONDS * 1000)));
  const secs = (Date.now() - t0) / 1000;
  const all = [...stats.times.values()].flat().sort((a, b) => a - b);
  const rows: BenchRow[] = [
    { name: '', perSecond: 0, line: `\n### ${name}: ${USERS} users, ${SECONDS} s — ${Math.round(all.length / secs)} req/s, p50 ${pct(all, 50).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms, errors ${stats.errors}` },
    { name: '', perSecond: 0, line: '\n| route | requests | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|' },
  ];
  for (const [route, l] of [...stats.times].sort()) {
    l.sort((a, b) => a - b);
    rows.push({ name: '', perSecond: 0, line: `| ${route} | ${l.length} | ${Math.round(l.length / secs)} | ${pct(l, 50).toFixed(1)} | ${pct(l, 99).toFixed(1)} |` });
  }
  for (const e of stats.errorSamples) rows.push({ name: '', perSecond: 0, line: `- error: ${e}` });
  return rows;
}

/** /api/health polled every 20 ms while an 18 MB import runs (repeated for the phase's length). */
async function healthDuringImport(base: string): Promise<BenchRow[]> {
  const u = new User(base, 'unit1', new Stats());
  await u.login();
  const seed = readFileSync(join(ROOT, 'examples/seed-2020.txt'));
  const files: [string, Uint8Array][] = [
    ['18 MB of "|"', new TextEncoder().encode('|'.repeat(18 * 1024 * 1024))],
    ['18 MB of seed forms', new Uint8Array(Buffer.concat(Array.from({ length: Math.ceil((18 * 1024 * 1024) / seed.length) }, () => seed)).subarray(0, 18 * 1024 * 1024))],
  ];
  const rows: BenchRow[] = [];
  for (const [label, bytes] of files) {
    const health: number[] = [];
    let running = true;
    const poll = (async () => {
      while (running) {
        const t = performance.now();
        await fetch(`${base}/api/health`);
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const fd = new FormData();
    fd.append('files', new File([bytes as Uint8Array<ArrayBuffer>], 'big.txt'));
    const t = performance.now();
    const r = await fetch(`${base}/api/import`, { method: 'POST', headers: { cookie: u.cookie, 'x-csrf-token': u.csrf }, body: fd });
    const took = performance.now() - t;
    const body = await r.text();
    running = false;
    await poll;
    health.sort((a, b) => a - b);
    rows.push({ name: '', perSecond: 0, line: `- health during an import of ${label}: import ${r.status} in ${(took / 1000).toFixed(1)} s (${body.length} bytes answered); health ${health.length} answers, p50 ${pct(health, 50).toFixed(1)} ms, p99 ${pct(health, 99).toFixed(1)} ms, max ${health[health.length - 1].toFixed(1)} ms` });
  }
  return rows;
}

export async function benchLoad(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'jx-load-'));
  try {
    const s = await start(['--data', dataDir, '--demo']);
    try {
      rows.push(...(await phase('SQLite, one process', [s.url])));
      rows.push(...(await healthDuringImport(s.url)));
    } finally {
      await stop(s);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!PG_URL) {
    rows.push({ name: '', perSecond: 0, line: '- PostgreSQL phases skipped: set JIXIAO_TEST_DATABASE_URL' });
    return rows;
  }
  for (const procs of [1, 2]) {
    const schema = `jx_load_${randomBytes(4).toString('hex')}`;
    const database = await openDatabase({ databaseUrl: PG_URL, schema });
    await seedDemo(database.db, join(ROOT, 'examples/seed-2020.txt'));
    await database.close();
    const servers = await Promise.all(Array.from({ length: procs }, () => start(['--database-url', PG_URL, '--schema', schema])));
    try {
      rows.push(...(await phase(procs === 1 ? 'PostgreSQL, one process' : 'PostgreSQL, two processes', servers.map((x) => x.url))));
      if (procs === 2) rows.push(...(await healthDuringImport(servers[0].url)));
    } finally {
      await Promise.all(servers.map(stop));
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  }
  return rows;
}

/**
 * Server throughput with autocannon on 127.0.0.1, all in one run: reads of one form, writes of
 * one form (each connection edits its own form at its current version), and the dashboard
 * statistics query over 100,000 generated forms — each against hono's trivial hello route.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { sql } from 'kysely';
import pg from 'pg';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { emptyEvaluation, type Evaluation, type FormStatus } from '@jixiao/core';
import { openDatabase, startServer } from '../packages/server/src/index';
import { seedDemoPeople } from '../packages/server/src/seed/demo';
import { storedColumns } from '../packages/server/src/commands/store';
import { rebuildRollups } from '../packages/server/src/commands/rollup';
import type { BenchRow } from './types';

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const DURATION = Number(process.env.JIXIAO_BENCH_SECONDS ?? 3);
const CONNECTIONS = 10;
const GENERATED = Number(process.env.JIXIAO_BENCH_FORMS ?? 100_000);
/** PostgreSQL instead of SQLite when set (a fresh schema, dropped afterwards). */
const PG_URL = process.env.JIXIAO_BENCH_DATABASE_URL;
const PG_SCHEMA = `jx_bench_${process.pid}`;
const where = (dataDir: string) => (PG_URL ? { databaseUrl: PG_URL, schema: PG_SCHEMA } : { dataDir });

/** The database's size on disk: the SQLite file, or the PostgreSQL schema's relations. */
async function databaseBytes(dataDir: string): Promise<number> {
  if (!PG_URL) return statSync(join(dataDir, 'jixiao.sqlite')).size;
  const database = await openDatabase({ ...where(dataDir), migrate: false });
  try {
    const r = await sql<{ b: string }>`select coalesce(sum(pg_total_relation_size(c.oid)), 0) as b from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = ${PG_SCHEMA} and c.relkind = 'r'`.execute(database.db);
    return Number(r.rows[0].b);
  } finally {
    await database.close();
  }
}

async function dropSchema(): Promise<void> {
  if (!PG_URL) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
  await c.end();
}

/** A small but real form: funds, goals and three indicators, varied by n. */
function generated(n: number): Evaluation {
  const ev = emptyEvaluation(2019 + (n % 3));
  ev.projectName = `生成项目${n}`;
  ev.department = '昌吉州工业和信息化局';
  ev.implementer = '昌吉州中小企业发展服务中心';
  const budget = (10 + (n % 90)).toString();
  const executed = (10 + ((n * 7) % 90)).toString();
  ev.funds.total = { initial: budget, adjusted: budget, executed, weight: 10, rate: null, score: null };
  ev.goals = { expected: '完成年度目标', actual: '基本完成' };
  ev.indicators = [
    { level1: '产出指标', level2: '数量指标', name: '服务企业数', target: '≥100家', actual: `${60 + (n % 60)}家`, weight: 50, score: 50, deviation: '' },
    { level1: '效益指标', level2: '社会效益指标', name: '带动就业', target: '≥50人', actual: `${n % 80}人`, weight: 30, score: 30, deviation: '' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', target: '≥90%', actual: `${85 + (n % 15)}%`, weight: 10, score: 10, deviation: '' },
  ];
  ev.total = { weight: 100, score: 90 + (n % 10) };
  return ev;
}

/** Insert the generated forms in one transaction, in batches; returns seconds taken. */
async function insertForms(dataDir: string, orgIds: number[]): Promise<number> {
  const database = await openDatabase(where(dataDir));
  const t0 = performance.now();
  // Core scores each of a few hundred distinct variants once; rows reuse them with their own org, status, year.
  const variants = Array.from({ length: 300 }, (_, i) => storedColumns(generated(i)));
  const ruleCounts = variants.map((v) => {
    const m = new Map<string, { severity: string; count: number }>();
    for (const f of v.findings) m.set(f.ruleId, { severity: f.severity, count: (m.get(f.ruleId)?.count ?? 0) + 1 });
    return [...m];
  });
  const statuses: FormStatus[] = ['draft', 'submitted', 'returned', 'dept_approved', 'finance_reviewed', 'published'];
  const now = new Date().toISOString();
  await database.db.transaction().execute(async (trx) => {
    for (let start = 0; start < GENERATED; start += 500) {
      const rows = [];
      for (let n = start; n < Math.min(GENERATED, start + 500); n++) {
        rows.push({
          ...variants[n % variants.length].columns, org_id: orgIds[n % orgIds.length], version: 1, status: statuses[n % statuses.length],
          finance_review: null, finance_review_total: null, source_hash: null, created_at: now, updated_at: now, created_by: null, updated_by: null,
        });
      }
      const ids = await trx.insertInto('forms').values(rows).returning('id').execute();
      const rules = ids.flatMap(({ id }, i) => ruleCounts[(start + i) % variants.length].map(([rule_id, c]) => ({ form_id: id, rule_id, severity: c.severity, count: c.count })));
      for (let k = 0; k < rules.length; k += 500) await trx.insertInto('form_rules').values(rules.slice(k, k + 500)).execute();
    }
    // The bulk load bypasses the write commands, so the dashboard rollups are rebuilt once.
    await rebuildRollups(trx);
  });
  const seconds = (performance.now() - t0) / 1000;
  // What autovacuum would do after a bulk load: statistics and the visibility map (index-only scans).
  if (PG_URL) await sql`vacuum analyze`.execute(database.db);
  await database.close();
  return seconds;
}

async function cannon(url: string, extra: Record<string, unknown> = {}): Promise<CannonResult> {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...extra });
}

function row(name: string, r: CannonResult, base?: { name: string; perSecond: number }, note?: string): BenchRow {
  const perSecond = r.requests.average;
  const bad = r.non2xx + r.errors;
  return {
    name, perSecond, p50: r.latency.p50, p99: r.latency.p99,
    ...(base ? { ratio: perSecond / base.perSecond, base: base.name } : {}),
    note: [note, bad ? `${bad} non-2xx/errors` : ''].filter(Boolean).join('; ') || undefined,
  };
}

/** Run the server benchmarks. */
export async function benchServer(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jx-bench-'));
  const hello = new Hono().get('/hello', (c) => c.text('hello'));
  const helloServer = serve({ fetch: hello.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => helloServer.once('listening', r));
  try {
    const setup = await openDatabase(where(dataDir));
    const orgs = await seedDemoPeople(setup.db);
    await setup.close();
    const unitIds = ['unit1', 'unit2', 'unit3'].map((k) => orgs.get(k)!);
    const insertSeconds = await insertForms(dataDir, unitIds);
    const server = await startServer({ port: 0, ...where(dataDir), log: () => {} });
    try {
      const login = async (username: string) => {
        const r = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo1234' }) });
        const cookie = /jx_session=[^;]+/.exec(r.headers.get('set-cookie')!)![0];
        return { 'content-type': 'application/json', cookie, 'x-csrf-token': ((await r.json()) as { csrfToken: string }).csrfToken };
      };
      const unit = await login('unit1');
      const finance = await login('finance1');
      const forms: { id: number; evaluation: Evaluation }[] = [];
      for (let i = 0; i < CONNECTIONS; i++) {
        const r = await fetch(`${server.url}/api/forms`, { method: 'POST', headers: unit, body: JSON.stringify({ evaluation: generated(i) }) });
        forms.push((await r.json()) as { id: number; evaluation: Evaluation });
      }

      const helloUrl = `http://127.0.0.1:${(helloServer.address() as AddressInfo).port}/hello`;
      const h = await cannon(helloUrl);
      const base = { name: 'server: hono hello route', perSecond: h.requests.average };
      const read = await cannon(`${server.url}/api/forms/${forms[0].id}`, { headers: unit });
      let next = 0;
      const writeStatuses = new Map<number, number>();
      // autocannon clears a connection's context each time it wraps around its request list, so
      // the list is long: each connection keeps its form and the version it last saw.
      const putRequest = {
            method: 'PUT',
            setupRequest(req: Record<string, unknown>, ctx: { form?: number; version?: number; n?: number }) {
              ctx.form ??= next++ % forms.length;
              ctx.version ??= 1;
              ctx.n = (ctx.n ?? 0) + 1;
              const f = forms[ctx.form];
              return { ...req, path: `/api/forms/${f.id}`, headers: unit, body: JSON.stringify({ version: ctx.version, evaluation: { ...f.evaluation, goals: { expected: '完成年度目标', actual: `第${ctx.n}次修改` } } }) };
            },
            onResponse(status: number, body: string, ctx: { version?: number }) {
              if (status === 200) ctx.version = (JSON.parse(body) as { version: number }).version;
              else writeStatuses.set(status, (writeStatuses.get(status) ?? 0) + 1);
            },
      };
      const write = await cannon(server.url, { requests: Array.from({ length: 100_000 }, () => putRequest) });
      const stats = await cannon(`${server.url}/api/stats`, { headers: finance, connections: 4 });
      const size = await databaseBytes(dataDir);
      return [
        { name: base.name, perSecond: base.perSecond, p50: h.latency.p50, p99: h.latency.p99 },
        row('server: GET /api/forms/:id (session + read)', read, base),
        row('server: PUT /api/forms/:id (version check, core scoring, history, audit; synchronous=FULL)', write, base, writeStatuses.size ? `statuses ${JSON.stringify([...writeStatuses])}` : undefined),
        row(`server: GET /api/stats over ${GENERATED.toLocaleString('en-US')} forms`, stats, base, `forms inserted in one transaction in ${insertSeconds.toFixed(1)} s; ${PG_URL ? 'PostgreSQL' : 'SQLite'} database ${(size / 1e6).toFixed(0)} MB`),
      ];
    } finally {
      await server.close();
    }
  } finally {
    helloServer.close();
    if (!process.env.JIXIAO_BENCH_KEEP) {
      rmSync(dataDir, { recursive: true, force: true });
      await dropSchema();
    }
    else console.log(`kept ${dataDir}`);
  }
}

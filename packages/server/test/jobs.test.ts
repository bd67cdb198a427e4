/**
 * Heavy work off the event loop (issue 13, item 5 of the issue): imports and exports run in the
 * job pool's workers, with a time and a memory limit per job; /api/health keeps answering while
 * the heaviest request runs. Asserted by order of events, not by a timed threshold: health
 * answers several times while the heavy request is still pending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedForm1, setupApi, type Api, type Client } from './harness';
import { JobPool } from '../src/jobs/pool';

describe('job pool', () => {
  it('stops a job past its time limit with a typed 422, and the next job runs', async () => {
    const pool = new JobPool({ size: 1, timeoutMs: 300 });
    try {
      await expect(pool.run({ kind: 'spin', ms: 5000 })).rejects.toMatchObject({ code: 'too-costly', status: 422 });
      await expect(pool.run({ kind: 'spin', ms: 10 })).resolves.toBe(10);
    } finally {
      await pool.close();
    }
  });

  it('stops a job past its memory limit with a typed 422, and the next job runs', async () => {
    const pool = new JobPool({ size: 1, memoryMb: 64, timeoutMs: 60_000 });
    try {
      const e = (await pool.run({ kind: "hog" }).catch((x: unknown) => x)) as { msg: { en: string } };
      expect(e).toMatchObject({ code: 'too-costly', status: 422 });
      expect(e.msg.en).toMatch(/64 MB/);
      await expect(pool.run({ kind: 'spin', ms: 10 })).resolves.toBe(10);
    } finally {
      await pool.close();
    }
  });

  it('answers 503 busy when the queue is full', async () => {
    const pool = new JobPool({ size: 1, maxQueue: 1 });
    try {
      const a = pool.run({ kind: 'spin', ms: 200 });
      const b = pool.run({ kind: 'spin', ms: 1 });
      await expect(pool.run({ kind: 'spin', ms: 1 })).rejects.toMatchObject({ code: 'busy', status: 503 });
      await Promise.all([a, b]);
    } finally {
      await pool.close();
    }
  });
});

describe('health during the heaviest request', () => {
  let api: Api;
  let finance: Client;
  beforeAll(async () => {
    api = await setupApi('sqlite');
    const unit = await api.login('unit1');
    const f = await api.createAs(unit);
    // 300 forms of the seed's size, inserted as rows (the API would take minutes on a shared machine).
    const row = await api.t.database.db.selectFrom('forms').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
    const { id: _, ...rest } = row;
    const rows = Array.from({ length: 299 }, () => ({ ...rest, status: 'submitted' as const }));
    await api.t.database.db.insertInto('forms').values(rows).execute();
    finance = await api.login('finance1');
  });
  afterAll(() => api.drop());

  it('answers /api/health many times while a 300-form PDF export is still running', async () => {
    let settled = false;
    const started = Date.now();
    const heavy = finance.get('/api/export?format=pdf').finally(() => (settled = true));
    const during: number[] = [];
    while (!settled && during.length < 1000) {
      const t = Date.now();
      const h = await api.anon().get('/api/health');
      expect(h.status).toBe(200);
      if (!settled) during.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
    const r = await heavy;
    const total = Date.now() - started;
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/pdf/);
    expect(during.length).toBeGreaterThanOrEqual(5);
    // Each health answer took a small part of the export's time.
    expect(Math.max(...during)).toBeLessThan(total / 4);
  }, 120_000);
});

describe('health during an 18 MB upload', () => {
  let api: Api;
  let unit: Client;
  beforeAll(async () => {
    api = await setupApi('sqlite');
    unit = await api.login('unit1');
  });
  afterAll(() => api.drop());

  it('answers /api/health while the upload is split into files and hashed (in a worker), and the import completes', async () => {
    // Events in the order they happen: the upload job's start and end (the multipart parse and the
    // hashing) and each health answer. On the event loop, nothing could answer between the two.
    const events: string[] = [];
    const run = api.ctx.jobs.run.bind(api.ctx.jobs);
    api.ctx.jobs.run = (async (msg: { kind: string }, transfer?: ArrayBuffer[]) => {
      events.push(`${msg.kind}:start`);
      try {
        return await run(msg, transfer);
      } finally {
        events.push(`${msg.kind}:end`);
      }
    }) as typeof api.ctx.jobs.run;
    const fd = new FormData();
    fd.append('files', new File(['|'.repeat(18 * 1024 * 1024)], 'pipes.txt'));
    let settled = false;
    const heavy = unit.post('/api/import', fd).finally(() => (settled = true));
    while (!settled) {
      const h = await api.anon().get('/api/health');
      expect(h.status).toBe(200);
      if (!settled) events.push('health');
      await new Promise((r) => setTimeout(r, 5));
    }
    const r = await heavy;
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    // A file of 18 MB of '|' is no form: a typed error for the file, not a crash.
    expect(r.body.items[0]).toMatchObject({ file: 'pipes.txt', forms: [], error: expect.objectContaining({ message: expect.anything() }) });
    const from = events.indexOf('upload:start');
    const to = events.indexOf('upload:end');
    expect(from).toBeGreaterThanOrEqual(0);
    expect(events.slice(from, to).filter((e) => e === 'health').length).toBeGreaterThanOrEqual(2);
    // The file was then read by the import job, after the upload job had answered.
    expect(events.indexOf('import:start')).toBeGreaterThan(to);
  }, 120_000);
});

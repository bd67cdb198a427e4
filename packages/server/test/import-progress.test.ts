/**
 * Import progress and cancel (issue 11, item 10): the job pool hands on the pages a worker reports
 * and stops a cancelled job (its worker terminated, its slot free, the programs it started killed);
 * over HTTP an import started with `?run=` is followed per file and per page and can be cancelled,
 * leaving nothing saved. OCR is made to hang with a stand-in tesseract so that the cancel comes
 * while a program is running, as it would during a long scan.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportForms } from '@jixiao/formats';
import { needs } from '../../../test/tools';
import { alive, hangingTesseract, scanPdf } from '../../../test/hanging-ocr';
import { JobPool } from '../src/jobs/pool';
import { DIALECTS } from './dbs';
import { seedForm1, seedForm2, setupApi, type Api, type Client } from './harness';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await wait(20);
  }
}


describe('job pool: progress and cancel', () => {
  it('hands on the progress a worker reports before its answer', async () => {
    const pool = new JobPool({ size: 1 });
    try {
      const seen: unknown[] = [];
      await expect(pool.run({ kind: 'spin', ms: 300, every: 50 }, [], { onProgress: (p) => seen.push(p) })).resolves.toBe(300);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen[0]).toMatchObject({ stage: 'spin', total: 300 });
    } finally {
      await pool.close();
    }
  });

  it('reports each page of a PDF import as it is read', async () => {
    const pool = new JobPool({ size: 1 });
    try {
      const pdf = (await exportForms([seedForm1(), seedForm2()], 'pdf')) as Uint8Array;
      const seen: unknown[] = [];
      const r = await pool.run<{ ok: boolean; forms: unknown[] }>({ kind: 'import', bytes: pdf, fileName: 'two.pdf', progress: true }, [pdf.buffer as ArrayBuffer], { onProgress: (p) => seen.push(p) });
      expect(r.ok).toBe(true);
      expect(r.forms).toHaveLength(2);
      expect(seen).toEqual([
        { stage: 'pages', done: 1, total: 2, file: 'two.pdf' },
        { stage: 'pages', done: 2, total: 2, file: 'two.pdf' },
      ]);
    } finally {
      await pool.close();
    }
  });

  it('a cancelled running job rejects at once, frees its slot, and the next job runs', async () => {
    const pool = new JobPool({ size: 1 });
    try {
      const ac = new AbortController();
      const started = Date.now();
      const long = pool.run({ kind: 'spin', ms: 20_000, every: 20 }, [], { signal: ac.signal, onProgress: () => ac.abort() });
      await expect(long).rejects.toMatchObject({ code: 'cancelled', status: 409 });
      expect(pool.load).toEqual({ running: 0, waiting: 0 });
      // The spinning worker is gone (a new one answers), long before the spin would have ended.
      await expect(pool.run({ kind: 'spin', ms: 10 })).resolves.toBe(10);
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await pool.close();
    }
  });

  it('a cancelled waiting job leaves the queue without running', async () => {
    const pool = new JobPool({ size: 1 });
    try {
      const first = pool.run({ kind: 'spin', ms: 300 });
      const ac = new AbortController();
      const second = pool.run({ kind: 'spin', ms: 5000 }, [], { signal: ac.signal });
      expect(pool.load).toEqual({ running: 1, waiting: 1 });
      ac.abort();
      await expect(second).rejects.toMatchObject({ code: 'cancelled' });
      expect(pool.load).toEqual({ running: 1, waiting: 0 });
      await expect(first).resolves.toBe(300);
    } finally {
      await pool.close();
    }
  });
});

const SEED = readFileSync(new URL('../../../examples/seed-2020.txt', import.meta.url));

describe.skipIf(!needs('poppler')).each(DIALECTS)('import runs over HTTP on %s', (dialect) => {
  let api: Api;
  let unit: Client;
  let other: Client;
  let dir: string;
  beforeAll(async () => {
    api = await setupApi(dialect);
    [unit, other] = await Promise.all([api.login('unit1'), api.login('unit2')]);
    dir = mkdtempSync(join(tmpdir(), 'jx-run-'));
  });
  afterEach(() => {
    delete process.env.JIXIAO_TESSERACT;
  });
  afterAll(async () => {
    await api.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows each file and page while reading, cancels on request (the OCR program killed, nothing saved), then forgets the run', async () => {
    const { command, pidFile } = hangingTesseract(dir);
    process.env.JIXIAO_TESSERACT = command;
    const fd = new FormData();
    fd.append('files', new File([SEED], 'seed-2020.txt'));
    fd.append('files', new File([scanPdf(2) as BlobPart], 'scan.pdf'));
    const importing = unit.post('/api/import?save=1&run=run-cancel-1', fd);
    // The text file is read, the PDF's two pages are read, and OCR of its first page has started.
    const during = await until('OCR to start', async () => {
      const r = await unit.get('/api/import/runs/run-cancel-1');
      return r.status === 200 && r.body.files[1]?.done === 2 && existsSync(pidFile) ? r.body : undefined;
    });
    expect(during).toEqual({
      id: 'run-cancel-1',
      state: 'reading',
      files: [
        { name: 'seed-2020.txt', state: 'done' },
        { name: 'scan.pdf', state: 'reading', stage: 'pages', done: 2, total: 2 },
      ],
    });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    // Nobody else sees or stops it.
    expect((await other.get('/api/import/runs/run-cancel-1')).status).toBe(404);
    expect((await other.del('/api/import/runs/run-cancel-1')).status).toBe(404);

    expect((await unit.del('/api/import/runs/run-cancel-1')).status).toBe(204);
    const r = await importing;
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('cancelled');
    await until('tesseract to be killed', () => (alive(pid) ? undefined : true), 10_000);
    expect(api.ctx.jobs.load).toEqual({ running: 0, waiting: 0 });
    // The seed's two forms were read before the cancel but not saved: nothing of a cancelled import is stored.
    expect((await unit.get('/api/forms')).body.total).toBe(0);
    expect((await unit.get('/api/import/runs/run-cancel-1')).status).toBe(404);
  }, 60_000);

  it('answers a run id that is malformed with 400, and one in use with 409', async () => {
    const fd = () => {
      const f = new FormData();
      f.append('files', new File([SEED], 'seed-2020.txt'));
      return f;
    };
    expect((await unit.post('/api/import?run=a/b', fd())).status).toBe(400);
    const { command } = hangingTesseract(dir);
    process.env.JIXIAO_TESSERACT = command;
    const hung = new FormData();
    hung.append('files', new File([scanPdf(1) as BlobPart], 'scan.pdf'));
    const first = unit.post('/api/import?run=run-dup-0001', hung);
    await until('the run to open', async () => ((await unit.get('/api/import/runs/run-dup-0001')).status === 200 ? true : undefined));
    const second = await unit.post('/api/import?run=run-dup-0001', fd());
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('duplicate');
    await unit.del('/api/import/runs/run-dup-0001');
    expect((await first).body.error.code).toBe('cancelled');
  }, 60_000);

  it('an import with a run that is not cancelled answers as before', async () => {
    const fd = new FormData();
    fd.append('files', new File([SEED], 'seed-2020.txt'));
    const r = await unit.post('/api/import?run=run-plain-01', fd);
    expect(r.status).toBe(200);
    expect(r.body.items[0].forms).toHaveLength(2);
    expect((await unit.get('/api/import/runs/run-plain-01')).status).toBe(404);
  });
});

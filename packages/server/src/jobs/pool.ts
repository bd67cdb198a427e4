/**
 * A small pool of worker threads for imports and exports: the work that can take seconds and
 * gigabytes runs off the event loop, so every other request (and /api/health) keeps answering.
 * Each job has a time limit (the worker is terminated) and a heap limit (V8 stops the worker);
 * either ends in a typed 422, and the worker is replaced. A full queue answers 503.
 */
import { SHARE_ENV, Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fail } from '../errors';

export interface PoolOptions {
  /** Workers at most (default: cores − 1, at least 1, at most 4). */
  size?: number;
  /** Per job (default 60 s). */
  timeoutMs?: number;
  /** Heap per worker (default 1024 MB). */
  memoryMb?: number;
  /** Jobs waiting at most (default 64). */
  maxQueue?: number;
}

/** What a caller may follow and stop while its job runs. */
export interface RunOptions {
  /** Called with each progress message the worker sends before its answer (e.g. pages read). */
  onProgress?(p: unknown): void;
  /**
   * Cancels the job: a waiting job leaves the queue, a running one's worker is terminated (the
   * work really stops and the slot is free for the next job); either rejects with `cancelled`.
   */
  signal?: AbortSignal;
}

type Job = { msg: unknown; transfer: ArrayBuffer[]; opts: RunOptions; resolve(v: unknown): void; reject(e: unknown): void };

/** How long a cancelled worker has to stop its child processes before it is terminated. */
const CANCEL_GRACE_MS = 300;

// Beside the bundle (dist/index.js) and beside this file in the sources alike.
const WORKER = new URL('./worker.js', import.meta.url);

export class JobPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly maxQueue: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(opts: PoolOptions = {}) {
    this.size = opts.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.memoryMb = opts.memoryMb ?? 1024;
    this.maxQueue = opts.maxQueue ?? 64;
  }

  /** Run one job in a worker; resolves with its value. */
  run<T>(msg: unknown, transfer: ArrayBuffer[] = [], opts: RunOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error('job pool closed'));
    if (opts.signal?.aborted) return Promise.reject(fail('cancelled'));
    if (this.queue.length >= this.maxQueue) return Promise.reject(fail('busy', { headers: { 'Retry-After': '5' } }));
    return new Promise<T>((resolve, reject) => {
      const job: Job = { msg, transfer, opts, resolve: resolve as (v: unknown) => void, reject };
      this.queue.push(job);
      // Cancelled while still waiting: it leaves the queue (once running, start() handles it).
      opts.signal?.addEventListener('abort', () => {
        const i = this.queue.indexOf(job);
        if (i >= 0) {
          this.queue.splice(i, 1);
          reject(fail('cancelled'));
        }
      }, { once: true });
      this.dispatch();
    });
  }

  /** Jobs running and waiting (for tests and the load benchmark). */
  get load(): { running: number; waiting: number } {
    return { running: this.busy.size, waiting: this.queue.length };
  }

  /** Stop every worker; waiting jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('job pool closed'));
    await Promise.all([...this.idle, ...this.busy].map((w) => w.terminate()));
    this.idle.length = 0;
    this.busy.clear();
  }

  private dispatch(): void {
    while (this.queue.length) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.busy.size >= this.size) return;
        // The server's environment as it is now (JIXIAO_TESSERACT and the like), not a copy from the worker's start.
        worker = new Worker(WORKER, { env: SHARE_ENV, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
        worker.unref();
      }
      this.start(worker, this.queue.shift()!);
    }
  }

  private start(worker: Worker, job: Job): void {
    this.busy.add(worker);
    let done = false;
    const finish = (keep: boolean) => {
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      job.opts.signal?.removeEventListener('abort', onAbort);
      this.busy.delete(worker);
      if (keep && !this.closed) this.idle.push(worker);
      else void worker.terminate();
      this.dispatch();
    };
    const onMessage = (m: { ok: boolean; value?: unknown; message?: string; progress?: unknown }) => {
      if ('progress' in m) {
        try {
          job.opts.onProgress?.(m.progress);
        } catch {
          // A listener's failure is its own; the job goes on.
        }
        return;
      }
      finish(true);
      if (m.ok) job.resolve(m.value);
      else job.reject(new Error(`job failed: ${m.message}`));
    };
    const onError = (e: Error & { code?: string }) => {
      if (done) return;
      finish(false);
      job.reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fail('too-costly', { message: { zh: `处理所需内存超过 ${this.memoryMb} MB，已停止`, en: `the job needed more than ${this.memoryMb} MB and was stopped` } }) : e);
    };
    const onExit = () => {
      if (done) return;
      finish(false);
      job.reject(new Error('job worker exited'));
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish(false);
      job.reject(fail('too-costly', { message: { zh: `处理超过 ${this.timeoutMs / 1000} 秒，已停止`, en: `the job took longer than ${this.timeoutMs / 1000} s and was stopped` } }));
    }, this.timeoutMs);
    // Cancelled while running: the worker is told first, so that it kills the programs it started
    // (tesseract, pdftoppm: terminating a thread leaves its child processes running), then terminated
    // a moment later whatever it is doing, and replaced. The job's slot is free at once.
    const onAbort = () => {
      if (done) return;
      worker.postMessage({ kind: 'cancel' });
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.busy.delete(worker);
      setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
      job.reject(fail('cancelled'));
      this.dispatch();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    job.opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job.msg, job.transfer);
  }
}

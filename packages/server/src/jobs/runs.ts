/**
 * Imports in progress, so the browser can show how far each is and stop one. The client names its
 * run (`POST /api/import?run=…`); while that request is open, `GET /api/import/runs/:run` answers
 * where each file is (and which page of a PDF, which OCR page) and `DELETE` cancels it: the pool
 * terminates the worker reading the file, and nothing of the import is saved.
 *
 * Kept in the memory of the server process that runs the import (a run lasts as long as one
 * request), keyed by the user: nobody else sees or stops another's run.
 */
import { fail } from '../errors';

/** Where one file of a run is. */
export interface FileProgress {
  name: string;
  state: 'waiting' | 'reading' | 'done' | 'failed';
  /** Within a file being read: 'pages' (PDF pages read) or 'ocr' (pages recognised), done of total. */
  stage?: string;
  done?: number;
  total?: number;
}

/** A run as GET answers it. */
export interface RunView {
  id: string;
  /** uploading: the body is being received and split; reading: files are being read; saving: forms are stored. */
  state: 'uploading' | 'reading' | 'saving' | 'cancelled';
  files: FileProgress[];
}

interface Run extends RunView {
  userId: number;
  controller: AbortController;
}

/** Runs a user may have open at once (each is an open request anyway). */
export const MAX_RUNS_PER_USER = 8;
/** A run id: chosen by the client, unguessable enough that it is also not worth guessing. */
export const RUN_ID = /^[A-Za-z0-9_-]{8,64}$/;

export class ImportRuns {
  private readonly runs = new Map<string, Run>();

  private key(userId: number, id: string): string {
    return `${userId}:${id}`;
  }

  /** Open a run for the duration of one import request; `close` it when the request ends. */
  open(userId: number, id: string): { signal: AbortSignal; view: RunView; close(): void } {
    const key = this.key(userId, id);
    if (this.runs.has(key)) throw fail('duplicate', { path: 'run', message: { zh: '该导入任务编号正在使用', en: 'an import with this run id is in progress' } });
    if ([...this.runs.values()].filter((r) => r.userId === userId).length >= MAX_RUNS_PER_USER) throw fail('busy', { headers: { 'Retry-After': '5' } });
    const run: Run = { id, userId, state: 'uploading', files: [], controller: new AbortController() };
    this.runs.set(key, run);
    return { signal: run.controller.signal, view: run, close: () => this.runs.delete(key) };
  }

  /** The run as the client sees it, or 404 (not the caller's, or over). */
  get(userId: number, id: string): RunView {
    const r = this.runs.get(this.key(userId, id));
    if (!r) throw fail('not-found');
    return { id: r.id, state: r.state, files: r.files.map((f) => ({ ...f })) };
  }

  /** Stop a run: the worker reading a file is terminated and the import request answers `cancelled`. */
  cancel(userId: number, id: string): void {
    const r = this.runs.get(this.key(userId, id));
    if (!r) throw fail('not-found');
    r.state = 'cancelled';
    r.controller.abort();
  }
}

/** The progress message a worker sends (formats' ImportProgress), applied to a file of a run. */
export function applyProgress(f: FileProgress, p: unknown): void {
  const q = p as { stage?: unknown; done?: unknown; total?: unknown };
  if (typeof q?.stage !== 'string' || typeof q.done !== 'number' || typeof q.total !== 'number') return;
  f.stage = q.stage;
  f.done = q.done;
  f.total = q.total;
}

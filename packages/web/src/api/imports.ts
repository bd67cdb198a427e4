/** The import endpoint: files in, forms parsed, scored and reviewed out (saved as drafts on request). */
import { query, request, type ApiResult } from './client';
import type { ImportResult } from './types';

export interface ImportOptions {
  /** Save each form as a draft (otherwise a preview: nothing is stored). */
  save?: boolean;
  /** Save forms from a file imported before too. */
  allowDuplicates?: boolean;
  /** Per form already stored ("file index:form index"): replace it as a new version, keep both, or skip. */
  decisions?: Record<string, 'replace' | 'keep' | 'skip'>;
  /** A run id (newRunId): the import can then be followed (importProgress) and cancelled (cancelImport). */
  run?: string;
}

/** POST /api/import with the files as multipart `files`. */
export function importFiles(files: { blob: Blob; name: string }[], options: ImportOptions = {}): Promise<ApiResult<ImportResult>> {
  const fd = new FormData();
  for (const f of files) fd.append('files', f.blob, f.name);
  const decisions = options.decisions && Object.keys(options.decisions).length ? JSON.stringify(options.decisions) : undefined;
  const q = options.save ? query({ save: 1, allowDuplicates: options.allowDuplicates ? 1 : undefined, decisions, run: options.run }) : query({ run: options.run });
  return request('POST', `/api/import${q}`, fd);
}

/** Where one file of a followed import is (GET /api/import/runs/:run). */
export interface ImportFileProgress {
  name: string;
  state: 'waiting' | 'reading' | 'done' | 'failed';
  /** 'pages': PDF pages read; 'ocr': scanned pages recognised. */
  stage?: string;
  done?: number;
  total?: number;
}

export interface ImportRunView {
  id: string;
  state: 'uploading' | 'reading' | 'saving' | 'cancelled';
  files: ImportFileProgress[];
}

/** A new run id for `importFiles(…, { run })`: the browser names the run it will follow. */
export function newRunId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** Where an import started with `run` is; 404 once it has answered. */
export function importProgress(run: string, signal?: AbortSignal): Promise<ApiResult<ImportRunView>> {
  return request('GET', `/api/import/runs/${encodeURIComponent(run)}`, undefined, signal);
}

/** Cancel an import started with `run`: it answers `cancelled` and saves nothing. */
export function cancelImport(run: string): Promise<ApiResult<null>> {
  return request('DELETE', `/api/import/runs/${encodeURIComponent(run)}`);
}

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
}

/** POST /api/import with the files as multipart `files`. */
export function importFiles(files: { blob: Blob; name: string }[], options: ImportOptions = {}): Promise<ApiResult<ImportResult>> {
  const fd = new FormData();
  for (const f of files) fd.append('files', f.blob, f.name);
  const decisions = options.decisions && Object.keys(options.decisions).length ? JSON.stringify(options.decisions) : undefined;
  const q = options.save ? query({ save: 1, allowDuplicates: options.allowDuplicates ? 1 : undefined, decisions }) : '';
  return request('POST', `/api/import${q}`, fd);
}

/**
 * Long imports (a PDF of many pages, OCR, a folder of files) report how far they are and can be
 * cancelled: the caller passes `onProgress` and an AbortSignal; an aborted import ends in the
 * typed error `aborted`, never in a half-read result.
 */
import type { ImportError, ImportFailure } from '../grid/types';

/** Where an import is: `done` of `total` units of the named stage. */
export interface ImportProgress {
  /** 'pages': PDF pages read; 'ocr': pages recognised; 'files': files of a folder imported. */
  stage: 'pages' | 'ocr' | 'files';
  done: number;
  total: number;
  /** The file being read, when the caller named it. */
  file?: string;
}

/** Options of every long-running import. */
export interface ProgressOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
}

/** The error an aborted import ends in. */
export function abortedError(location = 'file'): ImportFailure {
  return { ok: false, issues: [{ code: 'aborted', location, message: { zh: '导入已取消', en: 'import cancelled' } }] };
}

/** Report progress; a listener that throws must not break the import. */
export function report(opts: ProgressOptions, p: ImportProgress): void {
  try {
    opts.onProgress?.(p);
  } catch {
    // The listener's failure is its own.
  }
}

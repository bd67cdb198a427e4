/**
 * Bounds on what an import may cost. Every importer checks them before doing the expensive part,
 * so that a hostile or broken file ends in a typed error, not in exhausted memory or a hang.
 */
import type { ImportError, ImportFailure } from '../grid/types';

/** The bounds (bytes, counts); shared by all importers. */
export const LIMITS = {
  /** A file larger than this is refused outright. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of a zip's unpacked entries (declared and actual). */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** One entry unpacked. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** Unpacked / packed for one entry above this (and above 1 MB unpacked) is a bomb. */
  maxRatio: 500,
  maxEntries: 5000,
  /** Cells in the grid handed to the form reader. */
  maxCells: 500_000,
  maxColumns: 200,
  /** One cell's text; longer is cut with a note rather than carried. */
  maxCellChars: 100_000,
  /** HTML elements nested deeper than this are flattened. */
  maxDepth: 200,
};

/** Build the typed error every importer returns. */
export function importError(code: string, location: string, zh: string, en: string, data?: Record<string, unknown>): ImportFailure {
  return { ok: false, issues: [{ code, location, message: { zh, en }, ...(data ? { data } : {}) }] };
}

/** Refuse a file above the size limit. */
export function checkFileSize(bytes: Uint8Array, location = 'file'): ImportFailure | null {
  if (bytes.byteLength <= LIMITS.maxFileBytes) return null;
  const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
  return importError(
    'file-too-large',
    location,
    `文件过大（${mb} MB），上限为 ${LIMITS.maxFileBytes / 1024 / 1024} MB`,
    `file too large (${mb} MB); the limit is ${LIMITS.maxFileBytes / 1024 / 1024} MB`,
  );
}

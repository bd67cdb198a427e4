/**
 * The common ground of every importer: a document is read into rows of cells (a grid), and one
 * form reader finds the forms in the grid by their labels. xlsx, docx, html, pipe tables and the
 * seed text layout each produce a grid; the reader is shared.
 */
import type { Evaluation, SourceIssue } from '@jixiao/core';

/** One cell as found in the source, with its location for notes and errors. */
export interface GridCell {
  text: string;
  /** Where it came from, for messages: "row 14, cell 3", "Sheet1!C14", "table 1, row 5, cell 2". */
  location: string;
  /** OCR confidence (0–100) of the least certain word in the cell; absent when not read by OCR. */
  conf?: number;
  /** A note the source reader attaches to the cell (its code), e.g. a formula with no cached result. */
  note?: string;
}

/** A row of cells; merged cells may appear once (with empty cells after) or repeated. */
export type GridRow = GridCell[];

/** Something the importer could not place or had to interpret: core's one issue shape, with a source location. */
export type ImportNote = SourceIssue;

/** One form read from a document. */
export interface ImportedForm {
  evaluation: Evaluation;
  notes: ImportNote[];
}

/** Why a document could not be read at all: the same shape as a note. */
export type ImportError = SourceIssue;

/** Like core's Result: a failed import lists its issues (today always one: the first that stopped it). */
export type ImportResult = { ok: true; forms: ImportedForm[] } | { ok: false; issues: ImportError[] };
/** A failed import, as every importer returns it. */
export type ImportFailure = Extract<ImportResult, { ok: false }>;

/** Options every importer accepts. */
export interface ImportOptions {
  /** Name of the file, recorded in evaluation.source.file. */
  fileName?: string;
  /** Year to use when the document does not state one. */
  defaultYear?: number;
  /** Format name recorded in evaluation.source.format; each importer sets its own ("cells", "xlsx"…). */
  format?: string;
  /**
   * The document states its merged cells (xlsx, docx, html): a row is laid out exactly like its
   * header, so equal neighbours are never taken for merged copies.
   */
  explicitMerges?: boolean;
}

/** The state of one form while its rows are read: the Evaluation built so far and what was seen. */
import { emptyEvaluation, type Evaluation } from '@jixiao/core';
import type { ExtraColumn, FundsColumn, GoalColumn, IndicatorColumn } from './labels';
import { clip, note } from './notes';
import type { GridCell, ImportNote } from './types';

/** Indicator header: the field of each column index, and how many leading columns carry no field. */
export interface IndicatorHeader {
  columns: Map<number, IndicatorColumn | ExtraColumn>;
  length: number;
  firstField: number;
}

/** Everything the section readers share while reading one form. */
export class FormState {
  ev: Evaluation;
  notes: ImportNote[] = [];
  seen = new Set<string>();
  fundsColumns: Map<number, FundsColumn> | null = null;
  goalColumns = new Map<number, GoalColumn>();
  indicatorHeader: IndicatorHeader | null = null;
  /** The page shows no indicator header: the standard columns were assumed from the first row. */
  assumedHeader = false;
  /** The columns of the 财政复核 block while its rows are read. */
  review: Map<number, string> | null = null;
  /** Rows are laid out like their headers (the format states its merges): place cells by column. */
  explicitMerges = false;
  /** The 一级/二级 in force for merged cells, as printed above. */
  carry = { level1: '', level2: '' };
  /** The cell each scored value came from ("indicators[2].actual" → cell), for OCR confidence. */
  cells = new Map<string, GridCell>();
  /** Paths of values inferred where the cell was blank (evaluation.source.inferred). */
  inferred: string[] = [];
  /** The title as printed, and points stated by the funds and indicator headings. */
  title = '';
  fundsPoints: number | undefined;
  indicatorsPoints: number | undefined;

  constructor(year: number) {
    this.ev = emptyEvaluation(year);
  }

  /** Remember which cell a scored value was read from. */
  track(path: string, cell: GridCell | undefined): void {
    if (cell) this.cells.set(path, cell);
  }

  /** Record a cell that could not be placed, so no text is lost silently. */
  unplaced(cell: GridCell): void {
    this.notes.push(note('unplaced-cell', cell.location, { text: clip(cell.text.trim()) }));
  }
}

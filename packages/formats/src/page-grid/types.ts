/**
 * What a page looks like to the grid rebuilder, whatever it came from: positioned words (from a
 * PDF's text layer or from OCR word boxes) and ruling lines (from the PDF's drawing operators or
 * found in the scanned image). Coordinates are in the page's own units (points or pixels), with
 * the origin at the top left and y growing downwards.
 */

/** A run of text on one line with its box; `conf` (0–100) only when it was read by OCR. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  conf?: number;
  /** OCR's reading order (its boxes of Chinese characters are too rough to order a line by x). */
  order?: number;
  /** OCR's line the word belongs to: words of one OCR line in one cell are one line of text. */
  line?: number;
  /** OCR read the number twice with different digits: its low confidence stands, whatever else is checked. */
  doubted?: boolean;
}

/** A horizontal ruling line at `y` from `a` to `b` (a ≤ b), or a vertical one at `x`. */
export interface HRule {
  y: number;
  a: number;
  b: number;
}
export interface VRule {
  x: number;
  a: number;
  b: number;
}

/** One page: its size, words and rules. */
export interface PageLayout {
  width: number;
  height: number;
  words: Word[];
  h: HRule[];
  v: VRule[];
}

/** A cell of a rebuilt row: its text, and the lowest OCR confidence of its words (when OCR). */
export interface PageCell {
  text: string;
  conf?: number;
}

/** A row found on a page: cells in column order, where it is, and what kind of block it is part of. */
export interface PageRow {
  cells: PageCell[];
  /** Top of the row, for ordering tables and free lines on the page. */
  y: number;
  /** 0 for a line outside any table; else the table's number on its page (1, 2, …). */
  table: number;
  /** The row's number within its table (1-based), or the line's number among free lines. */
  index: number;
}

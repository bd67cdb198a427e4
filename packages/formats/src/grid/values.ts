/**
 * Reading the small typed cells of a form: 分值/得分 numbers, money amounts and 执行率, with a note
 * whenever a cell's text could not be read (the text is never dropped silently).
 */
import { parseAmount, toHalfWidth } from '@jixiao/core';
import { isPlaceholder } from './labels';
import { clip, note } from './notes';
import type { GridCell, ImportNote } from './types';

const NUMBER = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** A 分值/得分 number from its text: "10", "100.00", "10分"; blank and "—" are null. */
export function readNumber(text: string): number | null | undefined {
  const t = toHalfWidth(text).replace(/\s+/g, '').replace(/分$/, '');
  if (t === '' || isPlaceholder(t)) return null;
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A number cell, with a note when its text is not a number. */
export function numberCell(cell: GridCell | undefined, field: string, notes: ImportNote[]): number | null {
  if (!cell) return null;
  const n = readNumber(cell.text);
  if (n === undefined) {
    notes.push(note('unreadable-number', cell.location, { text: clip(cell.text), field }));
    return null;
  }
  return n;
}

/** A money cell as a decimal string ("4753.66万元" → "4753.66"), with a note when unreadable. */
export function amountCell(cell: GridCell | undefined, field: string, notes: ImportNote[]): string | null {
  if (!cell) return null;
  const t = cell.text.trim();
  if (t === '' || isPlaceholder(t)) return null;
  const a = parseAmount(t);
  if (a === null) notes.push(note('unreadable-amount', cell.location, { text: clip(t), field }));
  return a;
}

/** An 执行率 cell: kept as printed; blank and "—" are null. */
export function rateCell(cell: GridCell | undefined): string | null {
  if (!cell) return null;
  const t = cell.text.trim();
  return t === '' || isPlaceholder(t) ? null : t;
}

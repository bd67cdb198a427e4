/**
 * csv export: one row per indicator with its form's keys, for pivoting in Excel. UTF-8 with a BOM
 * (Excel otherwise reads it as GBK), RFC 4180 quoting with CRLF, and a guard against formula
 * injection: a text field starting with = + - @ (or tab/CR) gets a leading apostrophe.
 */
import type { Evaluation } from '@jixiao/core';
import { assessForm, type Assessment } from '../layout/assess';

export const CSV_COLUMNS = [
  'year',
  'projectName',
  'implementer',
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
  'provenMin',
  'provenMax',
] as const;

/** Write one row per indicator of every form; `assess` supplies the proven range per indicator. */
export function exportCsv(forms: Evaluation[], assess: (ev: Evaluation) => Assessment = assessForm): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const ev of forms) {
    const a = assess(ev);
    ev.indicators.forEach((ind, i) => {
      const proven = a.indicators?.[i] ?? null;
      lines.push(
        [
          num(ev.year),
          text(ev.projectName),
          text(ev.implementer),
          text(ind.level1),
          text(ind.level2),
          text(ind.name),
          text(ind.target),
          text(ind.actual),
          num(ind.weight),
          num(ind.score),
          text(ind.deviation),
          num(proven?.min ?? null),
          num(proven?.max ?? null),
        ].join(','),
      );
    });
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A text field: guarded against formulas, quoted when it holds a comma, quote or line break. */
export function text(s: string): string {
  const guarded = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function num(n: number | null): string {
  return n === null ? '' : String(n);
}

/**
 * csv export: each form in the official layout, as Excel would save the sheet (另存为 CSV): the
 * Chinese labels, the header fields, funds with their totals, the indicators and 总分, a merged
 * cell as its text followed by empty cells, forms one after another with a blank row between.
 * Numbers are written bare, so Excel reads them as numbers; UTF-8 with a BOM (Excel otherwise
 * reads it as GBK), RFC 4180 quoting with CRLF. jixiao reads the file back as it reads any CSV.
 */
import type { Evaluation } from '@jixiao/core';
import { layoutForm, masterAt } from '../layout/official';

/** Write every form in the official layout. */
export function exportCsv(forms: Evaluation[]): string {
  const lines: string[] = [];
  forms.forEach((ev, i) => {
    if (i > 0) lines.push('');
    const layout = layoutForm(ev);
    const grid = masterAt(layout);
    for (const row of grid) {
      const out: string[] = [];
      for (let c = 0; c < layout.columns; c++) {
        const cell = row[c];
        if (!cell) out.push('');
        else if ((cell.kind === 'number' || cell.kind === 'money') && cell.num !== undefined) out.push(cell.text);
        else out.push(text(cell.text));
      }
      lines.push(out.join(','));
    }
  });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

// A value a spreadsheet reads as a number (-5%, +3, 1,234.5) is not a formula: it is left as it is.
const VALUE = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * A text field: guarded against formulas, quoted when it holds a comma, quote or line break.
 * Text starting with = + - @ (or tab/CR) gets a leading apostrophe, as does text that already
 * starts with apostrophes before one of them, so that reading strips exactly one.
 */
export function text(s: string): string {
  const guarded = /^'*[=+\-@\t\r]/.test(s) && !VALUE.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * html export: one self-contained, print-ready page (inline CSS, @media print, A4) with every form
 * in the official layout, one form per printed page. All text is escaped: what a user typed, such
 * as `<script>`, is shown as text and never runs.
 */
import type { Evaluation } from '@jixiao/core';
import { coveredMap, formTitle, layoutForm, masterAt, TITLE, type LayoutCell } from '../layout/official';
import type { Assessment } from '../layout/assess';
import { findingsHtml } from './findings';

/** Options for the html export. */
export interface HtmlExportOptions {
  /** Review findings after each form (one Assessment per form, in order). */
  findings?: Assessment[];
}

/** Meta name carrying the forms' template ids, so that import gives back the same Evaluation. */
export const TEMPLATE_META = 'jixiao-templates';

/** Write the forms as one html document. */
export function exportHtml(forms: Evaluation[], opts: HtmlExportOptions = {}): string {
  const title = forms.length === 1 ? `${formTitle(forms[0])} — ${forms[0].projectName}` : TITLE;
  const body = forms
    .map((ev, i) => formHtml(ev) + (opts.findings?.[i] ? findingsHtml(ev, opts.findings[i]) : ''))
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="${TEMPLATE_META}" content="${esc(JSON.stringify(forms.map((f) => f.template)))}">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const CSS = `
@page { size: A4 portrait; margin: 15mm 12mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "SimSun", serif; color: #000; margin: 0; background: #f4f4f4; }
.jx-page { background: #fff; width: 186mm; margin: 8mm auto; padding: 10mm 12mm; box-sizing: content-box; }
.jx-title { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 20pt; font-weight: bold; text-align: center; margin: 0 0 2mm; }
.jx-year { font-size: 12pt; text-align: center; margin: 0 0 4mm; }
table.jx-form { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9.5pt; }
table.jx-form td { border: 0.5pt solid #000; padding: 1.2mm 1.4mm; vertical-align: middle; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; }
td.jx-label { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-weight: bold; text-align: center; }
td.jx-center { text-align: center; }
td.jx-left { text-align: left; }
.jx-findings h2 { font-size: 14pt; margin: 0 0 3mm; }
.jx-findings li { margin: 0 0 1.5mm; font-size: 10pt; }
.jx-sev-error { color: #b00000; } .jx-sev-warning { color: #8a5a00; } .jx-sev-info { color: #333; }
@media print {
  body { background: #fff; }
  .jx-page { width: auto; margin: 0; padding: 0; page-break-after: always; break-after: page; }
  .jx-page:last-child { page-break-after: auto; break-after: auto; }
  table.jx-form tr { page-break-inside: avoid; break-inside: avoid; }
}
`;

function formHtml(ev: Evaluation): string {
  const layout = layoutForm(ev);
  const masters = masterAt(layout);
  const covered = coveredMap(layout);
  const total = layout.widths.reduce((a, b) => a + b, 0);
  const cols = layout.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows: string[] = [];
  let head = '';
  for (let r = 0; r < layout.rows; r++) {
    const first = masters[r][0];
    // Title and year are paragraphs above the table, as on the paper form.
    if (first && (first.kind === 'title' || first.kind === 'year')) {
      head += `<p class="jx-${first.kind}">${esc(first.text)}</p>\n`;
      continue;
    }
    let tds = '';
    for (let c = 0; c < layout.columns; c++) {
      const cell = masters[r][c];
      if (cell) tds += td(cell);
      else if (!covered[r][c]) tds += '<td></td>';
    }
    rows.push(`<tr>${tds}</tr>`);
  }
  return `<section class="jx-page">
${head}<table class="jx-form" data-verbatim="1"><colgroup>${cols}</colgroup>
${rows.join('\n')}
</table>
</section>`;
}

function td(c: LayoutCell): string {
  const span = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '') + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '');
  const cls = c.kind === 'label' ? 'jx-label' : c.align === 'left' ? 'jx-left' : 'jx-center';
  return `<td class="${cls}"${span}>${esc(c.text)}</td>`;
}

/** Escape text for html content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

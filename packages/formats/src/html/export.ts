/**
 * html export: one self-contained, print-ready page (inline CSS, @media print, A4) with every form
 * in the official layout, one form per printed page, in the one typeface (Noto Serif SC) whose
 * regular and bold, cut down to the page's characters, ride in the page as data: URLs. All text is
 * escaped: what a user typed, such as `<script>`, is shown as text and never runs.
 */
import type { Evaluation } from '@jixiao/core';
import { coveredMap, formTitle, layoutForm, masterAt, TITLE, type FormLayout, type LayoutCell } from '../layout/official';
import type { Assessment } from '../layout/assess';
import { findingsHtml } from './findings';
import { EVIDENCE_HEAD, evidenceHeading, evidenceRows, type EvidenceEntry } from '../layout/evidence';
import { TYPEFACE } from '../typeface';
import { typefaceSubset } from '../typeface-subset';

/** A page listing one form's 佐证材料. */
function evidenceHtml(ev: Evaluation, list: readonly EvidenceEntry[]): string {
  const head = `<tr>${EVIDENCE_HEAD.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const rows = evidenceRows(ev, list).map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('\n');
  return `<section class="jx-page jx-evidence" data-jixiao-skip="1">
<h2>${esc(evidenceHeading(ev))}</h2>
<table class="jx-evidence-list">
${head}
${rows}
</table>
</section>`;
}

/** Options for the html export. */
export interface HtmlExportOptions {
  /** Review findings after each form (one Assessment per form, in order). */
  findings?: Assessment[];
  /** 佐证材料 of each form (in order), listed after a form that has any. */
  evidence?: readonly (readonly EvidenceEntry[] | undefined)[];
}

/** Meta name carrying the forms' template ids, so that import gives back the same Evaluation. */
export const TEMPLATE_META = 'jixiao-templates';
/** Meta name carrying what a plan form's paper layout does not show (see plans/export). */
export const PLAN_META = 'jixiao-plan';

/** Write the forms as one html document. */
export async function exportHtml(forms: Evaluation[], opts: HtmlExportOptions = {}): Promise<string> {
  const title = forms.length === 1 ? `${formTitle(forms[0])} — ${forms[0].projectName}` : TITLE;
  const body = forms
    .map((ev, i) => formHtml(layoutForm(ev)) + (opts.findings?.[i] ? findingsHtml(ev, opts.findings[i]) : '') + (opts.evidence?.[i]?.length ? evidenceHtml(ev, opts.evidence[i]!) : ''))
    .join('\n');
  return page(title, body, `<meta name="${TEMPLATE_META}" content="${esc(JSON.stringify(forms.map((f) => f.template)))}">\n`);
}

/** Laid-out forms as one print-ready html document, one form per printed page (A4 landscape where the layouts ask). */
export async function exportLayoutsHtml(layouts: FormLayout[], title: string, meta?: string): Promise<string> {
  const landscape = layouts.length > 0 && layouts.every((l) => l.orientation === 'landscape');
  const metaTag = meta === undefined ? '' : `<meta name="${PLAN_META}" content="${esc(meta)}">\n`;
  return page(title, layouts.map(formHtml).join('\n'), metaTag, landscape);
}

async function page(title: string, body: string, meta: string, landscape = false): Promise<string> {
  // A landscape page is 297 mm wide: the same margins leave 273 mm for the table.
  const css = (await fontFaces(visibleText(body))) + (landscape ? CSS.replace('size: A4 portrait', 'size: A4 landscape').replace('width: 186mm', 'width: 273mm') : CSS);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta}<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The text a page shows: its body without the tags, entities decoded. */
function visibleText(body: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return body.replace(/<[^>]*>/g, '').replace(/&(#(\d+)|amp|lt|gt|quot);/g, (m, _e: string, num?: string) => (num ? String.fromCodePoint(Number(num)) : named[m.slice(1, -1)]));
}

/** The typeface's regular and bold, holding the page's characters, as WOFF data: URLs. */
async function fontFaces(text: string): Promise<string> {
  const font = await typefaceSubset(text, 'woff');
  const face = (weight: number, data: Uint8Array) =>
    `@font-face { font-family: "${TYPEFACE}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url(data:font/woff;base64,${Buffer.from(data).toString('base64')}) format("woff"); }\n`;
  return face(400, font.normal) + face(700, font.bold);
}

/** The one typeface first, then serif CJK faces a system may have for characters a subset lacks. */
const FONT_STACK = `"${TYPEFACE}", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC", serif`;

const CSS = `
@page { size: A4 portrait; margin: 8mm 12mm; }
body { font-family: ${FONT_STACK}; color: #000; margin: 0; background: #f4f4f4; }
.jx-page { background: #fff; width: 186mm; margin: 8mm auto; padding: 10mm 12mm; box-sizing: content-box; }
.jx-title { font-size: 20pt; font-weight: bold; text-align: center; margin: 0 0 2mm; }
.jx-year { font-size: 12pt; text-align: center; margin: 0 0 4mm; }
table.jx-form { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9.5pt; }
table.jx-form td { border: 0.5pt solid #000; padding: 1.2mm 1.4mm; vertical-align: middle; white-space: pre-wrap; word-break: normal; overflow-wrap: anywhere; }
table.jx-form + table.jx-form { margin-top: -0.5pt; }
td.jx-num { white-space: nowrap; }
td.jx-open-bottom { border-bottom: none; }
td.jx-open-top { border-top: none; }
td.jx-label { font-weight: bold; text-align: center; }
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
  /* Rows under a rowspan (一级/二级 merged over many rows) kept whole pushed the whole indicator table to the next page. */
  table.jx-form.jx-indicators tr { page-break-inside: auto; break-inside: auto; }
  table.jx-form thead { display: table-header-group; }
  /* The PDF export's measures (9 pt, tight padding, 8 mm top and bottom): a form that nearly fills a page, as the seed's do, prints on one. */
  .jx-title { font-size: 18pt; margin: 0 0 1mm; }
  .jx-year { font-size: 11pt; margin: 0 0 2mm; }
  table.jx-form { font-size: 9pt; line-height: 1.2; }
  table.jx-form td { padding: 0.5mm 1mm; }
}
`;

function formHtml(layout: FormLayout): string {
  const masters = masterAt(layout);
  const covered = coveredMap(layout);
  const printWidths = layout.printWidths ?? layout.widths;
  const total = printWidths.reduce((a, b) => a + b, 0);
  const cols = printWidths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows: string[] = [];
  let head = '';
  // The indicators are a table of their own whose header is a <thead>, repeated on each printed
  // page. A rowspan cannot leave its row group: the 绩效指标 label is the header's cell over
  // open-topped empty cells below it, which read as one merged cell.
  const h = layout.headerRow;
  const label = masters[h]?.[0];
  const open = new Map<LayoutCell, string>();
  if (label && label.rowSpan > 1) {
    // One empty cell a row, not a span: a span over the whole table keeps a browser from
    // breaking the table across pages (it moved the indicators to page 2 whole).
    masters[h][0] = { ...label, rowSpan: 1 };
    open.set(masters[h][0]!, ' jx-open-bottom');
    for (let k = 1; k < label.rowSpan; k++) {
      masters[h + k][0] = { ...label, row: h + k, rowSpan: 1, text: '' };
      covered[h + k][0] = false;
      open.set(masters[h + k][0]!, k === label.rowSpan - 1 ? ' jx-open-top' : ' jx-open-top jx-open-bottom');
    }
  }
  const tables: string[] = [];
  for (let r = 0; r < layout.rows; r++) {
    if (r === h && rows.length) tables.push(`<table class="jx-form" data-verbatim="1"><colgroup>${cols}</colgroup>\n${rows.splice(0).join('\n')}\n</table>`);
    const first = masters[r][0];
    // Title and year are paragraphs above the table, as on the paper form.
    if (first && (first.kind === 'title' || first.kind === 'year')) {
      head += `<p class="jx-${first.kind}">${esc(first.text)}</p>\n`;
      continue;
    }
    let tds = '';
    for (let c = 0; c < layout.columns; c++) {
      const cell = masters[r][c];
      if (cell) tds += td(cell, open.get(cell));
      else if (!covered[r][c]) tds += '<td></td>';
    }
    rows.push(r === h ? `<thead><tr>${tds}</tr></thead><tbody>` : `<tr>${tds}</tr>`);
  }
  tables.push(`<table class="jx-form jx-indicators" data-verbatim="1"><colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</tbody></table>`);
  return `<section class="jx-page">
${head}${tables.join('\n')}
</section>`;
}

function td(c: LayoutCell, extra = ''): string {
  const span = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '') + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '');
  const cls = c.kind === 'label' ? 'jx-label' : c.align === 'left' ? 'jx-left' : 'jx-center';
  // Numbers (分值, 得分, amounts, 执行率) never break inside.
  const num = c.num !== undefined || c.percent ? ' jx-num' : '';
  return `<td class="${cls}${num}${extra}"${span}>${esc(c.text)}</td>`;
}

/** Escape text for html content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/**
 * pdf export (server side, pdfmake 0.3): A4, the official layout, one form per page, Noto Serif SC
 * embedded as a subset; with `findings`, the review findings on a page after each form.
 */
import { createRequire } from 'node:module';
import type { Evaluation } from '@jixiao/core';
import { coveredMap, formTitle, layoutForm, masterAt, TITLE, type FormLayout, type LayoutCell } from '../layout/official';
import type { Assessment } from '../layout/assess';
import { findingLines, findingsSummary } from '../layout/findings';
import { EVIDENCE_HEAD, evidenceHeading, evidenceRows, type EvidenceEntry } from '../layout/evidence';
import { typefaceFiles } from '../typeface';

/** The slice of pdfmake's API used here (it ships no types). */
interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void; existsSync(name: string): boolean };
  setFonts(f: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let ready: PdfMake | null = null;

/** pdfmake with the font in its virtual file system and no access to URLs or local files. */
function pdfmake(): PdfMake {
  if (ready) return ready;
  const pm = require('pdfmake') as PdfMake;
  const { normal, bold } = typefaceFiles();
  pm.virtualfs.writeFileSync('NotoSerifSC-Regular.ttf', normal);
  pm.virtualfs.writeFileSync('NotoSerifSC-Bold.ttf', bold);
  pm.setFonts({
    NotoSerifSC: {
      normal: 'NotoSerifSC-Regular.ttf',
      bold: 'NotoSerifSC-Bold.ttf',
      italics: 'NotoSerifSC-Regular.ttf',
      bolditalics: 'NotoSerifSC-Bold.ttf',
    },
  });
  // A form's text never names resources; refuse any, so user text cannot make the server fetch.
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  ready = pm;
  return pm;
}

/** Options for the pdf export. */
export interface PdfExportOptions {
  /** Review findings after each form (one Assessment per form, in order). */
  findings?: Assessment[];
  /** 佐证材料 of each form (in order), listed after a form that has any. */
  evidence?: readonly (readonly EvidenceEntry[] | undefined)[];
}

const PAGE_MARGINS: [number, number, number, number] = [34, 22, 34, 22];
/** The 一级指标 column, and the size of its text in the indicator table (see formContent). */
const LEVEL1 = 1;
const LEVEL1_SIZE = 8.9;
/** A4 width (595.28 pt) less the side margins. */
const CONTENT_WIDTH = 595.28 - 68;
/** A4 landscape width (841.89 pt) less the side margins. */
const LANDSCAPE_CONTENT_WIDTH = 841.89 - 68;

/** Write the forms as a PDF. */
export async function exportPdf(forms: Evaluation[], opts: PdfExportOptions = {}): Promise<Uint8Array> {
  const content: unknown[] = [];
  forms.forEach((ev, i) => {
    const parts = formContent(ev);
    if (i > 0) (parts[0] as Record<string, unknown>).pageBreak = 'before';
    content.push(...parts);
    const a = opts.findings?.[i];
    if (a) content.push(...findingsContent(ev, a));
    const files = opts.evidence?.[i];
    if (files?.length) content.push(...evidenceContent(ev, files));
  });
  return renderPdf(content, forms.length ? formTitle(forms[0]) : TITLE);
}

/** Laid-out forms as a PDF, one form per A4 page (landscape where the layouts ask). */
export async function exportLayoutsPdf(layouts: FormLayout[], title: string): Promise<Uint8Array> {
  const landscape = layouts.length > 0 && layouts.every((l) => l.orientation === 'landscape');
  const width = landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
  const content: unknown[] = [];
  layouts.forEach((layout, i) => {
    const parts = layoutContent(layout, width);
    if (i > 0) (parts[0] as Record<string, unknown>).pageBreak = 'before';
    content.push(...parts);
  });
  return renderPdf(content, title, landscape ? 'landscape' : 'portrait');
}

/** pdfmake content rendered on A4 with the embedded font, as every export is (tests compose pages with it). */
export async function renderPdf(content: unknown[], title = TITLE, orientation: 'portrait' | 'landscape' = 'portrait'): Promise<Uint8Array> {
  const doc = {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: PAGE_MARGINS,
    info: { title, creator: 'jixiao', producer: 'jixiao' },
    defaultStyle: { font: 'NotoSerifSC', fontSize: 9, lineHeight: 1.1 },
    content,
  };
  const buf = await pdfmake().createPdf(doc).getBuffer();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** The pdfmake content of one form (title, year line, the table): also used by tests to place a form among other content. */
export function formContent(ev: Evaluation): unknown[] {
  return layoutContent(layoutForm(ev), CONTENT_WIDTH);
}

function layoutContent(layout: FormLayout, contentWidth: number): unknown[] {
  const masters = masterAt(layout);
  const covered = coveredMap(layout);
  const totalW = layout.widths.reduce((a, b) => a + b, 0);
  // pdfmake adds 2×4 pt of padding and a border to each column: subtract it from the share.
  const share = layout.widths.map((w) => (w / totalW) * contentWidth);
  const widths = share.map((w) => w - 8.6);
  const out: unknown[] = [];
  let body: unknown[][] = [];
  const lines = { hLineWidth: () => 0.6, vLineWidth: () => 0.6 };
  // 满意度指标 on one line in the 一级 column: five characters at 9 pt are 45 pt, the column holds
  // 38.9 pt inside pdfmake's 4 pt padding. In the indicator table that column's cells are padded
  // 1 pt a side (44.9 pt inside) and its text set at 8.9 pt (44.5 pt). The columns themselves keep
  // their widths: the OCR round trip is sensitive to the page's layout (一级 widened to 10.5 of 100
  // from 偏差原因 read 96.9% of the 150-dpi scan right, 9.2 97.3%, 11 from 三级 95.1–95.5%, all
  // below the 98% the OCR test holds; a narrower 三级 also ran seed form 1 onto a second page).
  // Only where that column is the 一级指标 one (the self-evaluation form's indicator table).
  const level1 = masters[layout.headerRow]?.[LEVEL1]?.text === '一级指标';
  const pad = (i: number) => (level1 && i === LEVEL1 ? 1 : 4);
  const indicatorLines = { ...lines, paddingLeft: pad, paddingRight: pad };
  const indicatorWidths = share.map((w, i) => w - 2 * pad(i) - 0.6);
  // pdfmake repeats only a table's first rows on each page, and a span out of the header row
  // keeps it from splitting: the indicators get their own table, and the 绩效指标 label is drawn
  // as the header's cell over an open-topped span below it (it reads as one merged cell).
  const h = layout.headerRow;
  const label = masters[h]?.[0];
  if (label && label.rowSpan > 1) {
    masters[h][0] = { ...label, rowSpan: 1 };
    masters[h + 1][0] = { ...label, row: h + 1, rowSpan: label.rowSpan - 1, text: '' };
    covered[h + 1][0] = false;
  }
  for (let r = 0; r < layout.rows; r++) {
    if (r === h && body.length) {
      out.push({ table: { widths, body, dontBreakRows: true }, layout: lines });
      body = [];
    }
    const first = masters[r][0];
    if (first && (first.kind === 'title' || first.kind === 'year')) {
      const title = first.kind === 'title';
      out.push({ text: first.text, alignment: 'center', bold: title, fontSize: title ? 18 : 11, margin: [0, 0, 0, title ? 2 : 4] });
      continue;
    }
    const row: unknown[] = [];
    for (let c = 0; c < layout.columns; c++) {
      const m = masters[r][c];
      if (m) {
        const cell = pdfCell(m);
        if (level1 && r >= h && c === LEVEL1) cell.fontSize = LEVEL1_SIZE;
        if (label && label.rowSpan > 1 && c === 0 && r === h) cell.border = [true, true, true, false];
        if (label && label.rowSpan > 1 && c === 0 && r === h + 1) cell.border = [true, false, true, true];
        row.push(cell);
      }
      else row.push(covered[r][c] ? {} : { text: '' });
    }
    body.push(row);
  }
  // The two tables touch: the second's top rule lies on the first's bottom one.
  out.push({ table: { widths: indicatorWidths, body, dontBreakRows: true, headerRows: 1 }, layout: indicatorLines, margin: [0, -0.6, 0, 0] });
  return out;
}

function pdfCell(c: LayoutCell): Record<string, unknown> {
  const cell: Record<string, unknown> = {
    text: c.text,
    alignment: c.align,
    bold: c.kind === 'label',
    // Vertical centring is not offered for spans; a small top margin keeps short labels off the line.
    margin: [0, 1, 0, 1],
  };
  if (c.colSpan > 1) cell.colSpan = c.colSpan;
  if (c.rowSpan > 1) cell.rowSpan = c.rowSpan;
  return cell;
}

function evidenceContent(ev: Evaluation, list: readonly EvidenceEntry[]): unknown[] {
  return [
    { text: evidenceHeading(ev), fontSize: 14, bold: true, pageBreak: 'before', margin: [0, 0, 0, 6] },
    {
      table: { headerRows: 1, widths: [28, '*', '*', 52, 80], body: [EVIDENCE_HEAD.map((h) => ({ text: h, bold: true })), ...evidenceRows(ev, list)] },
      fontSize: 9,
    },
  ];
}

function findingsContent(ev: Evaluation, a: Assessment): unknown[] {
  const lines = findingLines(a);
  const color = { error: '#b00000', warning: '#8a5a00', info: '#333333' } as const;
  return [
    { text: `复核发现 — ${ev.projectName}`, fontSize: 14, bold: true, pageBreak: 'before', margin: [0, 0, 0, 6] },
    { text: findingsSummary(a), margin: [0, 0, 0, 8] },
    lines.length
      ? { ol: lines.map((l) => ({ text: l.text, color: color[l.severity], margin: [0, 0, 0, 3] })) }
      : { text: '未发现问题。' },
  ];
}

/**
 * docx export: each form on its own A4 page, title and year as paragraphs, then the official
 * table with merged cells (gridSpan across, vMerge down), all in the one typeface (Noto Serif SC),
 * embedded: its regular and bold cut down to the document's characters (see fontTableXml).
 */
import {
  LineRuleType,
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  OnOffElement,
  type XmlComponent,
} from 'docx';
import type { Evaluation } from '@jixiao/core';
import { coveredMap, formTitle, layoutForm, masterAt, TITLE, type FormLayout, type LayoutCell } from '../layout/official';
import { EVIDENCE_HEAD, evidenceHeading, evidenceRows, type EvidenceEntry } from '../layout/evidence';
import { TYPEFACE } from '../typeface';
import { typefaceSubset } from '../typeface-subset';

/** Usable width of an A4 page with 1.8 cm side margins, in twentieths of a point. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = 1020;
/** Marks the core-properties description as ours: it carries the forms' template ids. */
export const DOCX_META_PREFIX = 'jixiao:';

/** Write the forms as a docx document. */
export async function exportDocx(forms: Evaluation[], opts: { evidence?: readonly (readonly EvidenceEntry[] | undefined)[] } = {}): Promise<Uint8Array> {
  return exportLayoutsDocx(forms.map(layoutForm), {
    title: forms.length ? formTitle(forms[0]) : TITLE,
    description: DOCX_META_PREFIX + JSON.stringify({ templates: forms.map((f) => f.template) }),
    after: forms.map((ev, i) => {
      const list = opts.evidence?.[i];
      return list?.length ? { children: evidenceChildren(ev, list, PAGE_WIDTH - 2 * MARGIN), text: [evidenceHeading(ev), ...EVIDENCE_HEAD, ...evidenceRows(ev, list).flat()].join('') } : undefined;
    }),
  });
}

/** One form's 佐证材料 on a page of its own after the form. */
function evidenceChildren(ev: Evaluation, list: readonly EvidenceEntry[], width: number): (Paragraph | Table)[] {
  const shares = [0.08, 0.32, 0.32, 0.12, 0.16];
  const row = (cells: readonly string[], bold = false) =>
    new TableRow({ children: cells.map((t, i) => new TableCell({ width: { size: Math.round(width * shares[i]), type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] })) });
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 120 }, children: [new TextRun({ text: evidenceHeading(ev), bold: true, size: 28 })] }),
    new Table({ width: { size: width, type: WidthType.DXA }, rows: [row(EVIDENCE_HEAD, true), ...evidenceRows(ev, list).map((r) => row(r))] }),
  ];
}

/** What follows a form on pages of its own: the content and its text (for the embedded font). */
interface After {
  children: (Paragraph | Table)[];
  text: string;
}

/** Write laid-out forms as a docx document, each on its own A4 page (landscape where the layout asks). */
export async function exportLayoutsDocx(layouts: FormLayout[], meta: { title: string; description?: string; after?: (After | undefined)[] }): Promise<Uint8Array> {
  const text = layouts.flatMap((l) => l.cells.map((c) => c.text)).join('') + (meta.after ?? []).map((a) => a?.text ?? '').join('');
  const font = await typefaceSubset(text, 'truetype');
  const doc = new Document({
    creator: 'jixiao',
    title: meta.title,
    description: meta.description,
    // Two files of one family: docx 9.7 writes each as a font of its own, with embedRegular only
    // (it has no bold); it obfuscates and stores them (word/fonts/font1.odttf, font2.odttf), and
    // the font table is written below as one font with both (embedRegular, embedBold).
    fonts: [
      { name: TYPEFACE, data: Buffer.from(font.normal) },
      { name: TYPEFACE, data: Buffer.from(font.bold) },
    ],
    styles: { default: { document: { run: { font: TYPEFACE, size: 18 } } } },
    sections: layouts.map((layout, i) => {
      const landscape = layout.orientation === 'landscape';
      return {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page: give the portrait size.
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: 680, bottom: 680, left: MARGIN, right: MARGIN },
          },
        },
        children: [...formChildren(layout, (landscape ? PAGE_HEIGHT : PAGE_WIDTH) - 2 * MARGIN), ...(meta.after?.[i]?.children ?? [])],
      };
    }),
  });
  keepEmbeddedFonts(doc);
  const [regular, bold] = doc.FontTable.fontOptionsWithKey.map((f) => f.fontKey);
  const buf = await Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(regular, bold, font.normal) }]);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * The font table: the typeface once, its regular subset (font1.odttf) as embedRegular and its
 * bold (font2.odttf) as embedBold, each with the key it is obfuscated with (ECMA-376 Part 1,
 * 17.8.1), marked as subsets; charset GB2312, and the panose and Unicode ranges of its OS/2 table
 * for a reader that must choose a substitute.
 */
function fontTableXml(regularKey: string, boldKey: string, ttf: Uint8Array): string {
  const os2 = os2Fields(ttf);
  const rel = (el: string, id: string, key: string) => `<w:${el} r:id="${id}" w:fontKey="{${key.toUpperCase()}}" w:subsetted="1"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:font w:name="${TYPEFACE}">` +
    (os2 ? `<w:panose1 w:val="${os2.panose}"/>` : '') +
    '<w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/>' +
    (os2 ? `<w:sig w:usb0="${os2.usb[0]}" w:usb1="${os2.usb[1]}" w:usb2="${os2.usb[2]}" w:usb3="${os2.usb[3]}" w:csb0="${os2.csb[0]}" w:csb1="${os2.csb[1]}"/>` : '') +
    rel('embedRegular', 'rId1', regularKey) +
    rel('embedBold', 'rId2', boldKey) +
    '</w:font></w:fonts>'
  );
}

/** The panose and the Unicode and code page ranges of a TrueType font's OS/2 table, as hex. */
function os2Fields(ttf: Uint8Array): { panose: string; usb: string[]; csb: string[] } | undefined {
  const v = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
  for (let i = 0, n = v.getUint16(4); i < n; i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(...ttf.subarray(rec, rec + 4)) !== 'OS/2') continue;
    const at = v.getUint32(rec + 8);
    if (v.getUint32(rec + 12) < 86) return undefined;
    return {
      panose: Array.from(ttf.subarray(at + 32, at + 42), (b) => hex(b, 2)).join(''),
      usb: [0, 1, 2, 3].map((k) => hex(v.getUint32(at + 42 + 4 * k), 8)),
      csb: [0, 1].map((k) => hex(v.getUint32(at + 78 + 4 * k), 8)),
    };
  }
  return undefined;
}

/**
 * Asks the word processor to embed the fonts again when the document is saved, as subsets
 * (<w:embedTrueTypeFonts/>, <w:saveSubsetFonts/>): without it, Word drops them on the first save.
 * docx has no option for it; the elements go where the schema wants them, after
 * <w:displayBackgroundShape/> (test/typeface.test.ts checks they are there).
 */
function keepEmbeddedFonts(doc: Document): void {
  const root = (doc.Settings as unknown as { root: XmlComponent[] }).root;
  const at = root.findIndex((el) => (el as unknown as { rootKey?: string }).rootKey === 'w:displayBackgroundShape');
  if (at >= 0) root.splice(at + 1, 0, new OnOffElement('w:embedTrueTypeFonts', true), new OnOffElement('w:saveSubsetFonts', true));
}

function formChildren(layout: FormLayout, tableWidth: number): (Paragraph | Table)[] {
  const masters = masterAt(layout);
  const covered = coveredMap(layout);
  const printWidths = layout.printWidths ?? layout.widths;
  const totalW = printWidths.reduce((a, b) => a + b, 0);
  const colW = printWidths.map((w) => Math.floor((w / totalW) * tableWidth));
  const out: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const table = () =>
    new Table({
      rows,
      width: { size: tableWidth, type: WidthType.DXA },
      columnWidths: colW,
      layout: TableLayoutType.FIXED,
    });
  // A header row repeats only when no vertical merge leaves it: the 绩效指标 label is the
  // header's cell over open-topped empty cells below it, which read as one merged cell.
  const h = layout.headerRow;
  const label = masters[h]?.[0];
  const open = new Map<LayoutCell, Partial<Borders>>();
  if (label && label.rowSpan > 1) {
    // One empty cell a row, not a merge: LibreOffice repeats no header over a merge that crosses the page.
    masters[h][0] = { ...label, rowSpan: 1 };
    open.set(masters[h][0]!, { bottom: NONE });
    for (let k = 1; k < label.rowSpan; k++) {
      masters[h + k][0] = { ...label, row: h + k, rowSpan: 1, text: '' };
      covered[h + k][0] = false;
      open.set(masters[h + k][0]!, k === label.rowSpan - 1 ? { top: NONE } : { top: NONE, bottom: NONE });
    }
  }
  for (let r = 0; r < layout.rows; r++) {
    // Word repeats only a table's first rows on each page: the indicators get their own table.
    if (r === layout.headerRow && rows.length) {
      // Word and LibreOffice join tables that touch into one: a hairline paragraph keeps them apart.
      out.push(table(), new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2 })] }));
      rows = [];
    }
    const first = masters[r][0];
    if (first && (first.kind === 'title' || first.kind === 'year')) {
      out.push(headingParagraph(first));
      continue;
    }
    const cells: TableCell[] = [];
    for (let c = 0; c < layout.columns; c++) {
      const m = masters[r][c];
      if (m) cells.push(tableCell(m, colW.slice(c, c + m.colSpan).reduce((a, b) => a + b, 0), open.get(m)));
      // docx adds the vMerge continuation cells for rowSpan itself; only unmerged gaps need a cell.
      else if (!covered[r][c]) cells.push(tableCell(undefined, colW[c]));
    }
    rows.push(new TableRow({ children: cells, cantSplit: true, tableHeader: r === layout.headerRow }));
  }
  out.push(table());
  return out;
}

function headingParagraph(c: LayoutCell): Paragraph {
  const title = c.kind === 'title';
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: title ? 60 : 120 },
    children: [new TextRun({ text: c.text, bold: title, size: title ? 36 : 24, font: TYPEFACE })],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const NONE: { style: (typeof BorderStyle)[keyof typeof BorderStyle]; size: number; color: string } = { style: BorderStyle.NIL, size: 0, color: 'FFFFFF' };
type Borders = Record<'top' | 'bottom' | 'left' | 'right', typeof NONE>;

function tableCell(c: LayoutCell | undefined, width: number, borders: Partial<Borders> = {}): TableCell {
  const label = c?.kind === 'label';
  // One paragraph per line of text, so that a reader gets the line breaks back. A CRLF is one
  // break: splitting on "\n" alone left a "\r" that Word shows as a second, empty line.
  const lines = (c?.text ?? '').split(/\r\n|\r|\n/);
  return new TableCell({
    columnSpan: c && c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c && c.rowSpan > 1 ? c.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: { ...(BORDERS as Borders), ...borders },
    margins: { left: 60, right: 60, top: 10, bottom: 10 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: c?.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: line, bold: label, font: TYPEFACE, size: 18 })],
        }),
    ),
  });
}


/**
 * 佐证材料 in the exports: a form with evidence carries the list (name, indicator, size, SHA-256
 * prefix) after it in xlsx (one sheet), docx, pdf and html; a form without evidence exports as
 * before, and the lists do not stop the exports from importing back to the same forms.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { importText } from '../src/text/cells';
import { unzipSafe } from '../src/safety/zip';
import { openPdf } from '../src/pdf-import/pdfjs';
import { exportForms, importFile, type EvidenceEntry } from '../src/index';
import { sizeText } from '../src/layout/evidence';
import { seedText } from './helpers';

/** The forms read back from an export with the lists equal those read back from one without. */
async function readsBackAsWithout(format: 'xlsx' | 'docx' | 'html', withList: Uint8Array | string): Promise<void> {
  const bytes = (x: Uint8Array | string) => (typeof x === 'string' ? new TextEncoder().encode(x) : x);
  const read = async (x: Uint8Array | string) => {
    const r = await importFile(bytes(x), { fileName: `x.${format}` });
    return r.ok ? r.forms.map((f) => f.evaluation) : r.issues;
  };
  const plain = await read(await exportForms(forms, format));
  expect(Array.isArray(plain) && plain.length).toBe(2);
  expect(await read(withList)).toEqual(plain);
}
import { docxTables, golden } from './golden';

const seed = importText(seedText());
if (!seed.ok) throw new Error(seed.issues[0].code);
const forms = seed.forms.map((f) => f.evaluation);

const HASH_A = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9';
const HASH_B = '0b1c2d3e4f5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f';
// Form 1: a PDF and a PNG on 区域双创活跃度每年逐渐增加 (row 11), a workbook for the whole form; form 2: none.
const EVIDENCE: (EvidenceEntry[] | undefined)[] = [
  [
    { name: '双创活跃度统计.pdf', indicator: 10, size: 245_760, sha256: HASH_A },
    { name: '路演现场照片.png', indicator: 10, size: 1_572_864, sha256: HASH_B },
    { name: '<script>台账</script>.xlsx', indicator: null, size: 900, sha256: HASH_A },
  ],
  undefined,
];
const ROWS = [
  ['1', '双创活跃度统计.pdf', '第11行 区域双创活跃度每年逐渐增加', '240.0 KB', 'a3f1c2d4e5b6'],
  ['2', '路演现场照片.png', '第11行 区域双创活跃度每年逐渐增加', '1.50 MB', '0b1c2d3e4f5a'],
  ['3', '<script>台账</script>.xlsx', '整表', '900 B', 'a3f1c2d4e5b6'],
];
const HEAD = ['序号', '文件名', '所属指标', '大小', 'SHA-256（前12位）'];

describe('佐证材料 in the exports', () => {
  it('sizes read as people read them', () => {
    expect([0, 1023, 1024, 1536, 1048576, 20 * 1048576].map(sizeText)).toEqual(['0 B', '1023 B', '1.0 KB', '1.5 KB', '1.00 MB', '20.00 MB']);
  });

  it('xlsx: one 佐证材料 sheet after the form and summary sheets, a row per file with its form', async () => {
    const bytes = (await exportForms(forms, 'xlsx', { evidence: EVIDENCE })) as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(Buffer.from((await exportForms(forms, 'xlsx')) as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...plain.worksheets.map((w) => w.name), '佐证材料']);
    const ws = wb.getWorksheet('佐证材料')!;
    const rows = Array.from({ length: ws.rowCount }, (_, i) => Array.from({ length: 6 }, (_, j) => ws.getCell(i + 1, j + 1).text));
    expect(rows).toEqual([['项目名称', ...HEAD], ...ROWS.map((r) => [forms[0].projectName, ...r])]);
    // The list does not get in the way of reading the forms back.
    await readsBackAsWithout('xlsx', bytes);
  });

  it('xlsx: no evidence, no sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await exportForms(forms, 'xlsx', { evidence: [[], undefined] })) as Uint8Array) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).not.toContain('佐证材料');
  });

  it('docx: a table after form 1 on a page of its own, none after form 2', async () => {
    const bytes = (await exportForms(forms, 'docx', { evidence: EVIDENCE })) as Uint8Array;
    const documentXml = (b: Uint8Array) => {
      const z = unzipSafe(b, (n) => n === 'word/document.xml');
      if (!z.ok) throw new Error('not a docx');
      return new TextDecoder().decode(z.files.get('word/document.xml')!);
    };
    const xml = documentXml(bytes);
    const plainXml = documentXml((await exportForms(forms, 'docx')) as Uint8Array);
    const tables = docxTables(xml);
    const plain = docxTables(plainXml);
    // The forms' tables (two each) are unchanged; the list is the table between them, 1 head + 3 rows of 5 cells.
    expect(plain).toHaveLength(4);
    expect(tables).toEqual([...plain.slice(0, 2), ['1 1 1 1 1', '1 1 1 1 1', '1 1 1 1 1', '1 1 1 1 1'], ...plain.slice(2)]);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain(`佐证材料 — ${forms[0].projectName}`);
    expect(text).toContain(['1', '双创活跃度统计.pdf', '第11行 区域双创活跃度每年逐渐增加', '240.0 KB', 'a3f1c2d4e5b6'].join('|'));
    expect(text).toContain('&lt;script&gt;台账&lt;/script&gt;.xlsx|整表|900 B');
    expect(xml).toContain('<w:pageBreakBefore/>');
    await readsBackAsWithout('docx', bytes);
  });

  it('html: a section after form 1, every name escaped', async () => {
    const html = (await exportForms(forms, 'html', { evidence: EVIDENCE })) as string;
    const sections = [...html.matchAll(/<section class="jx-page jx-evidence" data-jixiao-skip="1">([\s\S]*?)<\/section>/g)].map((m) => m[1]);
    expect(sections).toHaveLength(1);
    const cells = [...sections[0].matchAll(/<t[hd]>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);
    expect(cells).toEqual([...HEAD, ...ROWS.flat().map((c) => c.replace(/</g, '&lt;').replace(/>/g, '&gt;'))]);
    expect(html).not.toContain('<script>');
    // After form 1, before form 2.
    expect(html.indexOf('jx-evidence')).toBeLessThan(html.indexOf(forms[1].projectName));
    await readsBackAsWithout('html', html);
  });

  it('pdf: a page after form 1 listing the files', async () => {
    const bytes = (await exportForms(forms, 'pdf', { evidence: EVIDENCE })) as Uint8Array;
    const doc = await openPdf(bytes);
    try {
      const pages: string[][] = [];
      for (let p = 1; p <= doc.numPages; p++) pages.push((await (await doc.getPage(p)).getTextContent()).items.flatMap((it) => ('str' in it && it.str.trim() ? [it.str] : [])));
      // Form 1, its list, form 2.
      expect(pages).toHaveLength(3);
      expect(pages[1][0]).toBe(`佐证材料 — ${forms[0].projectName}`);
      const text = pages[1].join('');
      for (const r of ROWS) for (const c of r) expect(text).toContain(c);
      expect(pages[2].join('')).not.toContain('佐证材料 —');
      golden('evidence-pdf-page.json', pages[1]);
    } finally {
      await doc.destroy();
    }
  });
});

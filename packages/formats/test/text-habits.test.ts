/**
 * Text as people save and paste it, each file made here: a tab-separated paste from Excel/WPS,
 * CSV saved from a spreadsheet in UTF-8 and in GBK, jixiao's own CSV, the seed layout in UTF-16
 * and UTF-8 with or without a BOM, a GBK page without a charset meta; and files that hold no
 * table (pdftotext output, a docx with a title only, OpenDocument files), which are errors.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { exportForms, importFile } from '../src/index';
import { exportCsv } from '../src/csv/export';
import { workbookGrid } from '../src/xlsx/grid';
import { content } from './helpers';
import { tempDir } from './office-tools';
import { contents, seedForms } from './pdf-helpers';
import { needs } from '../../../test/tools';

const forms = seedForms();
const utf8 = (s: string) => new TextEncoder().encode(s);

/** GBK bytes of a text, from the decoder's own table (Node has no GBK encoder). */
function gbk(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const body = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** The sheet's cells as Excel writes them to the clipboard or to CSV (RFC 4180 quoting). */
async function sheetText(sep: '\t' | ','): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportForms(forms, 'xlsx', { summary: false })) as unknown as ArrayBuffer);
  const g = workbookGrid(wb);
  if ('tooMany' in g) throw new Error('too many');
  const quote = (t: string) => (/["\n\r\t,]/.test(t) && (sep === ',' || /["\n\r\t]/.test(t)) ? `"${t.replace(/"/g, '""')}"` : t);
  return g.rows.map((r) => r.map((c) => quote(c.text)).join(sep)).join('\r\n') + '\r\n';
}

const seedCells = () => readFileSync(new URL('../../../examples/seed-2020.txt', import.meta.url), 'utf8');

describe('pasted and saved text', () => {
  it('reads a tab-separated paste from Excel/WPS as the forms', async () => {
    const r = await importFile(utf8(await sheetText('\t')), { fileName: 'paste.txt' });
    expect(contents(r)).toEqual(forms.map(content));
    if (r.ok) expect(r.forms[0].evaluation.source?.format).toBe('tsv');
  });

  it('reads a CSV saved from a spreadsheet, in UTF-8 with a BOM and in GBK', async () => {
    const csv = await sheetText(',');
    for (const bytes of [utf8('\uFEFF' + csv), gbk(csv)]) {
      const r = await importFile(bytes, { fileName: 'form.csv' });
      expect(contents(r)).toEqual(forms.map(content));
      if (r.ok) expect(r.forms[0].evaluation.source?.format).toBe('csv');
    }
  });

  it('reads its own CSV export back', async () => {
    const r = await importFile(utf8(exportCsv(forms)), { fileName: 'export.csv' });
    expect(contents(r)).toEqual(forms.map(content));
  });

  it('detects UTF-8 and UTF-16 with and without a BOM, and GB18030 without any mark', async () => {
    const text = seedCells();
    const inputs = {
      'utf-8': utf8(text),
      'utf-8 BOM': utf8('\uFEFF' + text),
      'utf-16le BOM': utf16(text, false, true),
      'utf-16le': utf16(text, false, false),
      'utf-16be BOM': utf16(text, true, true),
      gbk: gbk(text),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const r = await importFile(bytes, { fileName: 'seed.txt' });
      expect([name, contents(r)]).toEqual([name, forms.map(content)]);
    }
  });

  it('reads a GBK page without a charset meta', async () => {
    const html = (await exportForms(forms, 'html')) as string;
    const bare = html.replace(/<meta charset="utf-8">/i, '');
    expect(bare).not.toMatch(/charset/i);
    const r = await importFile(gbk(bare), { fileName: 'form.html' });
    expect(contents(r)).toEqual(forms.map(content));
  });
});

describe('csv a person can open', () => {
  it('has the form’s Chinese labels, header fields, funds and 总分, numbers bare', () => {
    const csv = exportCsv([forms[0]]);
    const rows = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF项目支出绩效自评表,')).toBe(true);
    expect(rows).toContain(`项目名称,${forms[0].projectName},,,,,,,`);
    expect(rows).toContain(',,年度资金总额,29.8,29.8,29.8,100,100%,100');
    expect(rows).toContain('绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施');
    expect(rows.find((r) => r.startsWith('总分'))).toBe(`总分,,,,,,${forms[0].total.weight},${forms[0].total.score},`);
  });

  it('guards text that would be a formula, never a value such as -5%', () => {
    const ev = structuredClone(forms[0]);
    ev.indicators[0].deviation = '=1+1, "引号"\n换行';
    ev.indicators[1].target = '-5%';
    ev.indicators[1].actual = "'=A1";
    const csv = exportCsv([ev]);
    expect(csv).toContain(`"'=1+1, ""引号""\n换行"`);
    expect(csv).toContain(',-5%,');
    expect(csv).toContain(",''=A1,");
  });

  it('its guard and quoting read back verbatim', async () => {
    const ev = structuredClone(forms[0]);
    ev.indicators[0].deviation = '=1+1, "引号"\n换行';
    ev.indicators[1].target = '-5%';
    ev.indicators[1].actual = "'=A1";
    const r = await importFile(utf8(exportCsv([ev])), { fileName: 'x.csv' });
    expect(contents(r)).toEqual([content(ev)]);
  });
});

describe('empty is an error', () => {
  const poppler = needs('poppler');

  it.skipIf(!poppler)('pdftotext output, plain and -layout, is 未找到表格内容 with the reason', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'seed.pdf');
    writeFileSync(pdf, (await exportForms(forms, 'pdf')) as Uint8Array);
    for (const args of [[], ['-layout']]) {
      const out = join(dir, `seed${args.join('')}.txt`);
      execFileSync('pdftotext', [...args, pdf, out]);
      const r = await importFile(new Uint8Array(readFileSync(out)), { fileName: 'seed.txt' });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues[0].code).toBe('no-table-content');
      expect(r.issues[0].data).toEqual({ reason: 'text-lines' });
    }
  });

  it('a docx with a title and no table is 未找到表格内容', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('项目支出绩效自评表'), new Paragraph('（2020年度）'), new Paragraph('详见附件。')] }] });
    const r = await importFile(new Uint8Array(await Packer.toBuffer(doc)), { fileName: 'a.docx' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.issues[0].code, r.issues[0].data]).toEqual(['no-table-content', { reason: 'paragraphs', lines: 3 }]);
    // The one check of this error's wording; the others assert its code and data.
    expect(r.issues[0].message.zh).toBe('未找到表格内容：只有 3 段文字，没有表格');
  });

  it('OpenDocument files are told to be saved as xlsx/docx', async () => {
    for (const [kind, ext, want] of [['spreadsheet', 'ods', '.xlsx'], ['text', 'odt', '.docx']] as const) {
      const zip = new JSZip();
      zip.file('mimetype', `application/vnd.oasis.opendocument.${kind}`, { compression: 'STORE' });
      zip.file('content.xml', '<office:document-content/>');
      const r = await importFile(await zip.generateAsync({ type: 'uint8array' }), { fileName: `a.${ext}` });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].code).toBe('opendocument');
        expect(r.issues[0].data).toEqual({ saveAs: want });
      }
    }
  });
});

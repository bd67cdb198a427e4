/**
 * Golden structure of the exports (merged ranges, sheet names, header cells, spans), compared as
 * data, not bytes; plus the promises about text (never a formula) and the sums that are formulas.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { scoreAndReview, type Evaluation } from '@jixiao/core';
import { importText } from '../src/text/cells';
import { exportXlsx } from '../src/xlsx/export';
import { summaryRows } from '../src/xlsx/summary';
import { exportDocx } from '../src/docx/export';
import { exportHtml } from '../src/html/export';
import { importHtml } from '../src/html/import';
import { unzipSafe } from '../src/safety/zip';
import { exportForms, FORMATS, importFile } from '../src/index';
import { seedText } from './helpers';
import { docxTables, golden } from './golden';
import { TYPEFACE } from '../src/typeface';

const seed = importText(seedText());
if (!seed.ok) throw new Error(seed.issues[0].code);
const forms = seed.forms.map((f) => f.evaluation);

async function workbook(b: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b) as unknown as ArrayBuffer);
  return wb;
}

describe('xlsx structure', () => {
  it('matches the golden sheets, merges, header cells and print setup', async () => {
    const wb = await workbook(await exportXlsx(forms, { summary: summaryRows(forms) }));
    const sheets = wb.worksheets.map((ws) => ({
      name: ws.name,
      merges: ((ws as unknown as { model: { merges: string[] } }).model.merges ?? []).slice().sort(),
      a1: ws.getCell('A1').text,
      column1: Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).text).filter(Boolean),
      paperSize: ws.pageSetup.paperSize,
      orientation: ws.pageSetup.orientation,
    }));
    golden('seed-xlsx-structure.json', sheets);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A2').text).toBe('（2020年度）');
    expect(ws.getCell('A1').font).toMatchObject({ name: TYPEFACE, bold: true });
    expect(ws.getCell('D13').font).toMatchObject({ name: TYPEFACE });
    expect(ws.getCell('D13').font.bold).toBeFalsy();
    expect(ws.getCell('D13').alignment.wrapText).toBe(true);
    expect(ws.getCell('D6').border.top?.style).toBe('thin');
    // Row heights are set (exceljs sets none), taller for the long goal texts.
    expect(ws.getRow(11).height).toBeGreaterThan(ws.getRow(6).height);
  });

  it('writes numbers as numbers and text as text, and a text starting with = + - @ never as a formula', async () => {
    const ev: Evaluation = structuredClone(forms[0]);
    ev.indicators[0].target = '=HYPERLINK("http://x","y")';
    ev.indicators[0].actual = '+1+1';
    ev.indicators[0].deviation = '@SUM(A1)';
    ev.indicators[1].actual = '-2';
    const bytes = await exportXlsx([ev]);
    const wb = await workbook(bytes);
    const ws = wb.worksheets[0];
    const row = ws.getRow(ws.getColumn(4).values.findIndex((v) => v === ev.indicators[0].name));
    expect(row.getCell(5).value).toBe('=HYPERLINK("http://x","y")');
    expect(row.getCell(6).value).toBe('+1+1');
    expect(row.getCell(9).value).toBe('@SUM(A1)');
    expect(row.getCell(7).value).toBe(15);
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(6).type).toBe(ExcelJS.ValueType.String);
    // A pure-number actual is a number a person can compute with; it prints as its text.
    const row2 = ws.getRow(row.number + 1);
    expect(row2.getCell(6).value).toBe(-2);
    // The only formulas are the sums the paper form implies, each with its cached result.
    const z = unzipSafe(bytes, (n) => n.startsWith('xl/worksheets/'));
    if (!z.ok) throw new Error(z.issues[0].code);
    for (const xml of z.files.values())
      for (const f of new TextDecoder().decode(xml).match(/<f>[^<]*<\/f>/g) ?? []) expect(f).toMatch(/^<f>SUM\([A-I]\d+:[A-I]\d+\)<\/f>$/);
  });

  it('writes 年度资金总额 and 总分 as =SUM with cached values, 执行率 as a number with a % format, — in the sub-rows', async () => {
    const ws = (await workbook(await exportXlsx([forms[0]]))).worksheets[0];
    expect(ws.getCell('D6').value).toEqual({ formula: 'SUM(D7:D9)', result: 29.8 });
    expect(ws.getCell('F6').value).toEqual({ formula: 'SUM(F7:F9)', result: 29.8 });
    expect([ws.getCell('H6').value, ws.getCell('H6').numFmt]).toEqual([1, '0%']);
    expect([ws.getCell('G7').value, ws.getCell('I7').value]).toEqual(['—', '—']);
    const total = ws.getRow(ws.getColumn(1).values.findIndex((v) => v === '总分'));
    const last = total.number - 1;
    const first = last - forms[0].indicators.length + 1;
    expect(total.getCell(7).value).toEqual({ formula: `SUM(G${first}:G${last})`, result: 100 });
    expect(total.getCell(8).value).toEqual({ formula: `SUM(H${first}:H${last})`, result: forms[0].total.score });
  });

  it('keeps a total that disagrees with its parts as the form states it, not as a formula', async () => {
    const ev: Evaluation = structuredClone(forms[0]);
    ev.funds.total.initial = '0';
    ev.total.score = 50;
    const ws = (await workbook(await exportXlsx([ev]))).worksheets[0];
    expect(ws.getCell('D6').value).toBe(0);
    const total = ws.getRow(ws.getColumn(1).values.findIndex((v) => v === '总分'));
    expect(total.getCell(8).value).toBe(50);
  });
});

describe('docx structure', () => {
  it('matches the golden table shape: gridSpan and vMerge per row', async () => {
    const z = unzipSafe(await exportDocx(forms), (n) => n === 'word/document.xml');
    if (!z.ok) throw new Error(z.issues[0].code);
    const xml = new TextDecoder().decode(z.files.get('word/document.xml'));
    const tables = docxTables(xml);
    golden('seed-docx-structure.json', tables);
    // Two tables a form: the head, and the indicators (their header row repeats on each page).
    expect(tables).toHaveLength(4);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // Paragraphs before each table: the title and the year; each form in its own section (page).
    expect(xml.match(/项目支出绩效自评表/g)).toHaveLength(2);
    expect(xml.match(/<w:sectPr/g)?.length).toBe(2);
  });
});

describe('html export', () => {
  it('matches the golden spans and is a print-ready A4 page', async () => {
    const page = await exportHtml(forms);
    const rows = page.split('<tr>').slice(1, 8).map((tr) => [...tr.matchAll(/<td class="(jx-[\w -]+)"( rowspan="\d+")?( colspan="\d+")?>/g)].map((m) => `${m[1].replace(/ /g, '+')}${m[2] ?? ''}${m[3] ?? ''}`).join(' '));
    golden('seed-html-structure.json', rows);
    expect(page).toContain('@media print');
    expect(page).toContain('size: A4');
    // Printing: the indicator header repeats (<thead>), numbers never break inside.
    expect(page.match(/<thead><tr><td class="jx-label jx-open-bottom">绩效指标<\/td><td class="jx-label">一级指标/g)).toHaveLength(2);
    expect(page).toContain('td.jx-num { white-space: nowrap; }');
    expect(page).not.toContain('word-break: break-all');
    expect(page).not.toMatch(/<(link|script|img)\b/);
  });

  it('escapes user text: a <script> in a cell is shown as text and comes back verbatim', async () => {
    const ev: Evaluation = structuredClone(forms[0]);
    ev.projectName = '<script>alert("x")</script>&amp;';
    ev.indicators[0].deviation = '<img src=x onerror=alert(1)>';
    const page = await exportHtml([ev]);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;');
    const back = await importHtml(page);
    expect(back.ok && back.forms[0].evaluation.projectName).toBe(ev.projectName);
    expect(back.ok && back.forms[0].evaluation.indicators[0].deviation).toBe(ev.indicators[0].deviation);
  });

  it('reads a foreign page: rowspan/colspan grid, collapsed whitespace, title outside the table', async () => {
    const page = `<html><body><h1>项目支出绩效自评表</h1><p>（2021年度）</p><table>
      <tr><td>项目名称</td><td colspan="8">  测试   项目 </td></tr>
      <tr><td>主管部门</td><td colspan="3">甲局</td><td>实施单位</td><td colspan="4">乙中心</td></tr>
    </table></body></html>`;
    const r = await importHtml(page);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ev = r.forms[0].evaluation;
    expect([ev.year, ev.projectName, ev.department, ev.implementer]).toEqual([2021, '测试 项目', '甲局', '乙中心']);
  });
});

describe('dispatch', () => {
  it('lists the formats with extensions and mime types', () => {
    expect(FORMATS.map((f) => f.name)).toEqual(['xlsx', 'docx', 'pdf', 'png', 'jpeg', 'html', 'csv', 'tsv', 'json', 'text']);
    for (const f of FORMATS) expect(f.mime && f.extensions.length).toBeTruthy();
  });

  it('importFile chooses by content, whatever the name says', async () => {
    for (const fmt of ['xlsx', 'docx', 'html'] as const) {
      const out = await exportForms(forms, fmt);
      const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
      const r = await importFile(bytes, { fileName: 'misnamed.txt' });
      expect(r.ok && r.forms.map((f) => [f.evaluation.projectName, f.evaluation.source?.format])).toEqual(
        forms.map((f) => [f.projectName, fmt]),
      );
    }
    const text = await importFile(new TextEncoder().encode(seedText()));
    expect(text.ok && text.forms).toHaveLength(2);
  });

  it('reads PDF by its content (issue 11: it was refused before)', async () => {
    const pdf = await exportForms([forms[0]], 'pdf');
    const r = await importFile(pdf as Uint8Array);
    expect(r.ok && r.forms.map((f) => [f.evaluation.projectName, f.evaluation.source?.format])).toEqual([[forms[0].projectName, 'pdf']]);
  }, 60_000);
});

describe('summary sheet', () => {
  it('has one row per form with funds, rate, claimed and proven totals, grade and findings by severity', async () => {
    const wb = await workbook(await exportXlsx(forms, { summary: summaryRows(forms) }));
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.getCell('A1').text).toBe('项目支出绩效自评汇总表');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '项目名称', '实施单位', '全年预算数', '全年执行数', '执行率', '自评得分', '可证实得分(低)', '可证实得分(高)', '评价等级', '错误', '警告', '提示']);
    const rows = [3, 4].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      [1, forms[0].projectName, '昌吉州中小企业发展服务中心', 29.8, 29.8, '100%', 99],
      [2, forms[1].projectName, '昌吉州中小企业发展服务中心', 45.8966, 45.8966, '100%', 100],
    ]);
    // Proven totals as core scores the seed (form 1: 1.67 for 区域双创活跃度, [3, 4] for the late
    // payment, [0, 5] for 中长期 and for the cost copying its target), and one error (that inflated
    // 区域双创活跃度) on form 1 only.
    expect(rows.map((r) => r.slice(7, 11))).toEqual([
      [77.67, 90.67, '中–优', 1],
      [98, 100, '优', 0],
    ]);
    forms.forEach((ev, k) => {
      const findings = scoreAndReview(ev).findings;
      const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
      expect(rows[k].slice(10)).toEqual([count('error'), count('warning'), count('info')]);
    });
  });
});

/**
 * The forms before the self-evaluation (issue 14): the 绩效目标申报表 and the 运行监控表 exported in
 * their official layouts (golden structure per format, as the self-evaluation's), printed on one
 * A4 page, and the 申报表 read back from xlsx and docx — exactly, with typed errors where it
 * cannot be, and never a throw on damaged input.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import { BASIS_KINDS, levelSpans, lockedTargets, monitoringFromBaseline, type MonitoringForm, type TargetForm, type TargetIndicator } from '@jixiao/core';
import { seedTargetForm1 } from '../../core/src/testing/seed-targets';
import { seedForm1 } from '../../core/src/testing/seed-forms';
import { exportForms, exportMonitoringForms, exportTargetForms, importTargetForms, readTargetGrid, type GridRow } from '../src/index';
import { unzipSafe } from '../src/safety/zip';
import { pdfGrid } from '../src/pdf-import/import';
import { docxTables, golden } from './golden';
import { mutate, mutation, textArb } from './office-arbitrary';
import { printedPages } from './office-tools';
import { needs } from '../../../test/tools';

const target = seedTargetForm1();

/** Seed form 1's July monitoring: 10 of 29.8 万元 spent (33.56% against 58.33% of the year: red), two rows reported. */
function seedMonitoring(): MonitoringForm {
  const m = monitoringFromBaseline({ year: 2020, projectName: target.projectName, department: target.department, implementer: target.implementer, unit: '万元', budget: '29.8' }, lockedTargets(target));
  m.funds.executed = '10';
  m.indicators[0] = { ...m.indicators[0], completed: '16家', expected: '22家', likelihood: 'certain', cause: { kind: null, text: '' }, measure: '' };
  m.indicators[1] = { ...m.indicators[1], completed: '0家', expected: '1家', likelihood: 'impossible', cause: { kind: 'funds', text: '认定资金未到位' }, measure: '协调追加资金' };
  return m;
}

async function workbook(b: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b as Uint8Array) as unknown as ArrayBuffer);
  return wb;
}

async function xlsxShape(b: Uint8Array | string) {
  const wb = await workbook(b);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    merges: ((ws as unknown as { model: { merges: string[] } }).model.merges ?? []).slice().sort(),
    column1: Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).text).filter(Boolean),
    paperSize: ws.pageSetup.paperSize,
    orientation: ws.pageSetup.orientation,
  }));
}

function docxXml(b: Uint8Array | string): string {
  const z = unzipSafe(b as Uint8Array, (n) => n === 'word/document.xml');
  if (!z.ok) throw new Error(z.issues[0].code);
  return new TextDecoder().decode(z.files.get('word/document.xml'));
}

function htmlShape(page: string) {
  return page.split('<tr>').slice(1).map((tr) => [...tr.matchAll(/<td class="(jx-[\w -]+)"( rowspan="\d+")?( colspan="\d+")?>([^<]*)/g)].map((m) => `${m[1].replace(/ /g, '+')}${m[2] ?? ''}${m[3] ?? ''}${m[1].includes('jx-label') ? `:${m[4]}` : ''}`).join(' '));
}

/** A PDF's table as the PDF reader finds it in the text layer: each row's non-empty cells. */
async function pdfTable(b: Uint8Array | string): Promise<string[]> {
  const g = await pdfGrid(b as Uint8Array);
  if (!g.ok) throw new Error(g.issues[0].code);
  return g.rows.map((r) => r.map((c) => c.text).filter((t) => t.trim() !== '').join(' | ')).filter(Boolean);
}

/** Pages of a PDF pdfmake wrote: its page objects. */
function pdfPages(b: Uint8Array | string): number {
  return (Buffer.from(b as Uint8Array).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

describe('绩效目标申报表 exports', () => {
  it('xlsx: the golden sheet (merges, labels down column A), A4 portrait, 分值 a number, 依据 with its kind', async () => {
    const b = await exportTargetForms([target], 'xlsx');
    golden('target-xlsx-structure.json', await xlsxShape(b));
    const ws = (await workbook(b)).worksheets[0];
    expect(ws.getCell('A1').text).toBe('项目支出绩效目标申报表');
    expect(ws.getCell('A2').text).toBe('（2020年度）');
    const header = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '一级指标'));
    expect([2, 3, 4, 5, 6, 7].map((c) => header.getCell(c).text)).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '分值', '指标值设定依据']);
    const first = ws.getRow(header.number + 1);
    expect([first.getCell(5).value, first.getCell(6).value, first.getCell(7).value]).toEqual(['≥20家', 15, '历史标准：2019年完成情况']);
    expect(ws.getCell('D5').value).toBe(29.8);
  });

  it('adds the 评（扣）分标准 column where a row has one, and leaves out 上年结转 where the form has none', async () => {
    const f: TargetForm = { ...target, funds: { ...target.funds, carryover: null }, indicators: target.indicators.map((x, i) => (i === 0 ? { ...x, scoring: '每少1家扣1分' } : x)) };
    const ws = (await workbook(await exportTargetForms([f], 'xlsx'))).worksheets[0];
    const header = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '一级指标'));
    expect(header.getCell(8).text).toBe('评（扣）分标准');
    expect(ws.getRow(header.number + 1).getCell(8).text).toBe('每少1家扣1分');
    expect(Array.from({ length: 10 }, (_, i) => ws.getCell(i + 1, 2).text)).not.toContain('上年结转资金');
  });

  it('docx: the golden table shape, A4 portrait, the indicator header repeating', async () => {
    const xml = docxXml(await exportTargetForms([target], 'docx'));
    golden('target-docx-structure.json', docxTables(xml));
    expect(xml).toContain('w:orient="portrait"');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('项目支出绩效目标申报表');
  });

  it('html: the golden spans and labels, print-ready A4 portrait, user text escaped', async () => {
    const page = (await exportTargetForms([target], 'html')) as string;
    golden('target-html-structure.json', htmlShape(page));
    expect(page).toContain('size: A4 portrait');
    const evil = (await exportTargetForms([{ ...target, projectName: '<script>x</script>' }], 'html')) as string;
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('pdf: seed form 1’s target form is printed on one A4 page with the font embedded, its table the golden one', async () => {
    const b = await exportTargetForms([target], 'pdf');
    expect(pdfPages(b)).toBe(1);
    golden('target-pdf-table.json', await pdfTable(b));
    const text = Buffer.from(b as Uint8Array).toString('latin1');
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(text).toMatch(/\/FontFile2/);
    // Two forms: one page each.
    expect(pdfPages(await exportTargetForms([target, target], 'pdf'))).toBe(2);
  }, 60_000);
});

describe('运行监控表 exports', () => {
  const m = seedMonitoring();

  it('xlsx: the golden sheet on A4 landscape; budget and indicator lights as words', async () => {
    const b = await exportMonitoringForms([m], 'xlsx');
    golden('monitoring-xlsx-structure.json', await xlsxShape(b));
    const ws = (await workbook(b)).worksheets[0];
    expect(ws.getCell('A2').text).toBe('（2020年1–7月）');
    const budgetRow = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '年度预算数') + 1);
    expect([2, 4, 6, 8, 10].map((c) => budgetRow.getCell(c).text)).toEqual(['29.8', '10', '33.56%', '58.33%', '红灯']);
    const header = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '一级指标'));
    expect(Array.from({ length: 10 }, (_, i) => header.getCell(i + 2).text)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '1–7月实际完成值', '全年预计完成值', '完成可能性', '偏差原因', '改进措施', '监控结果']);
    const row = (k: number) => ws.getRow(header.number + 1 + k);
    // 16 of ≥20 by July is 80% against 58.33% of the year, and 确定能: green. 0 of ≥2 and 完全不可能: red.
    expect([8, 9, 10, 11].map((c) => row(0).getCell(c).text)).toEqual(['确定能', '', '', '绿灯']);
    expect([8, 9, 10, 11].map((c) => row(1).getCell(c).text)).toEqual(['完全不可能', '经费保障：认定资金未到位', '协调追加资金', '红灯']);
    // A row without a report has no light.
    expect(row(2).getCell(11).text).toBe('');
  });

  it('the lights follow the finance bureau’s thresholds, and the note under the table states them', async () => {
    const lenient = await workbook(await exportMonitoringForms([m], 'xlsx', { lights: { red: 0.5, yellow: 0.9 } }));
    const ws = lenient.worksheets[0];
    const budgetRow = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '年度预算数') + 1);
    // 33.56 / 58.33 = 57.5% of the expected share: yellow with red below 50%.
    expect(budgetRow.getCell(10).text).toBe('黄灯');
    // The note is the table's last row, above the signature line.
    const note = ws.getCell(ws.rowCount - 1, 1).text;
    expect(note).toContain('低于时序进度的50%为红灯');
    expect(note).toContain('50%至90%为黄灯');
  });

  it('docx and html: the golden shapes on A4 landscape', async () => {
    const xml = docxXml(await exportMonitoringForms([m], 'docx'));
    golden('monitoring-docx-structure.json', docxTables(xml));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const page = (await exportMonitoringForms([m], 'html')) as string;
    golden('monitoring-html-structure.json', htmlShape(page));
    expect(page).toContain('size: A4 landscape');
    expect(page).toContain('>红灯</td>');
  });

  it('pdf: seed form 1’s monitoring form is printed on one A4 landscape page, its table the golden one', async () => {
    const b = await exportMonitoringForms([m], 'pdf');
    expect(pdfPages(b)).toBe(1);
    golden('monitoring-pdf-table.json', await pdfTable(b));
    expect(Buffer.from(b as Uint8Array).toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
  }, 60_000);
});

const office = needs('soffice', 'poppler');

describe.skipIf(!office)('printing the plan forms’ docx (LibreOffice)', () => {
  it('prints seed form 1’s target form on one A4 page, and its July monitoring on one A4 landscape page', async () => {
    expect(printedPages((await exportTargetForms([target], 'docx')) as Uint8Array)).toBe(1);
    expect(printedPages((await exportMonitoringForms([seedMonitoring()], 'docx')) as Uint8Array)).toBe(1);
  }, 240_000);
});

describe('the signature line under a plan form', () => {
  /** The last row's cells, a merged range once, blanks left out. */
  const lastRow = (ws: ExcelJS.Worksheet) => {
    const masters = new Map<string, string>();
    for (let j = 1; j <= ws.columnCount; j++) {
      const c = ws.getCell(ws.rowCount, j);
      const m = c.isMerged ? c.master : c;
      masters.set(m.address, m.value === null || m.value === undefined ? '' : String(m.value));
    }
    return [...masters.values()].filter(Boolean);
  };
  it('names who filed and approved it and when; blank lines to sign by hand otherwise; the reader skips it', async () => {
    const signed = { preparer: '中小企业服务中心填报员', reviewer: '工信局审核员、财政局复核员', date: '2021-04-02' };
    const wb = await workbook(await exportTargetForms([target, target], 'xlsx', { signatures: [signed] }));
    expect(lastRow(wb.worksheets[0])).toEqual(['填报人', signed.preparer, '审核人', signed.reviewer, '日期', '2021-04-02']);
    expect(lastRow(wb.worksheets[1])).toEqual(['填报人', '审核人', '日期']);
    const july = await workbook(await exportMonitoringForms([seedMonitoring()], 'xlsx', { signatures: [{ preparer: '填报员甲' }] }));
    expect(lastRow(july.worksheets[0])).toEqual(['填报人', '填报员甲', '审核人', '日期']);
    const html = (await exportTargetForms([target], 'html', { signatures: [signed] })) as string;
    expect(html).toContain('>工信局审核员、财政局复核员<');
    // Read back: the same forms, nothing of the signature line in them.
    for (const format of ['xlsx', 'docx', 'html', 'pdf'] as const) {
      const out = await exportTargetForms([target], format, { signatures: [signed] });
      const back = await importTargetForms(typeof out === 'string' ? new TextEncoder().encode(out) : out);
      expect(back.ok && back.forms.map((f) => f.form), format).toEqual([format === 'pdf' ? { ...target, template: '' } : target]);
    }
  });
});

describe('绩效目标申报表 imports', () => {
  it.each(['xlsx', 'docx', 'html', 'pdf'] as const)('%s: export → import gives the same forms, several in one file', async (format) => {
    const other: TargetForm = { ...target, projectName: '第二个项目', template: 'some-template', funds: { unit: '元', total: '1000.50', fiscal: '1000.50', carryover: null, other: null }, indicators: target.indicators.slice(0, 3).map((x) => ({ ...x, scoring: '未完成不得分' })) };
    const out = await exportTargetForms([target, other], format);
    const r = await importTargetForms(typeof out === 'string' ? new TextEncoder().encode(out) : out, { fileName: `t.${format}` });
    // The PDF keeps no meta: the template (not on the paper form) comes back blank.
    expect(r.ok && r.forms.map((f) => f.form)).toEqual([target, format === 'pdf' ? { ...other, template: '' } : other]);
    expect(r.ok && r.forms.flatMap((f) => f.notes)).toEqual([]);
  });

  it('reads a foreign 申报表: 年度 in the title, half-width brackets, spaces in labels, no 分值', async () => {
    const cell = (text: string, i: number, r: number) => ({ text, location: `Sheet1!${String.fromCharCode(65 + i)}${r}` });
    const rows: GridRow[] = [
      ['2021年度项目支出绩效目标申报表'],
      ['项目名称', '乡村道路养护'],
      ['主管部门 (单位)', '交通局', '', '实施单位', '公路站'],
      ['项目资金(万元)', '年度资金总额', '120'],
      ['', '其中：财政拨款', '1,000.5万元'],
      ['总体目标', '中长期目标', '', '年度目标'],
      ['', '道路完好', '', '养护 30 公里'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据'],
      ['', '产出指标', '数量指标', '养护里程', '≥30公里', '行业标准'],
      ['', '', '', '养护次数', '≥4次', '其他：按养护规范'],
      ['填报人：张三'],
    ].map((row, r) => row.map((t, i) => cell(t, i, r + 1)));
    const r = readTargetGrid(rows);
    if (!r.ok) throw new Error(r.issues[0].code);
    const f = r.forms[0].form;
    expect([f.year, f.projectName, f.department, f.implementer, f.funds, f.goals]).toEqual([
      2021, '乡村道路养护', '交通局', '公路站', { unit: '万元', total: '120', fiscal: '1000.5', carryover: null, other: null }, { longTerm: '道路完好', annual: '养护 30 公里' },
    ]);
    expect(f.indicators.map((x) => [x.level1, x.level2, x.name, x.target, x.weight, x.basis])).toEqual([
      ['产出指标', '数量指标', '养护里程', '≥30公里', null, { kind: 'industry', text: '' }],
      ['', '', '养护次数', '≥4次', null, { kind: 'other', text: '按养护规范' }],
    ]);
  });

  it('never reads a value as a label: a project named after a fund source, a goal naming 年度资金总额', () => {
    const cell = (text: string, i: number, r: number) => ({ text, location: `R${r}C${i + 1}` });
    const rows: GridRow[] = [
      ['项目支出绩效目标申报表'], ['（2022年度）'],
      ['项目名称', '其他资金配套项目'],
      ['主管部门', '财政拨款管理局', '', '实施单位', '上年结转资金清理中心'],
      ['项目资金（元）', '年度资金总额', '500'],
      ['总体目标', '中长期目标', '', '年度目标'],
      ['', '年度资金总额全部到位', '', '其中：财政拨款按时支付'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据'],
      ['', '产出指标', '数量指标', '配套项目数', '≥3个', '计划标准'],
    ].map((row, r) => row.map((t, i) => cell(t, i, r + 1)));
    const r = readTargetGrid(rows);
    if (!r.ok) throw new Error(`${r.issues[0].code} ${r.issues[0].location}`);
    const f = r.forms[0].form;
    expect([f.projectName, f.department, f.implementer, f.funds, f.goals]).toEqual([
      '其他资金配套项目', '财政拨款管理局', '上年结转资金清理中心', { unit: '元', total: '500', fiscal: null, carryover: null, other: null },
      { longTerm: '年度资金总额全部到位', annual: '其中：财政拨款按时支付' },
    ]);
    expect(r.forms[0].notes).toEqual([]);
  });

  it('says where it cannot read: a 分值 or an amount that is not a number, a missing year, a self-evaluation, a text file', async () => {
    const b = (await exportTargetForms([target], 'xlsx')) as Uint8Array;
    const wb = await workbook(b);
    const ws = wb.worksheets[0];
    const header = ws.getRow(ws.getColumn(2).values.findIndex((v) => v === '一级指标'));
    ws.getRow(header.number + 2).getCell(6).value = '十分';
    const bad = await importTargetForms(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(bad.ok ? null : [bad.issues[0].code, bad.issues[0].location]).toEqual(['bad-weight', `${ws.name}!F${header.number + 2}`]);

    ws.getRow(header.number + 2).getCell(6).value = 10;
    ws.getCell('D5').value = '约三十万';
    const money = await importTargetForms(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(money.ok ? null : [money.issues[0].code, money.issues[0].location, money.issues[0].message.zh]).toEqual(['bad-amount', `${ws.name}!D5`, '金额“约三十万”不是数字']);

    const rows: GridRow[] = [[{ text: '三级指标', location: 'A1' }, { text: '指标值', location: 'B1' }, { text: '指标值设定依据', location: 'C1' }], [{ text: '里程', location: 'A2' }, { text: '≥1', location: 'B2' }, { text: '', location: 'C2' }]];
    const noYear = readTargetGrid(rows);
    expect(noYear.ok ? null : [noYear.issues[0].code, noYear.issues[0].location]).toEqual(['no-year', 'A1']);
    expect(readTargetGrid(rows, { defaultYear: 2022 }).ok).toBe(true);

    const selfEval = await importTargetForms((await exportForms([seedForm1()], 'xlsx')) as Uint8Array);
    expect(selfEval.ok ? null : selfEval.issues[0].code).toBe('not-target-form');
    expect(selfEval.ok ? '' : selfEval.issues[0].location).toMatch(/!E\d+$/);

    const text = await importTargetForms(new TextEncoder().encode('项目名称\t乡村道路\n'));
    expect(text.ok ? null : text.issues[0].code).toBe('target-format');
    const selfEvalPdf = await importTargetForms((await exportForms([seedForm1()], 'pdf')) as Uint8Array);
    expect(selfEvalPdf.ok ? null : selfEvalPdf.issues[0].code).toBe('not-target-form');
  }, 60_000);
});

/** Generated target forms: every field varied, texts from the office round trips' alphabet. */
const PAIRS = [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '成本指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']] as const;
// Decimal strings built from digits (no float): "12", "0.0012", "1000.50".
const money = fc.option(
  fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => {
    const s = String(n).padStart(d + 1, '0');
    return d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`;
  }),
  { nil: null, freq: 3 },
);
const indicatorArb: fc.Arbitrary<TargetIndicator> = fc.record({
  pair: fc.constantFrom(...PAIRS),
  name: textArb(1, 24, true),
  target: textArb(1, 12),
  weight: fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100), { nil: null, freq: 3 }),
  basis: fc.record({ kind: fc.option(fc.constantFrom(...BASIS_KINDS), { nil: null }), text: fc.oneof(fc.constant(''), textArb(1, 30, true)) }),
  scoring: fc.oneof(fc.constant(''), textArb(1, 20)),
}).map(({ pair, ...x }) => ({ level1: pair[0], level2: pair[1], ...x }));
const targetFormArb: fc.Arbitrary<TargetForm> = fc.record({
  schemaVersion: fc.constant(1 as const),
  year: fc.integer({ min: 1990, max: 2100 }),
  projectName: textArb(1, 30),
  department: fc.oneof(fc.constant(''), textArb(1, 20)),
  implementer: fc.oneof(fc.constant(''), textArb(1, 20)),
  template: fc.constantFrom('', 'xinjiang-2020'),
  funds: fc.record({ unit: fc.constantFrom('万元' as const, '元' as const), total: money, fiscal: money, carryover: money, other: money }),
  goals: fc.record({ longTerm: fc.oneof(fc.constant(''), textArb(1, 60, true)), annual: fc.oneof(fc.constant(''), textArb(1, 60, true)) }),
  indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 12 }),
});

/**
 * The form as its paper layout states it: 一级/二级 written once per merged block (the rows below
 * a block's first are blank, as a merged cell reads back).
 */
function asPrinted(f: TargetForm): TargetForm {
  const spans = levelSpans(f.indicators);
  return {
    ...f,
    indicators: f.indicators.map((x, k) => ({ ...x, level1: spans.level1[k] > 0 ? x.level1 : '', level2: spans.level2[k] > 0 ? x.level2 : '' })),
  };
}

describe('generated target forms', () => {
  test.prop([targetFormArb], { numRuns: 25 })('xlsx and docx: export → import is the same form', async (f) => {
    for (const format of ['xlsx', 'docx'] as const) {
      const r = await importTargetForms((await exportTargetForms([f], format)) as Uint8Array);
      if (!r.ok) throw new Error(`${format}: ${r.issues[0].code} at ${r.issues[0].location}: ${r.issues[0].message.en}`);
      expect(r.forms.map((x) => x.form)).toEqual([asPrinted(f)]);
    }
  }, 120_000);

  const seedGrid: Promise<GridRow[]> = (async () => {
    const { xlsxGrid } = await import('../src/xlsx/import');
    const g = await xlsxGrid((await exportTargetForms([target], 'xlsx')) as Uint8Array);
    if (!g.ok) throw new Error(g.issues[0].code);
    return g.rows;
  })();
  const edit = fc.record({ row: fc.nat(), col: fc.nat(), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('项目名称', '三级指标', '指标值', '指标值设定依据', '分值', '年度资金总额', '绩效目标申报表', '（2020年度）', '-', 'NaN', '1e309', '')) });
  test.prop([fc.array(edit, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 5 })], { numRuns: 300 })('edited grids: a form or a typed error with its location, never a throw', async (edits, drops) => {
    const rows = (await seedGrid).map((r) => r.map((c) => ({ ...c })));
    for (const e of edits) {
      const row = rows[e.row % rows.length];
      if (row.length) row[e.col % row.length].text = e.text;
    }
    for (const d of drops) rows.splice(d % Math.max(1, rows.length), 1);
    const r = readTargetGrid(rows);
    if (r.ok) for (const f of r.forms) expect(f.form.schemaVersion).toBe(1);
    else {
      expect(r.issues[0].code).toMatch(/^[a-z-]+$/);
      expect(r.issues[0].location).not.toBe('');
      expect(r.issues[0].message.zh && r.issues[0].message.en).toBeTruthy();
    }
  });
});

describe('damaged 申报表 files', () => {
  /** A result, or a typed error with a code, a location and both messages; never a throw. */
  function wellFormed(r: Awaited<ReturnType<typeof importTargetForms>>) {
    if (r.ok) for (const f of r.forms) expect(f.form.schemaVersion).toBe(1);
    else expect([/^[a-z0-9-]+$/.test(r.issues[0].code), !!r.issues[0].location, !!r.issues[0].message.zh, !!r.issues[0].message.en]).toEqual([true, true, true, true]);
  }
  const files = Promise.all((['xlsx', 'docx'] as const).map(async (f) => (await exportTargetForms([target], f)) as Uint8Array));
  test.prop([fc.constantFrom(0, 1), mutation(4000)], { numRuns: 60 })('mutated xlsx and docx bytes: a form or a typed error', async (which, m) => {
    const bytes = (await files)[which];
    // The mutation's offsets are drawn for 4000 bytes: spread them over the file.
    const scaled = m.kind === 'flip' ? { ...m, spots: m.spots.map((x) => Math.floor((x / 4000) * bytes.length)) } : { ...m, at: Math.floor((m.at / 4000) * bytes.length) };
    wellFormed(await importTargetForms(mutate(bytes, scaled)));
  }, 120_000);
  test.prop([fc.uint8Array({ maxLength: 2000 })], { numRuns: 60 })('random bytes: a typed error', async (b) => {
    wellFormed(await importTargetForms(b));
  });
});

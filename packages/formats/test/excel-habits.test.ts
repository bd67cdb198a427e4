/**
 * Excel's own habits, each in a workbook made here from the seed's xlsx export and then edited as
 * a person or a script edits it: percentages stored as numbers with a % format, thousands
 * separators, formulas without cached results, a stray cell or a 备注 column beside the table,
 * 指标性质/计量单位 columns, and a 部门整体支出 form.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Evaluation } from '@jixiao/core';
import { importText } from '../src/text/cells';
import { exportXlsx } from '../src/xlsx/export';
import { importXlsx } from '../src/xlsx/import';
import { exportForms, importFile } from '../src/index';
import type { ImportResult, ImportedForm } from '../src/grid/types';
import { seedText } from './helpers';

const seed = (() => {
  const r = importText(seedText());
  if (!r.ok) throw new Error(r.issues[0].code);
  return r.forms.map((f) => f.evaluation);
})();

async function seedBook(form = 0): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportXlsx([seed[form]])) as unknown as ArrayBuffer);
  return { wb, ws: wb.worksheets[0] };
}

async function reread(wb: ExcelJS.Workbook): Promise<ImportedForm> {
  const r: ImportResult = await importXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  if (!r.ok) throw new Error(`${r.issues[0].code}: ${r.issues[0].message.en}`);
  return r.forms[0];
}

/** Set a number format on one cell only (exceljs shares one style object between loaded cells). */
function fmt(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

/** The row number whose cell in column D (三级指标) or C (funds label) holds the text. */
function rowOf(ws: ExcelJS.Worksheet, col: string, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`${col}${r}`).text.includes(text)) return r;
  throw new Error(`no ${text} in column ${col}`);
}

describe('values as Excel displays them', () => {
  it('reads 100% stored as 1 under a % format as 100%, and 满意率 is not scored as 1', async () => {
    const { wb, ws } = await seedBook();
    const r = rowOf(ws, 'D', '被服务企业满意率');
    ws.getCell(`F${r}`).value = 1;
    fmt(ws.getCell(`F${r}`), '0%');
    ws.getCell(`E${r}`).value = 0.15;
    fmt(ws.getCell(`E${r}`), '0.0%');
    const f = await reread(wb);
    const ind = f.evaluation.indicators.find((i) => i.name === '被服务企业满意率')!;
    expect(ind.actual).toBe('100%');
    expect(ind.target).toBe('15.0%');
  });

  it('keeps digits a % format hides rather than rounding the form’s figure', async () => {
    const { wb, ws } = await seedBook();
    const r = rowOf(ws, 'D', '被服务企业满意率');
    ws.getCell(`F${r}`).value = 0.9567;
    fmt(ws.getCell(`F${r}`), '0%');
    const f = await reread(wb);
    expect(f.evaluation.indicators.find((i) => i.name === '被服务企业满意率')!.actual).toBe('95.67%');
  });

  it('reads 1,234.50 under #,##0.00 as the amount 1234.5 and as the text a person sees', async () => {
    const { wb, ws } = await seedBook();
    const total = rowOf(ws, 'C', '年度资金总额');
    ws.getCell(`F${total}`).value = 1234.5;
    fmt(ws.getCell(`F${total}`), '#,##0.00');
    const r = rowOf(ws, 'D', '被服务企业满意率');
    ws.getCell(`F${r}`).value = 600;
    fmt(ws.getCell(`F${r}`), '0"人"');
    ws.getCell(`E${r}`).value = 1234.5;
    fmt(ws.getCell(`E${r}`), '#,##0.00');
    const f = await reread(wb);
    expect(f.evaluation.funds.total.executed).toBe('1234.5');
    const ind = f.evaluation.indicators.find((i) => i.name === '被服务企业满意率')!;
    expect(ind.target).toBe('1,234.50');
    expect(ind.actual).toBe('600人');
  });
});

describe('formulas without cached values', () => {
  it('evaluates SUM and + − × ÷ over cells exactly', async () => {
    const { wb, ws } = await seedBook();
    const total = rowOf(ws, 'C', '年度资金总额');
    const fiscal = total + 1;
    const other = total + 3;
    // 5 + 24.8 + blank: exactly 29.8, not 29.799999999999997.
    ws.getCell(`D${total}`).value = { formula: `SUM(D${fiscal}:D${other})` } as ExcelJS.CellFormulaValue;
    ws.getCell(`E${total}`).value = { formula: `E${fiscal}+E${fiscal + 1}+E${other}` } as ExcelJS.CellFormulaValue;
    ws.getCell(`F${total}`).value = { formula: `(F${fiscal}*2+F${fiscal + 1}*2)/2` } as ExcelJS.CellFormulaValue;
    ws.getCell(`H${total}`).value = { formula: `F${total}/E${total}` } as ExcelJS.CellFormulaValue;
    fmt(ws.getCell(`H${total}`), '0.00%');
    const f = await reread(wb);
    expect(f.evaluation.funds.total).toMatchObject({ initial: '29.8', adjusted: '29.8', executed: '29.8', rate: '100.00%' });
    expect(f.notes.map((n) => n.code)).not.toContain('formula-uncached');
  });

  it('notes a formula it cannot evaluate, saying to open and save it in Excel/WPS', async () => {
    const { wb, ws } = await seedBook();
    const totalRow = rowOf(ws, 'A', '总分');
    const scoreCell = ws.getRow(totalRow).getCell(8);
    scoreCell.value = { formula: 'VLOOKUP(A1,B1:C9,2,FALSE)' } as ExcelJS.CellFormulaValue;
    const f = await reread(wb);
    const n = f.notes.find((x) => x.code === 'formula-uncached');
    expect(n?.location).toBe(`${ws.name}!${scoreCell.address}`);
    expect(f.notes.map((x) => x.code)).not.toContain('total-blank');
  });
});

describe('cells placed by the header columns', () => {
  it('a stray cell right of the funds row does not shift 全年执行数 onto 分值', async () => {
    const { wb, ws } = await seedBook();
    const total = rowOf(ws, 'C', '年度资金总额');
    // 29.8 29.8 29.8 100 100% 100: equal neighbours a dedup took for merged copies.
    ws.getCell(`J${total}`).value = '已核对';
    const f = await reread(wb);
    expect(f.evaluation.funds.total).toEqual(seed[0].funds.total);
    expect(f.notes.filter((n) => n.code === 'unplaced-cell').map((n) => n.location)).toEqual([`${ws.name}!J${total}`]);
    expect(f.notes.map((n) => n.code)).not.toContain('merged-duplicates');
  });

  it('a 备注/填表人 column beside the table leaves every value in place', async () => {
    const { wb, ws } = await seedBook();
    const head = rowOf(ws, 'D', '年初预算数');
    ws.getCell(`J${head}`).value = '备注';
    for (let r = head + 1; r <= head + 4; r++) ws.getCell(`J${r}`).value = '填表人：张三';
    const f = await reread(wb);
    expect(f.evaluation.funds).toEqual(seed[0].funds);
    expect(f.evaluation.indicators).toEqual(seed[0].indicators);
  });
});

describe('指标性质 and 计量单位 columns', () => {
  async function formWithNature(rows: [string, string, string, string, string][]): Promise<Evaluation> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.addRow(['项目支出绩效自评表']);
    ws.addRow(['（2021年度）']);
    ws.addRow(['项目名称', '测试项目']);
    ws.addRow(['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '计量单位', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    rows.forEach(([name, nature, target, unit, actual], i) =>
      ws.addRow([i === 0 ? '产出指标' : '', i === 0 ? '数量指标' : '', name, nature, target, unit, actual, 10, 10, '']),
    );
    ws.addRow(['总分', '', '', '', '', '', '', 100, 100]);
    return (await reread(wb)).evaluation;
  }

  it('combines direction and unit into the target and the unit into the actual', async () => {
    const ev = await formWithNature([
      ['培训人数', '正向', '600', '人', '650'],
      ['投诉次数', '反向', '3', '次', '1'],
      ['验收合格率', '=', '100', '%', '100'],
      ['服务人次', '≥', '≥600人', '人', '620人'],
      ['服务质量', '定性', '明显提高', '', '达到预期'],
    ]);
    expect(ev.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['≥600人', '650人'],
      ['≤3次', '1次'],
      ['=100%', '100%'],
      ['≥600人', '620人'],
      ['明显提高', '达到预期'],
    ]);
  });
});

describe('the form type', () => {
  it('a 部门整体支出绩效自评表 is read, kept and written back as one', async () => {
    const { wb, ws } = await seedBook();
    ws.getCell('A1').value = '部门整体支出绩效自评表';
    const f = await reread(wb);
    expect(f.evaluation.formType).toBe('部门整体支出');
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await exportXlsx([f.evaluation])) as unknown as ArrayBuffer);
    expect(again.worksheets[0].getCell('A1').text).toBe('部门整体支出绩效自评表');
    expect((await reread(again)).evaluation.formType).toBe('部门整体支出');
  });

  it.each(['docx', 'html', 'pdf', 'csv', 'text', 'json'] as const)('%s keeps the form type through export and import', async (format) => {
    const ev: Evaluation = { ...seed[0], formType: '部门整体支出' };
    const out = await exportForms([ev, seed[1]], format);
    const r = await importFile(typeof out === 'string' ? new TextEncoder().encode(out) : out, { fileName: `x.${format === 'text' ? 'txt' : format}` });
    if (!r.ok) throw new Error(r.issues[0].code);
    expect(r.forms.map((f) => f.evaluation.formType)).toEqual(['部门整体支出', undefined]);
  }, 60_000);

  it('a 项目支出 form carries no form type (the default)', async () => {
    const { wb } = await seedBook();
    expect((await reread(wb)).evaluation.formType).toBeUndefined();
  });
});

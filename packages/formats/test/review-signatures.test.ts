/**
 * The finance re-score (复核得分, 复核意见, 复核总分) and the signature block (填报人, 联系电话,
 * 单位负责人, 填报日期) are shown in every export when the form carries them, and read back.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Evaluation } from '@jixiao/core';
import { exportForms, importFile } from '../src/index';
import { layoutForm } from '../src/layout/official';
import { contents, seedForms } from './pdf-helpers';
import { content } from './helpers';

const [seed, seed2] = seedForms();
const reviewed: Evaluation = {
  ...structuredClone(seed),
  financeReview: {
    scores: { '0': { score: 12, reason: '参赛企业名单缺少佐证' }, '3': { score: 8, reason: '' } },
    comment: '总体完成较好，佐证材料需补充',
    total: 95,
  },
  signatures: { preparer: '张三', phone: '0994-1234567', head: '李四', date: '2021年3月1日' },
};

describe('re-score and signatures in exports', () => {
  it('lays out 复核得分 beside 自评得分, one row per re-scored indicator, then 复核总分 and the signatures', () => {
    const l = layoutForm(reviewed);
    const texts = (row: number) => l.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col).map((c) => c.text);
    const head = l.cells.find((c) => c.text === '财政复核')!.row;
    expect(texts(head)).toEqual(['财政复核', '序号', '三级指标', '分值', '自评得分', '复核得分', '复核意见']);
    expect(texts(head + 1)).toEqual(['1', seed.indicators[0].name, String(seed.indicators[0].weight), String(seed.indicators[0].score), '12', '参赛企业名单缺少佐证']);
    expect(texts(head + 3)).toEqual(['复核总分', '95', '总体完成较好，佐证材料需补充']);
    expect(texts(head + 4)).toEqual(['填报人', '张三', '联系电话', '0994-1234567', '单位负责人', '李四']);
    expect(texts(head + 5)).toEqual(['填报日期', '2021年3月1日']);
  });

  it('leaves both blocks out of a form without them', () => {
    expect(layoutForm(seed).cells.some((c) => c.text === '财政复核' || c.text === '填报人')).toBe(false);
  });

  for (const format of ['xlsx', 'docx', 'html', 'csv', 'pdf'] as const) {
    it(`${format}: written and read back with the form after it unchanged`, async () => {
      const out = await exportForms([reviewed, seed2], format);
      const r = await importFile(typeof out === 'string' ? new TextEncoder().encode(out) : out, { fileName: `x.${format}` });
      expect(contents(r)).toEqual([content(reviewed), content(seed2)]);
      if (r.ok) expect(r.forms[0].notes.filter((n) => n.code === 'unplaced-cell')).toEqual([]);
    }, 60_000);
  }

  it('xlsx: the re-score cells are numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportForms([reviewed], 'xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const row = ws.getRow(ws.getColumn(1).values.findIndex((v) => v === '财政复核') + 1);
    expect([row.getCell(2).value, row.getCell(6).value, row.getCell(7).value]).toEqual([1, seed.indicators[0].score, 12]);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { scoreAndReview, drawSample, rankForms, rankingRows, type RankingRow } from '@jixiao/core';
import { seedForm1, seedForm2 } from '../../../core/src/testing/seed-forms';
import { exportRankingXlsx, importRankingXlsx } from '../index';
import { TYPEFACE } from '../typeface';
import { xlsxCellFonts } from '../../test/typeface-tools';

function rows(lang: 'zh' | 'en'): { rows: RankingRow[]; sample: ReturnType<typeof drawSample> } {
  const one = seedForm1();
  // A department left blank, a name across two lines and no score at all: the cells that are easy to lose.
  const two = { ...seedForm2(), department: '', projectName: '2020年度自治区\n银河培训项目' };
  const blank = seedForm2();
  const three = { ...blank, indicators: blank.indicators.map((x) => ({ ...x, score: null })), total: { weight: 100, score: null } };
  const ranked = rankForms([one, two, three].map((ev, i) => ({ id: `seed-2020.txt#${i + 1}`, ...scoreAndReview(ev) })));
  const sample = drawSample(ranked, { top: 1, random: 1, seed: '2021-抽查' });
  return { rows: rankingRows(ranked, lang, sample.ok ? sample.value : undefined), sample };
}

describe('ranking xlsx', () => {
  it.each(['zh', 'en'] as const)('write → read returns the rows (%s)', async (lang) => {
    const r = rows(lang);
    expect(r.rows.some((x) => x.sample !== '')).toBe(true);
    expect(r.rows.some((x) => x.claimed === null)).toBe(true);
    const bytes = await exportRankingXlsx(r.rows, lang, r.sample.ok ? r.sample.value : undefined);
    expect(await importRankingXlsx(bytes)).toEqual(r.rows);
  });

  it('titles the columns in the language asked, records the sample, and sets row heights', async () => {
    const r = rows('zh');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportRankingXlsx(r.rows, 'zh', r.sample.ok ? r.sample.value : undefined)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('风险排序')!;
    expect(ws.getRow(1).getCell(1).value).toBe('排名');
    expect(ws.getRow(1).getCell(11).value).toBe('自评虚高');
    expect(ws.getRow(2).height).toBeGreaterThan(20);
    const s = wb.getWorksheet('抽样记录')!;
    expect(s.getRow(1).values).toEqual([undefined, '抽样种子', '2021-抽查']);
    expect(s.getRow(2).getCell(2).value).toBe('mulberry32/fnv1a');
  });

  it('names the one typeface of the exports in every cell of both sheets', async () => {
    const r = rows('zh');
    expect(await xlsxCellFonts(await exportRankingXlsx(r.rows, 'zh', r.sample.ok ? r.sample.value : undefined))).toEqual([TYPEFACE]);
  });
});

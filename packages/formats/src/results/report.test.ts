/** 结果应用 files: the xlsx reads back cell for cell in both languages; the PDF's text (pdftotext) holds every row. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_THRESHOLDS, RESULTS_COLUMNS, resultsReport, type ResultsInput } from '@jixiao/core';
import { readResultsXlsx, resultsTitle, writeResultsPdf, writeResultsXlsx, type ResultsDocument } from './report';
import { TYPEFACE } from '../typeface';
import { xlsxCellFonts } from '../../test/typeface-tools';

const input = (o: Partial<ResultsInput>): ResultsInput => ({
  formId: 1, year: 2020, projectName: '项目', implementer: '昌吉州中小企业发展服务中心', status: 'published', selfScore: 95, selfGrade: '优',
  reviewScore: null, reviewGrade: null, executionRate: '1', openRectification: 0, ...o,
});

function doc(): ResultsDocument {
  const { rows, summary } = resultsReport([
    input({ formId: 1, projectName: '2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛', selfScore: 99, reviewScore: 88.5, reviewGrade: '良', openRectification: 1 }),
    input({ formId: 2, projectName: '低执行率项目', selfScore: 85, selfGrade: '良', executionRate: '0.4', implementer: '昌吉州工业经济运行监测中心' }),
    input({ formId: 3, projectName: '评价较差项目', selfScore: 55.25, selfGrade: '差', executionRate: '0.45' }),
  ], DEFAULT_BUDGET_THRESHOLDS);
  return { department: '昌吉州工业和信息化局', year: 2020, thresholds: DEFAULT_BUDGET_THRESHOLDS, rows, summary };
}

describe('results report xlsx', () => {
  it('writes the title, the header and one row per form with the signal and its reasons', async () => {
    const back = await readResultsXlsx(await writeResultsXlsx(doc(), 'zh'));
    expect(back.title).toBe('2020年度 昌吉州工业和信息化局 项目支出绩效评价结果应用表');
    expect(back.header).toEqual(RESULTS_COLUMNS.map((c) => c.zh));
    expect(back.rows).toEqual([
      ['低执行率项目', '昌吉州工业经济运行监测中心', '85', '良', '', '', '40.00', '0', '建议压减预算（预算执行率偏低）'],
      ['评价较差项目', '昌吉州中小企业发展服务中心', '55.25', '差', '', '', '45.00', '0', '建议压减预算（评价等级偏低、预算执行率偏低）'],
      ['2020年“创客中国”新疆中小企业创新创业大赛昌吉州选拔赛', '昌吉州中小企业发展服务中心', '99', '优', '88.5', '良', '100.00', '1', '正常安排'],
    ]);
  });
  it('writes English titles when asked', async () => {
    const back = await readResultsXlsx(await writeResultsXlsx(doc(), 'en'));
    expect(back.title).toBe(resultsTitle(doc(), 'en'));
    expect(back.header).toEqual(RESULTS_COLUMNS.map((c) => c.en));
    expect(back.rows[0][8]).toBe('suggest a budget cut (low execution rate)');
  });
  it('names the one typeface of the exports in every cell', async () => {
    expect(await xlsxCellFonts(await writeResultsXlsx(doc(), 'zh'))).toEqual([TYPEFACE]);
  });
});

describe('results report pdf', () => {
  it('embeds the Chinese font and carries every row, the rule and the summary (pdftotext)', async () => {
    const bytes = await writeResultsPdf(doc(), 'zh');
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'jx-results-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), bytes);
      const fonts = execFileSync('pdffonts', [join(dir, 'r.pdf')], { encoding: 'utf8' });
      expect(fonts).toContain('NotoSerifSC');
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('2020年度 昌吉州工业和信息化局 项目支出绩效评价结果应用表');
      const lines = text.split('\n');
      // Each short-named row on one line, in order, with its scores, rate and signal.
      const at = (name: string) => lines.findIndex((l) => l.includes(name));
      expect(at('低执行率项目')).toBeLessThan(at('评价较差项目'));
      expect(lines[at('低执行率项目')]).toMatch(/低执行率项目.*85.*良.*40\.00.*0.*建议压减预算/);
      expect(lines[at('评价较差项目')]).toMatch(/评价较差项目.*55\.25.*差.*45\.00.*建议压减预算/);
      // Grades as the signal reads them: form 1's 复核 良, not its self 优.
      expect(text).toContain('共 3 个项目（优 0，良 2，中 0，差 1），建议压减预算 2 个，未销号整改事项 1 项。');
      expect(text).toMatch(/预算执行率低于\s*50%/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

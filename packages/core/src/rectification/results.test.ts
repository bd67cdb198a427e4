/** 结果应用: the budget signal from grade and execution rate, thresholds as a setting. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_THRESHOLDS, parseBudgetThresholds, resultsReport, resultsRow, type ResultsInput } from './results';

const row = (o: Partial<ResultsInput>): ResultsInput => ({
  formId: 1, year: 2020, projectName: '项目', implementer: '单位', status: 'published', selfScore: 95, selfGrade: '优',
  reviewScore: null, reviewGrade: null, executionRate: '0.95', openRectification: 0, ...o,
});

describe('budget thresholds', () => {
  it('reads "grade,percent" and refuses anything else', () => {
    expect(parseBudgetThresholds('差,50')).toEqual({ ok: true, value: { cutGrade: '差', executionBelow: 50 } });
    expect(parseBudgetThresholds('中,60.5')).toEqual({ ok: true, value: { cutGrade: '中', executionBelow: 60.5 } });
    for (const bad of ['', '差', '50,差', '甲,50', '差,101', '差,-1', '差,50.123', '差, 50x']) {
      expect(parseBudgetThresholds(bad), bad).toMatchObject({ ok: false, issues: [{ code: 'invalid-budget-thresholds', path: 'value', data: { value: bad } }] });
    }
  });
  it('explains an invalid text in Chinese and English (the server answers it, the settings page shows it as typed)', () => {
    const message = (v: string) => { const r = parseBudgetThresholds(v); return r.ok ? null : r.issues[0].message; };
    expect(message('差,50')).toBeNull();
    expect(message('中,60.5')).toBeNull();
    expect(message('差,101')).toEqual({
      zh: '“差,101”不是有效的预算安排阈值：应为“等级,执行率百分比”，如“差,50”，等级为优/良/中/差，执行率在 0 到 100 之间',
      en: '"差,101" is not valid budget thresholds: give "grade,execution percent", such as "差,50", a grade of 优/良/中/差 and a percent from 0 to 100',
    });
    expect(message('甲,50')?.zh).toContain('“甲,50”');
  });
});

describe('resultsRow', () => {
  it('marks grade 差 and execution below 50% for a cut, with the reasons', () => {
    expect(resultsRow(row({ selfGrade: '差', selfScore: 55 }), DEFAULT_BUDGET_THRESHOLDS)).toMatchObject({ signal: 'cut', reasons: ['grade'] });
    expect(resultsRow(row({ executionRate: '0.4999' }), DEFAULT_BUDGET_THRESHOLDS)).toMatchObject({ signal: 'cut', reasons: ['execution'], executionPercent: '49.99' });
    expect(resultsRow(row({ executionRate: '0.5' }), DEFAULT_BUDGET_THRESHOLDS)).toMatchObject({ signal: 'keep', reasons: [], executionPercent: '50.00' });
  });
  it('reads the 复核 grade before the self grade', () => {
    expect(resultsRow(row({ selfGrade: '优', reviewGrade: '差', reviewScore: 58 }), DEFAULT_BUDGET_THRESHOLDS).signal).toBe('cut');
    expect(resultsRow(row({ selfGrade: '差', reviewGrade: '良' }), DEFAULT_BUDGET_THRESHOLDS).signal).toBe('keep');
  });
  it('a stricter setting cuts from 中 and below 60%', () => {
    const r = parseBudgetThresholds('中,60');
    if (!r.ok) throw new Error('中,60 is valid');
    const t = r.value;
    expect(resultsRow(row({ selfGrade: '中' }), t).reasons).toEqual(['grade']);
    expect(resultsRow(row({ selfGrade: '良', executionRate: '0.59' }), t).reasons).toEqual(['execution']);
    expect(resultsRow(row({ selfGrade: '良' }), t).signal).toBe('keep');
  });
  it('an unknown rate or grade marks nothing', () => {
    expect(resultsRow(row({ selfGrade: null, executionRate: null }), DEFAULT_BUDGET_THRESHOLDS)).toMatchObject({ signal: 'keep', executionPercent: null });
  });
});

describe('resultsReport', () => {
  it('puts cuts first and sums the summary', () => {
    const { rows, summary } = resultsReport([
      row({ formId: 1, projectName: '乙' }),
      row({ formId: 2, projectName: '甲', selfGrade: '差', openRectification: 2 }),
      row({ formId: 3, projectName: '丙', executionRate: '0.3', openRectification: 1 }),
    ], DEFAULT_BUDGET_THRESHOLDS);
    // Cuts first, each group by project name (丙 bǐng before 甲 jiǎ).
    expect(rows.map((r) => r.formId)).toEqual([3, 2, 1]);
    expect(summary).toEqual({ forms: 3, cut: 2, openRectification: 3, grades: { 优: 2, 良: 0, 中: 0, 差: 1 } });
  });
});

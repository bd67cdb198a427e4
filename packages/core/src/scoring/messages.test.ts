import { describe, expect, it } from 'vitest';
import { SCORING_MESSAGES, explain, type ScoringMessageId } from './messages';

// Data that fills every placeholder any scoring template uses.
const FULL = {
  actual: '35家', actualEn: '35 家', target: '20家', targetEn: '20 家', targetOp: '≥20家', targetOpEn: '≥20 家',
  sym: '≥', weight: '15', text: '35家', formula: '15×35/20', score: '1.67', band: 'partial', min: '3', max: '4',
  actualUnit: '人', targetUnit: '%', cell: 'actual', status: 'met', executed: '9', budget: '10', rate: '90%',
};

describe('scoring message catalogue', () => {
  it.each(Object.keys(SCORING_MESSAGES) as ScoringMessageId[])('%s renders with no placeholder left in zh and en', (id) => {
    const e = explain(id, FULL);
    expect(e.messageId).toBe(id);
    expect(e.zh).not.toMatch(/\{\w+\}/);
    expect(e.en).not.toMatch(/\{\w+\}/);
  });

  it('keeps the data it was rendered from and appends funds notes in order', () => {
    const e = explain('funds.no-rate', {}, ['from-sub-rows', 'apart']);
    expect(e.data).toEqual({ notes: 'from-sub-rows,apart' });
    expect(e.zh).toBe('预算数或执行数缺失，无法计算执行率（年度资金总额行为空或为0，按分项合计；执行率单列，不计入总分）');
  });

  it('names bands and cells in words from their values', () => {
    expect(explain('band.reads', { text: '基本完成', band: 'partial', min: '6', max: '8' }).zh).toBe('实际完成值“基本完成”属部分达成，得分区间6–8分');
    expect(explain('unverifiable.unreadable', { cell: 'target', text: '≥6OO人' }).en).toMatch(/^Target “≥6OO人”/);
  });
});

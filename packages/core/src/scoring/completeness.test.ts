import { describe, expect, it } from 'vitest';
import { exampleForm as form, withRows } from '../review/example-form';
import { statedPoints } from './completeness';
import { scoreEvaluation } from './evaluation';

const LAYOUT = { title: true, header: true, funds: true, goals: true, indicatorHeader: true, total: true } as const;

describe('completeness', () => {
  it('a whole form is complete and graded', () => {
    const s = scoreEvaluation(form({ layout: LAYOUT }));
    expect(s.completeness).toEqual({ complete: true, missing: [], indicatorsCut: false, yearUnknown: false });
    expect(s.totals.grade.claimed).toBe('优');
  });

  it('a page cut before 总分 gets no total grade, with the evidence', () => {
    const s = scoreEvaluation(form({ layout: { ...LAYOUT, total: false }, indicators: withRows({ 6: { name: '参训企业满', target: '', actual: '', weight: null, score: null } }), total: { weight: null, score: null } }));
    expect(s.completeness.missing).toEqual([{ part: 'total' }, { part: 'last-row', index: 6, name: '参训企业满' }]);
    expect(s.completeness.indicatorsCut).toBe(true);
    expect(s.totals.grade).toEqual({ claimed: null, proven: null });
  });

  it('a continuation page cuts the start of the form but not an indicator table that ends in its 总分', () => {
    const s = scoreEvaluation(form({ layout: { ...LAYOUT, title: false, header: false, goals: false } }));
    expect(s.completeness).toMatchObject({ complete: false, missing: [{ part: 'start' }], indicatorsCut: false });
  });

  it('a page without a year: dates are not judged against a placeholder year', () => {
    const s = scoreEvaluation(form({ layout: { ...LAYOUT, year: false }, indicators: withRows({ 2: { target: '11月30日前', actual: '12月20日' } }) }));
    expect(s.completeness.yearUnknown).toBe(true);
    const known = scoreEvaluation(form({ layout: LAYOUT, indicators: withRows({ 2: { target: '11月30日前', actual: '12月20日' } }) }));
    expect(known.indicators[2].status).toBe('partial');
    expect(s.indicators[2].status).not.toBe(known.indicators[2].status);
  });

  it('reads the points a label states', () => {
    expect([statedPoints('产出指标(50分)'), statedPoints('得分 (20分*执行率)'), statedPoints('项目决策 2 分'), statedPoints('产出指标')]).toEqual([50, 20, 2, null]);
  });
});

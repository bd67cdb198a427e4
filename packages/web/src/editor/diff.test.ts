import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation } from '@jixiao/core';
import { applyMerge, diffEvaluations, planMerge } from './diff';
import { blankIndicator, insertIndicator, removeIndicator, setBlockText, updateAt } from './update';

function form(): Evaluation {
  const ev = emptyEvaluation(2020);
  ev.projectName = '项目';
  ev.indicators = [
    { ...blankIndicator('产出指标', '数量指标'), name: 'A', weight: 10, score: 10 },
    { ...blankIndicator(), name: 'B', weight: 10, score: 8 },
    { ...blankIndicator('', '质量指标'), name: 'C', weight: 10, score: 9 },
  ];
  return ev;
}

describe('diffEvaluations', () => {
  it('lists exactly the changed fields with before and after', () => {
    const a = form();
    const b = updateAt(updateAt(a, 'indicators[1].score', 6), 'funds.total.executed', '12.5');
    expect(diffEvaluations(a, b)).toEqual([
      { path: 'funds.total.executed', before: null, after: '12.5' },
      { path: 'indicators[1].score', before: 8, after: 6 },
    ]);
    expect(diffEvaluations(a, a)).toEqual([]);
  });
});

describe('planMerge / applyMerge', () => {
  it('takes their fields, keeps mine, and asks only where both changed the same field', () => {
    const base = form();
    const mine = updateAt(updateAt(base, 'indicators[0].score', 9), 'projectName', '我的名称');
    const theirs = updateAt(updateAt(base, 'indicators[2].deviation', '他们的说明'), 'projectName', '他们的名称');
    const plan = planMerge(base, mine, theirs);
    expect(plan.conflicts).toEqual([{ path: 'projectName', base: '项目', mine: '我的名称', theirs: '他们的名称' }]);
    expect(plan.mineOnly).toEqual(['indicators[0].score']);
    expect(plan.theirsOnly).toEqual(['indicators[2].deviation']);

    const keepMine = applyMerge(mine, theirs, plan, new Set(['projectName']));
    expect(keepMine.projectName).toBe('我的名称');
    expect(keepMine.indicators[0].score).toBe(9);
    expect(keepMine.indicators[2].deviation).toBe('他们的说明');
    const takeTheirs = applyMerge(mine, theirs, plan, new Set());
    expect(takeTheirs.projectName).toBe('他们的名称');
    expect(takeTheirs.indicators[0].score).toBe(9);
  });

  it('merges the indicator list as one field when its length changed', () => {
    const base = form();
    const mine = insertIndicator(base, 2, blankIndicator());
    const theirs = updateAt(base, 'indicators[0].name', 'A2');
    const plan = planMerge(base, mine, theirs);
    expect(plan.indicatorsAsOne).toBe(true);
    expect(plan.conflicts.map((c) => c.path)).toEqual(['indicators']);
    expect(applyMerge(mine, theirs, plan, new Set(['indicators'])).indicators).toHaveLength(4);
    expect(applyMerge(mine, theirs, plan, new Set()).indicators[0].name).toBe('A2');
  });
});

describe('editing helpers', () => {
  it('updateAt copies only along the path', () => {
    const a = form();
    const b = updateAt(a, 'indicators[1].name', 'X');
    expect(b.indicators[1].name).toBe('X');
    expect(a.indicators[1].name).toBe('B');
    expect(b.indicators[0]).toBe(a.indicators[0]);
    expect(b.funds).toBe(a.funds);
  });

  it('removing the first row of a merged block hands its headings to the next row', () => {
    const b = removeIndicator(form(), 0);
    expect(b.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', 'B'],
      ['', '质量指标', 'C'],
    ]);
  });

  it('renaming a merged cell renames the block', () => {
    const b = setBlockText(form(), 0, 3, 'level1', '产出');
    expect(b.indicators.map((r) => r.level1)).toEqual(['产出', '', '']);
  });
});

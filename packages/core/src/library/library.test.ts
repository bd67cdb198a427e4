/** The indicator library: the framework, search as you type, growth from approved forms, earlier years beside each target. */
import { describe, expect, it } from 'vitest';
import { reviewTargetForm } from '../target-form';
import { seedForm1 } from '../testing/seed-forms';
import { seedTargetForm1 } from '../testing/seed-targets';
import { COMMON_INDICATORS, growLibrary, indicatorHistory, libraryLevels, LibraryIndicatorSchema, recordsOfEvaluation, searchLibrary, targetFormHistory } from './index';

const DEPT = '昌吉州工业和信息化局';

describe('the common indicators', () => {
  it('follow the 一级/二级 framework of 10号 with 101号’s 成本 block, and are valid entries', () => {
    const levels = libraryLevels();
    expect(levels.map((l) => l.level1)).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(levels.find((l) => l.level1 === '成本指标')?.level2).toEqual(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);
    for (const e of COMMON_INDICATORS) {
      expect(LibraryIndicatorSchema.safeParse(e).success, e.id).toBe(true);
      expect(levels.find((l) => l.level1 === e.level1)?.level2, e.id).toContain(e.level2);
    }
    expect(new Set(COMMON_INDICATORS.map((e) => e.id)).size).toBe(COMMON_INDICATORS.length);
    // Every 二级 of the framework offers at least one indicator to pick.
    for (const l of levels) for (const l2 of l.level2.filter((n) => n !== '成本指标')) expect(COMMON_INDICATORS.some((e) => e.level2 === l2), l2).toBe(true);
  });
});

describe('searchLibrary', () => {
  it('finds by substring, name matches first, then shorter names', () => {
    expect(searchLibrary(COMMON_INDICATORS, '满意度').map((e) => e.name)).toEqual(['参训人员满意度', '受益群众满意度', '服务对象满意度']);
    expect(searchLibrary(COMMON_INDICATORS, '项目总成本').map((e) => e.level1)).toEqual(['产出指标', '成本指标']);
  });
  it('takes every space-separated token, full-width folded, and the level filters', () => {
    expect(searchLibrary(COMMON_INDICATORS, '培训　成本').map((e) => e.name)).toEqual(['人均培训成本']);
    expect(searchLibrary(COMMON_INDICATORS, '元/人').map((e) => e.name)).toEqual(['人均培训成本']);
    expect(searchLibrary(COMMON_INDICATORS, '成本', { level1: '成本指标' }).every((e) => e.level1 === '成本指标')).toBe(true);
    expect(searchLibrary(COMMON_INDICATORS, '', { level2: '时效指标', limit: 2 })).toHaveLength(2);
    expect(searchLibrary(COMMON_INDICATORS, '不存在的指标')).toEqual([]);
  });
});

describe('growLibrary', () => {
  it('adds an approved form’s own indicators for its department, once, and keeps targets as examples', () => {
    const first = growLibrary(COMMON_INDICATORS, seedTargetForm1(), DEPT);
    expect(first.added).toHaveLength(12);
    const zjtx = first.library.find((e) => e.name.includes('专精特新'))!;
    expect(zjtx).toMatchObject({ owner: DEPT, level1: '产出指标', level2: '数量指标', unit: '家', direction: '>=', basis: 'history', examples: ['≥2家'] });
    expect(first.library.find((e) => e.name === '资金拨付时间')).toMatchObject({ level2: '时效指标', direction: '<=', unit: null });
    expect(searchLibrary(first.library, '专精特新', { owners: [DEPT] })).toEqual([zjtx]);

    const next = seedTargetForm1();
    next.year = 2021;
    next.indicators[1].target = '≥5家';
    const second = growLibrary(first.library, next, DEPT);
    expect(second.added).toEqual([]);
    expect(second.library.find((e) => e.id === zjtx.id)?.examples).toEqual(['≥5家', '≥2家']);
    // The input library is not changed.
    expect(zjtx.examples).toEqual(['≥2家']);
  });
});

describe('earlier years beside each target', () => {
  const records = recordsOfEvaluation(seedForm1());

  it('finds the same indicator of the project in earlier years, else of the unit', () => {
    const at = { year: 2021, projectName: seedForm1().projectName, implementer: seedForm1().implementer, name: '被服务企业满意率' };
    expect(indicatorHistory(records, at).map((r) => [r.year, r.target, r.actual])).toEqual([[2020, '≥95%', '100%']]);
    expect(indicatorHistory(records, { ...at, projectName: '2021年“创客中国”大赛' })).toHaveLength(1);
    expect(indicatorHistory(records, { ...at, implementer: '别的单位', projectName: '别的项目' })).toEqual([]);
    expect(indicatorHistory(records, { ...at, year: 2020 })).toEqual([]);
  });

  it('flags next year’s 专精特新 target of ≥2家 against 2020’s actual of 4 when the form is filed', () => {
    const form = seedTargetForm1();
    form.year = 2021;
    const { rows, prior } = targetFormHistory(records, form);
    expect(rows[1].map((r) => r.actual)).toEqual(['4']);
    const found = reviewTargetForm(form, { history: prior }).filter((f) => f.ruleId === 'target-below-history');
    expect(found.map((f) => [f.path, f.data.year, f.data.actual])).toEqual([
      ['indicators[0].target', 2020, '35'],
      ['indicators[1].target', 2020, '4'],
      ['indicators[11].target', 2020, '100%'],
    ]);
  });
});

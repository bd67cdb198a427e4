import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation, type Indicator } from '../model';
import { MOF_2020, MOF_2020_TIERED } from '../templates/builtin';
import { seedForm1 } from '../testing/seed-forms';
import { scoreEvaluation } from './evaluation';
import { gradeOf } from './grade';

function ind(level1: string, level2: string, name: string, target: string, actual: string, weight: number | null, score: number | null): Indicator {
  return { level1, level2, name, target, actual, weight, score, deviation: '' };
}

/** A 10号-style form: execution 10 of 100, indicators 90. */
function mofForm(): Evaluation {
  const ev = emptyEvaluation(2020, 'mof-2020');
  ev.funds.total = { initial: '43.2', adjusted: '43.2', executed: '37.24', weight: 10, rate: '86%', score: 9 };
  ev.indicators = [
    ind('产出指标(50分)', '数量指标', '工程数量', '≥10个', '10个', 30, 30),
    ind('产出指标(50分)', '时效指标', '完成时间', '2020年10月31日', '10月15日', 20, 20),
    ind('效益指标(30分)', '社会效益指标', '群众获得感', '明显提高', '基本完成', 30, 24),
    ind('满意度指标(10分)', '服务对象满意度指标', '满意度', '≥90%', '', 10, 10),
    ind('', '', '备注指标', '≥1次', '1次', null, null),
  ];
  ev.total = { weight: 100, score: 93 };
  return ev;
}

describe('scoreEvaluation under mof-2020', () => {
  const s = scoreEvaluation(mofForm());

  it('uses the form’s template and counts execution inside the total', () => {
    expect([s.template.id, s.templateSource]).toEqual(['mof-2020', 'given']);
    expect(s.funds).toMatchObject({ weight: 10, proven: 8.62, claimed: 9, counted: true });
    expect(s.totals.weight).toBe(100);
    expect(s.totals.claimedSum).toBe(93);
    expect(s.totals.claimedTotal).toBe(93);
  });

  it('adds proven ranges: unverifiable [0, W], no weight nothing, execution its score', () => {
    // 30 + 20 + [18, 24] + [0, 10] + 8.62
    expect(s.totals.proven).toEqual({ min: 76.62, max: 92.62 });
    expect(s.totals.grade).toEqual({ claimed: '优', proven: { min: '中', max: '优' } });
  });

  it('sums per canonical 一级, weights written in the cell removed', () => {
    expect(s.level1).toEqual([
      { name: '产出指标', weight: 50, claimed: 50, proven: { min: 50, max: 50 } },
      { name: '效益指标', weight: 30, claimed: 24, proven: { min: 18, max: 24 } },
      { name: '满意度指标', weight: 10, claimed: 10, proven: { min: 0, max: 10 } },
    ]);
  });

  it('keeps a no-weight row out of the sums but in the indicators', () => {
    expect(s.indicators[4]).toMatchObject({ method: 'no-weight', status: 'met', proven: null, level1: '满意度指标' });
  });

  it('scores under another template passed in, without touching the form', () => {
    const t = scoreEvaluation(mofForm(), { template: 'funds-20' });
    expect([t.template.id, t.templateSource]).toEqual(['funds-20', 'given']);
    expect(t.funds).toMatchObject({ weight: 20, proven: 17.24 });
    expect(t.totals.weight).toBe(110);
  });

  it('reads bands, grades and formulas from the template, not its id', () => {
    const custom = { ...MOF_2020_TIERED, id: 'x', bands: { achieved: [0.9, 1], partial: [0.5, 0.9], notAchieved: [0, 0.5] } } as typeof MOF_2020;
    const t = scoreEvaluation(mofForm(), { template: custom });
    expect(t.indicators[2].proven).toEqual({ min: 15, max: 27 });
    expect(t.funds.proven).toBe(8);
    expect(t.totals.grade.claimed).toBe('优');
  });
});

describe('一级 inference', () => {
  it('infers 效益指标 where a filled-down 产出指标 contradicts the 二级', () => {
    const ev = seedForm1();
    for (const i of ev.indicators.slice(1, 11)) i.level1 = '产出指标';
    const s = scoreEvaluation(ev);
    expect(s.indicators[7]).toMatchObject({ level1: '产出指标', level1Source: 'given', level2: '成本指标' });
    expect(s.indicators[8]).toMatchObject({ level1: '效益指标', level1Source: 'inferred', level2: '社会效益指标' });
  });

  it('normalises spaced and synonym names, and keeps 成本指标 as a 101号 一级', () => {
    const ev = emptyEvaluation(2021);
    ev.indicators = [
      ind('效果指标', '社会效 益指标', 'a', '≥1次', '1次', 10, 10),
      ind('满意 度指 标', '', 'b', '≥90%', '95%', 10, 10),
      ind('成本指标', '经济成本指标', 'c', '≤5万元', '4万元', 10, 10),
      ind('', '', 'd', '≤5万元', '4万元', 10, 10),
    ];
    const s = scoreEvaluation(ev);
    expect(s.indicators.map((i) => [i.level1, i.level1Source, i.level2])).toEqual([
      ['效益指标', 'given', '社会效益指标'],
      ['满意度指标', 'given', ''],
      ['成本指标', 'given', '经济成本指标'],
      ['成本指标', 'inferred', '经济成本指标'],
    ]);
  });

  it('marks the 一级 unknown when nothing tells it', () => {
    const ev = emptyEvaluation(2020);
    ev.indicators = [ind('', '', 'a', '≥1次', '1次', 10, 10)];
    expect(scoreEvaluation(ev).indicators[0]).toMatchObject({ level1: '', level1Source: 'unknown' });
  });
});

describe('empty and odd forms', () => {
  it('scores a blank form without throwing', () => {
    const s = scoreEvaluation(emptyEvaluation(2020));
    expect(s.indicators).toEqual([]);
    expect(s.totals).toMatchObject({ weight: 10, claimedSum: 0, claimedTotal: null, proven: { min: 0, max: 10 } });
    expect(s.totals.grade.claimed).toBeNull();
  });

  it('falls back to detection for an unknown template id', () => {
    const ev = seedForm1();
    ev.template = 'no-such-template';
    expect(scoreEvaluation(ev).template.id).toBe('indicators-100');
  });
});

describe('gradeOf', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
    [-1, '差'],
  ])('%d under mof-2020 → %s', (total, grade) => {
    expect(gradeOf(total, MOF_2020)).toBe(grade);
  });

  it('uses the template’s own minimums (80/70/60)', () => {
    expect(gradeOf(80, MOF_2020_TIERED)).toBe('优');
    expect(gradeOf(75, MOF_2020_TIERED)).toBe('良');
  });
});

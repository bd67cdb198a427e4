import { describe, expect, it } from 'vitest';
import { seedForm1, seedForm2 } from '../testing/seed-forms';
import { scoreEvaluation } from './evaluation';

const byName = (s: ReturnType<typeof scoreEvaluation>, name: string) => {
  const i = s.evaluation.indicators.findIndex((x) => x.name === name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return s.indicators[i];
};

describe('seed form 1 (创客中国)', () => {
  const s = scoreEvaluation(seedForm1());

  it('is detected as indicators-100', () => {
    expect(s.template.id).toBe('indicators-100');
    expect(s.templateSource).toBe('detected');
  });

  it('finds every claim consistent except 区域双创活跃度, the unverifiable 中长期 and the cost copying its target', () => {
    const odd = s.indicators.filter((i) => i.check !== 'consistent').map((i) => [i.index, i.check]);
    expect(odd).toEqual([
      [4, 'above'],
      [7, 'unverifiable'],
      [10, 'unverifiable'],
    ]);
  });

  it('区域双创活跃度: ≥15% against ≥90% proves exactly 10×15/90 = 1.67', () => {
    const i = byName(s, '区域双创活跃度');
    expect(i.method).toBe('ge');
    expect(i.proven).toEqual({ min: 1.67, max: 1.67 });
    expect(i.claimed).toBe(10);
    expect(i.check).toBe('above');
    expect(i.achievement).toBe(0.1667);
    expect(i.explanation).toMatchObject({ messageId: 'below.lower', data: { actual: '15%', target: '90%', formula: '10×15/90', score: '1.67' } });
  });

  it('资金拨付时间: late (10月30日 → 12月30日) within the year is partial [3, 4], claimed 4 consistent', () => {
    const i = byName(s, '资金拨付时间');
    expect(i.method).toBe('date');
    expect(i.status).toBe('partial');
    expect(i.proven).toEqual({ min: 3, max: 4 });
    expect(i.check).toBe('consistent');
    expect(i.explanation).toMatchObject({
      messageId: 'date.late',
      data: { target: '2020年10月30日', actual: '12月30日', band: 'partial', min: '3', max: '4' },
    });
  });

  it('中长期 is unverifiable and nothing is assumed', () => {
    const i = byName(s, '区域双创活跃度每年逐渐增加');
    expect(i.method).toBe('unverifiable');
    expect(i.status).toBe('unverifiable');
    expect(i.proven).toBeNull();
    expect(i.explanation).toMatchObject({ messageId: 'unverifiable.actual-vague', data: { actual: '中长期' } });
  });

  it('企业参赛积极性: 明显提高 → 远高于预期数 is qualitative achieved [8, 10]', () => {
    const i = byName(s, '企业参赛积极性');
    expect(i.method).toBe('qualitative');
    expect(i.status).toBe('met');
    expect(i.proven).toEqual({ min: 8, max: 10 });
  });

  it('reads bare actuals in the target unit; ≤5万元 copying the target ≤5万元 proves nothing', () => {
    expect(byName(s, '报名参加地州市初选赛企业数量大于等于20家').explanation).toMatchObject({
      messageId: 'met.compared',
      data: { actual: '35家', actualEn: '35 家', sym: '≥', target: '20家', weight: '15' },
    });
    const cost = byName(s, '严格控制项目成本');
    expect([cost.method, cost.status, cost.check, cost.notEvidence]).toEqual(['unverifiable', 'unverifiable', 'unverifiable', 'copies-target']);
    expect(cost.explanation).toMatchObject({ messageId: 'unverifiable.copies-target', data: { actual: '≤5万元' } });
  });

  it('infers 效益指标 for the 社会效益/可持续影响 rows printed under a blank 一级', () => {
    expect(s.indicators.map((i) => i.level1)).toEqual([
      ...Array(8).fill('产出指标'),
      '效益指标',
      '效益指标',
      '效益指标',
      '满意度指标',
    ]);
    expect(s.indicators[0].level1Source).toBe('given');
    expect(s.indicators[8].level1Source).toBe('inferred');
    expect(s.indicators[9].level2).toBe('社会效益指标');
    expect(s.level1.map((l) => [l.name, l.weight, l.claimed])).toEqual([
      ['产出指标', 70, 69],
      ['效益指标', 20, 20],
      ['满意度指标', 10, 10],
    ]);
  });

  it('totals: claimed 99, execution 100% scored 100 and reported apart', () => {
    expect(s.totals.weight).toBe(100);
    expect(s.totals.claimedSum).toBe(99);
    expect(s.totals.claimedTotal).toBe(99);
    // 1.67 + [3,4] + [8,10] + [0,5] (中长期) + [0,5] (成本 copying its target) + 65 full marks elsewhere.
    expect(s.totals.proven).toEqual({ min: 77.67, max: 90.67 });
    expect(s.totals.grade).toEqual({ claimed: '优', proven: { min: '中', max: '优' } });
    expect(s.funds).toMatchObject({ rate: '1', printedRate: '1', weight: 100, proven: 100, claimed: 100, counted: false });
  });
});

describe('seed form 2 (银河培训)', () => {
  const s = scoreEvaluation(seedForm2());

  it('is detected as indicators-100 and every claim is consistent', () => {
    expect(s.template.id).toBe('indicators-100');
    expect(s.indicators.map((i) => i.check)).toEqual(Array(8).fill('consistent'));
  });

  it('培训人数 900 against ≥600人 has achievement 1.5', () => {
    const i = byName(s, '完成六期项目培训，计划培训600人');
    expect(i.achievement).toBe(1.5);
    expect(i.proven).toEqual({ min: 20, max: 20 });
    expect(i.explanation).toMatchObject({ messageId: 'met.compared', data: { actual: '900人', sym: '≥', target: '600人', weight: '20' } });
  });

  it('培训总成本 25万 against ≤42万元 is met', () => {
    const i = byName(s, '培训总成本');
    expect([i.method, i.status, i.proven]).toEqual(['le', 'met', { min: 15, max: 15 }]);
    expect(i.explanation).toMatchObject({ messageId: 'met.compared', data: { actual: '25万元', sym: '≤', target: '42万元', weight: '15' } });
  });

  it('满意率达95%以上 against ≥90% is met', () => {
    const i = byName(s, '被服务企业满意度');
    expect([i.method, i.status, i.check]).toEqual(['ge', 'met', 'consistent']);
    expect(i.explanation).toMatchObject({ messageId: 'met.lower', data: { actual: '95%', targetOp: '≥90%', weight: '10' } });
  });

  it('资金拨付时间 12月30日 against 2020年12月31日前 is on time', () => {
    expect(byName(s, '资金拨付时间')).toMatchObject({ method: 'date', status: 'met', proven: { min: 10, max: 10 } });
  });

  it('totals 100', () => {
    expect(s.totals).toMatchObject({ weight: 100, claimedSum: 100, claimedTotal: 100, proven: { min: 98, max: 100 } });
    expect(s.totals.grade.claimed).toBe('优');
    expect(s.level1.map((l) => [l.name, l.weight])).toEqual([
      ['产出指标', 60],
      ['效益指标', 30],
      ['满意度指标', 10],
    ]);
  });
});

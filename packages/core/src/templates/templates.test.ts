import { describe, expect, it } from 'vitest';
import { seedForm1, seedForm2 } from '../testing/seed-forms';
import { detectTemplate, explainTemplate, getTemplate, listTemplates, resolveTemplate } from './registry';

describe('template registry', () => {
  it('lists the built-in templates with unique ids, the default first', () => {
    const ids = listTemplates().map((t) => t.id);
    expect(ids[0]).toBe('mof-2020');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['mof-2020', 'indicators-100', 'funds-20']));
  });

  it('mof-2020 follows 10号: execution 10 inside 100, 50/30/10, bands and grades', () => {
    const t = getTemplate('mof-2020')!;
    expect(t.execution).toEqual({ weight: 10, counted: true, formula: { kind: 'linear' } });
    expect(t.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(t.missingSatisfactionTo).toBe('效益指标');
    expect(t.bands).toEqual({ achieved: [0.8, 1], partial: [0.6, 0.8], notAchieved: [0, 0.6] });
    expect(t.lateWithinYear).toBe('partial');
    expect(t.overAchievementThreshold).toBe(0.2);
    expect(t.grades.map((g) => [g.grade, g.min])).toEqual([['优', 90], ['良', 80], ['中', 60], ['差', 0]]);
    expect(t.minIndicators).toBe(3);
    expect(t.satisfactionMinTarget).toBe(90);
    expect(t.requiredLevel1).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  it('every template keeps its weights and bands coherent', () => {
    for (const t of listTemplates()) {
      const l1 = Object.values(t.level1Weights).reduce((a, b) => a + b, 0);
      if (l1 > 0) expect(l1 + (t.execution.counted ? t.execution.weight : 0)).toBe(t.total);
      expect(t.bands.notAchieved[1]).toBe(t.bands.partial[0]);
      expect(t.bands.partial[1]).toBe(t.bands.achieved[0]);
      expect(t.grades[t.grades.length - 1].min).toBe(0);
    }
  });

  it('returns undefined for an unknown id', () => {
    expect(getTemplate('nope')).toBeUndefined();
  });
});

describe('detectTemplate', () => {
  it('detects indicators-100 on both seed forms (funds row 分值 100, indicators sum to 100)', () => {
    expect(detectTemplate(seedForm1()).id).toBe('indicators-100');
    expect(detectTemplate(seedForm2()).id).toBe('indicators-100');
  });

  it('falls back to mof-2020 when the funds row is worth 10 or the indicators do not sum to 100', () => {
    const a = seedForm1();
    a.funds.total.weight = 10;
    expect(detectTemplate(a).id).toBe('mof-2020');
    const b = seedForm1();
    b.indicators[0].weight = 5;
    expect(detectTemplate(b).id).toBe('mof-2020');
  });
});

describe('explainTemplate: the template from what the form states', () => {
  const stated = (patch: (ev: ReturnType<typeof seedForm1>) => void) => {
    const ev = seedForm1();
    ev.funds.total.weight = null;
    patch(ev);
    return explainTemplate(ev);
  };

  it('funds worth 20: the funds heading or the indicator heading states it', () => {
    const a = stated((ev) => (ev.source = { layout: { fundsPoints: 20 } }));
    expect([a.template.id, a.evidence.zh]).toEqual(['funds-20', '预算执行情况标明20分']);
    expect(stated((ev) => (ev.source = { layout: { indicatorsPoints: 80 } })).template.id).toBe('funds-20');
  });

  it('no execution score: the blocks state 100 points and the funds row none', () => {
    const r = stated((ev) => {
      ev.indicators[0].level1 = '产出指标(40分)';
      ev.indicators[8].level1 = '效益指标(40分)';
      ev.indicators[ev.indicators.length - 1].level1 = '满意度指标(20分)';
    });
    expect(r.template.id).toBe('no-execution');
  });

  it('the 决策/过程/产出/效益 framework, a department-wide form, a form with no score columns', () => {
    expect(stated((ev) => (ev.indicators[0].level1 = '项目决策(15分)')).template.id).toBe('framework-2020');
    expect(stated((ev) => (ev.source = { layout: { kind: 'department' } })).template.id).toBe('department');
    const unscored = stated((ev) => {
      for (const i of ev.indicators) Object.assign(i, { weight: null, score: null });
      ev.funds.total.score = null;
      ev.total = { weight: null, score: null };
    });
    expect(unscored.template.id).toBe('unscored');
    expect(unscored.template.scored).toBe(false);
  });

  it('otherwise the 10号 default, and says so', () => {
    const r = stated(() => {});
    expect([r.template.id, r.evidence.en]).toEqual(['mof-2020', 'the form states no other scheme: the 10号 default']);
  });
});

describe('resolveTemplate', () => {
  it('prefers the template passed in, then the form field, then detection', () => {
    expect(resolveTemplate(seedForm1(), 'funds-20')).toMatchObject({ source: 'given', template: { id: 'funds-20' } });
    const custom = { ...getTemplate('mof-2020')!, id: 'custom' };
    expect(resolveTemplate(seedForm1(), custom).template).toBe(custom);
    expect(resolveTemplate(seedForm1())).toMatchObject({ source: 'detected', template: { id: 'indicators-100' } });
    const noFunds = seedForm1();
    noFunds.funds.total.weight = null;
    expect(resolveTemplate(noFunds)).toMatchObject({ source: 'default', template: { id: 'mof-2020' } });
    const named = seedForm1();
    named.template = 'funds-20';
    expect(resolveTemplate(named)).toMatchObject({ source: 'detected', template: { id: 'indicators-100' } });
    named.funds.total.weight = 20;
    expect(resolveTemplate(named)).toMatchObject({ source: 'given', template: { id: 'funds-20' } });
  });

  it('believes the form over a default-filled mof-2020 when its funds row is worth 100 beside 100 points', () => {
    const ev = seedForm2();
    ev.template = 'mof-2020';
    expect(resolveTemplate(ev)).toMatchObject({ source: 'detected', template: { id: 'indicators-100' } });
    expect(resolveTemplate(ev, 'mof-2020')).toMatchObject({ source: 'given', template: { id: 'mof-2020' } });
  });
});

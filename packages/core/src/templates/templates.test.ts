import { describe, expect, it } from 'vitest';
import { seedForm1, seedForm2 } from '../testing/seed-forms';
import { detectTemplate, getTemplate, listTemplates, resolveTemplate } from './registry';

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

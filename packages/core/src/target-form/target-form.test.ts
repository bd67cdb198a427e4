/** The target form: seed form 1's targets filed, validated, reviewed at target time, and turned into the self-evaluation. */
import { describe, expect, it } from 'vitest';
import { seedForm1 } from '../testing/seed-forms';
import { seedTargetForm1 } from '../testing/seed-targets';
import { baselineChanges, evaluationFromTargetForm, lockedTargets, reviewTargetForm, targetRow, validateTargetForm } from './index';

const structure = (ev: ReturnType<typeof seedForm1>) => ({
  header: [ev.year, ev.projectName, ev.department, ev.implementer, ev.template],
  funds: [ev.funds.unit, ev.funds.total.weight, ...(['total', 'fiscal', 'carryover', 'other'] as const).map((k) => ev.funds[k].initial)],
  goals: ev.goals.expected,
  rows: ev.indicators.map((x) => [x.level1, x.level2, x.name, x.target, x.weight]),
  total: ev.total.weight,
});

describe('seed form 1 entered as a target form', () => {
  it('is valid', () => {
    expect(validateTargetForm(JSON.parse(JSON.stringify(seedTargetForm1())))).toEqual({ ok: true, value: seedTargetForm1() });
  });

  it('gives the self-evaluation the structure the paper form has', () => {
    const ev = evaluationFromTargetForm(seedTargetForm1());
    expect(structure(ev)).toEqual(structure(seedForm1()));
    expect(ev.indicators.every((x) => x.actual === '' && x.score === null && x.deviation === '')).toBe(true);
    expect(baselineChanges(seedForm1(), lockedTargets(seedTargetForm1()))).toEqual([]);
  });

  it('flags the too-low 专精特新 target at target time when 2019 achieved more', () => {
    const history = [{ year: 2019, name: '自治区级“专精特新”中小企业数量较上一年增加', target: '≥1家', actual: '4家' }];
    const found = reviewTargetForm(seedTargetForm1(), { history }).filter((f) => f.ruleId === 'target-below-history');
    expect(found.map((f) => [f.path, f.data.target, f.data.year, f.data.actual])).toEqual([['indicators[1].target', '≥2家', 2019, '4家']]);
    expect(reviewTargetForm(seedTargetForm1()).some((f) => f.ruleId === 'target-below-history')).toBe(false);
  });

  it('runs the target rules only, and they find the vague targets the year-end review finds', () => {
    const ids = new Set(reviewTargetForm(seedTargetForm1()).map((f) => `${f.ruleId}@${f.path}`));
    expect(ids).toContain('target-unmeasurable@indicators[10].target');
    for (const id of ids) expect(id).not.toMatch(/^(score|deviation|actual|funds|grade|total)-/);
  });
});

describe('review at target time', () => {
  const base = seedTargetForm1();
  it('flags satisfaction below 90% and a missing 满意度 and 成本 block', () => {
    const low = { ...base, indicators: base.indicators.map((x, i) => (i === 11 ? { ...x, target: '≥80%' } : x)) };
    expect(reviewTargetForm(low).map((f) => [f.ruleId, f.path])).toContainEqual(['satisfaction-target', 'indicators[11].target']);
    const missing = { ...base, indicators: base.indicators.filter((x, i) => i !== 7 && i !== 11) };
    const msgs = reviewTargetForm(missing).filter((f) => f.ruleId === 'missing-category').map((f) => f.data.name);
    expect(msgs).toEqual(['满意度指标', '成本指标']);
  });

  it('flags qualitative targets dominating the form', () => {
    const vague = { ...base, indicators: base.indicators.map((x) => ({ ...x, target: '明显提高' })) };
    expect(reviewTargetForm(vague).filter((f) => f.ruleId === 'qualitative-dominant').map((f) => f.messageId)).toEqual(['qualitative']);
  });
});

describe('validateTargetForm', () => {
  it('reports typed issues with locations', () => {
    const form = seedTargetForm1();
    form.funds.total = '30';
    form.indicators.push(targetRow({ level2: '数量指标', target: '' }), targetRow({ name: '覆盖人群', target: '全覆盖', basis: { kind: 'other', text: ' ' }, scoring: '未达到全覆盖不得分' }));
    const r = validateTargetForm(form, { requireScoring: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['funds-sources-sum', 'funds.total'],
      ...Array.from({ length: 12 }, (_, i) => ['scoring-missing', `indicators[${i}].scoring`]),
      ['indicator-name-empty', 'indicators[12].name'],
      ['indicator-target-empty', 'indicators[12].target'],
      ['scoring-missing', 'indicators[12].scoring'],
      ['basis-other-empty', 'indicators[13].basis.text'],
    ]);
    expect(r.issues[0].data).toEqual({ total: '30', sum: '29.8' });
  });

  it('never throws on bad shapes', () => {
    for (const bad of [null, 1, 'x', [], {}, { ...seedTargetForm1(), indicators: [{}] }, { ...seedTargetForm1(), funds: { unit: '千元' } }]) {
      const r = validateTargetForm(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.every((i) => i.code === 'invalid-target-form' && i.path !== '')).toBe(true);
    }
  });
});

describe('baselineChanges', () => {
  it('names every locked field changed and rows added', () => {
    const ev = seedForm1();
    ev.indicators[1].target = '≥1家';
    ev.indicators[3].level2 = '数量指标';
    ev.indicators.push({ ...ev.indicators[0] });
    expect(baselineChanges(ev, lockedTargets(seedTargetForm1())).map((i) => [i.code, i.path])).toEqual([
      ['target-rows-changed', 'indicators'],
      ['target-changed', 'indicators[1].target'],
      ['target-changed', 'indicators[3].level2'],
    ]);
  });
});

/** The 运行监控表: July monitoring of seed form 1's targets, its lights, and what review makes of it at year end. */
import { describe, expect, it } from 'vitest';
import { Big } from '../money';
import { rankForms } from '../ranking';
import { scoreAndReview } from '../review';
import { scoreEvaluation } from '../scoring';
import { lockedTargets } from '../target-form';
import { seedForm1 } from '../testing/seed-forms';
import { seedTargetForm1 } from '../testing/seed-targets';
import {
  budgetLight, indicatorLights, lightOf, monitoringFromBaseline, monitoringNotes, periodLabel, rankingLights, parseLightSettings,
  validateMonitoringForm, type MonitoringForm,
} from './index';

/** July monitoring of seed form 1: 5 of 29.8 万元 spent, row 0 behind, row 1 judged impossible. */
function july(): MonitoringForm {
  const t = seedTargetForm1();
  const m = monitoringFromBaseline({ ...t, unit: t.funds.unit, budget: t.funds.total }, lockedTargets(t));
  m.funds.executed = '5';
  m.indicators.forEach((x) => { x.likelihood = 'certain'; x.completed = ''; });
  Object.assign(m.indicators[0], { completed: '8家', expected: '25家', likelihood: 'possible', cause: { kind: 'other', text: '疫情推迟初选' }, measure: '改为线上报名' });
  Object.assign(m.indicators[1], { completed: '0家', expected: '1家', likelihood: 'impossible', cause: { kind: 'funds', text: '' }, measure: '争取追加培育资金' });
  Object.assign(m.indicators[2], { completed: '7次', expected: '11次' });
  return m;
}

describe('monitoringFromBaseline', () => {
  it('lists the approved targets in force, for 1–7月 by default', () => {
    const m = july();
    expect(periodLabel(m.period)).toBe('1–7月');
    expect(m.indicators.map((x) => x.target)).toEqual(seedTargetForm1().indicators.map((x) => x.target));
    expect(validateMonitoringForm(JSON.parse(JSON.stringify(m)))).toEqual({ ok: true, value: m });
  });
});

describe('lights', () => {
  it('lights the budget red when execution is below 60% of the time share', () => {
    expect(budgetLight(july())).toEqual({ rate: '0.1678', expectedShare: '0.5833', expectedAmount: '17.3833', light: 'red' });
  });

  it('draws the lines at 60% and 80% of the expected share, the thresholds a setting', () => {
    const half = new Big('0.5');
    expect(['0.2999', '0.3', '0.3999', '0.4'].map((a) => lightOf(new Big(a), half))).toEqual(['red', 'yellow', 'yellow', 'green']);
    expect(lightOf(new Big('0.3'), half, { red: 0.7, yellow: 0.9 })).toBe('red');
  });

  it('reads the traffic-light setting "red,yellow" in percent, exact, and rejects the rest with one issue', () => {
    expect(parseLightSettings('60,80')).toEqual({ ok: true, value: { red: 0.6, yellow: 0.8, percent: { red: 60, yellow: 80 } } });
    expect(parseLightSettings(' 57.35，90 ')).toEqual({ ok: true, value: { red: 0.5735, yellow: 0.9, percent: { red: 57.35, yellow: 90 } } });
    for (const bad of ['80,60', '0,50', '60,101', '60', '60,80,90', 'a,b', '60.123,80', '']) {
      const r = parseLightSettings(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.issues).toMatchObject([{ code: 'invalid-light-settings', path: 'value', data: { value: bad } }]);
    }
  });

  it('lights each indicator by the worse of progress and likelihood', () => {
    const l = indicatorLights(july());
    expect(l.slice(0, 4).map((x) => [x.progress, x.fromProgress, x.fromLikelihood, x.light])).toEqual([
      ['0.4', 'yellow', 'yellow', 'yellow'], // 8/20 = 0.4 of 7/12: 69%
      ['0', 'red', 'red', 'red'],
      ['0.6364', 'green', 'green', 'green'], // 7/11 of 7/12: 109%
      [null, null, 'green', 'green'], // nothing reported to date: the unit's judgement alone
    ]);
    // Time and cost targets have no progress share.
    expect([l[5].progress, l[7].progress]).toEqual([null, null]);
    expect(rankingLights(july()).filter((x) => x.light !== 'green')).toEqual([{ indicatorIndex: 0, light: 'yellow' }, { indicatorIndex: 1, light: 'red' }]);
  });
});

describe('validateMonitoringForm', () => {
  it('asks a cause and a measure for a likely shortfall, and a likelihood for every row', () => {
    const m = july();
    m.funds.executed = '30';
    m.indicators[0].cause = { kind: 'other', text: ' ' };
    m.indicators[1].measure = '';
    m.indicators[2].likelihood = null;
    const r = validateMonitoringForm(m);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['executed-over-budget', 'funds.executed'],
      ['cause-missing', 'indicators[0].cause'],
      ['measure-missing', 'indicators[1].measure'],
      ['likelihood-missing', 'indicators[2].likelihood'],
    ]);
  });
  it('never throws on bad shapes', () => {
    for (const bad of [null, {}, { ...july(), period: { from: 8, to: 7 } }, { ...july(), indicators: [{ likelihood: 'maybe' }] }]) expect(validateMonitoringForm(bad).ok).toBe(false);
  });
});

describe('at year end', () => {
  it('flags full marks where July said 完全不可能 and no reason is given', () => {
    const { findings } = scoreAndReview(seedForm1(), {}, { monitoring: monitoringNotes(july()) });
    expect(findings.filter((f) => f.ruleId === 'monitoring-contradicted').map((f) => [f.path, f.data.period])).toEqual([['indicators[1].score', '1–7月']]);
    expect(scoreAndReview(seedForm1()).findings.some((f) => f.ruleId === 'monitoring-contradicted')).toBe(false);
  });

  it('gives the ranking its lights', () => {
    const scored = scoreEvaluation(seedForm1());
    const [ranked] = rankForms([{ id: 'f1', scored, findings: [], context: { monitoring: rankingLights(july()) } }]);
    expect(ranked.signals.find((s) => s.signalId === 'monitoring-red')?.data).toMatchObject({ red: 1, yellow: 1, redFull: 1 });
  });
});

/**
 * A year run through the pure core: seed form 1's targets filed and approved, July monitoring
 * with a red light, an adjustment approved, the self-evaluation created from the baseline with
 * the monitoring values and the change beside its targets, then scored and reviewed.
 */
import { describe, expect, it } from 'vitest';
import { recordsOfEvaluation } from '../library';
import { budgetLight, monitoringFromBaseline } from '../monitoring';
import { scoreAndReview } from '../review';
import { applyAdjustment, baselineChanges, baselineOf, evaluationFromTargetForm, lockedTargets, withBaseline } from '../target-form';
import { seedForm1 } from '../testing/seed-forms';
import { seedTargetForm1 } from '../testing/seed-targets';
import { allowedPlanActions, planTransition } from '../workflow';
import { besideIndicators, reviewContextOf } from './index';


describe('a budget year in the core', () => {
  it('runs from the target form to the scored self-evaluation', () => {
    const form = seedTargetForm1();
    // Finance approves: the target form becomes the baseline.
    expect(allowedPlanActions('target', 'finance_reviewer', 'dept_approved')['finance-approve']).toBe(true);
    expect(planTransition('target', 'finance-approve').effect).toBe('baseline');
    let baseline = baselineOf(lockedTargets(form));

    // July monitoring: execution lags (red), row 1 judged impossible.
    const july = monitoringFromBaseline({ ...form, unit: form.funds.unit, budget: form.funds.total }, baseline.targets);
    july.funds.executed = '5';
    july.indicators.forEach((x) => (x.likelihood = 'certain'));
    Object.assign(july.indicators[1], { completed: '0家', likelihood: 'impossible', cause: { kind: 'funds', text: '' }, measure: '争取追加资金' });
    expect(budgetLight(july).light).toBe('red');

    // An adjustment of row 2 approved by department and finance.
    const adj = applyAdjustment(baseline, {
      schemaVersion: 1, id: 'adj-1', year: 2020, projectName: form.projectName, reason: '疫情影响，对接改为线上',
      changes: [{ indicatorIndex: 2, field: 'target', from: '≥11次', to: '≥10次' }],
      approvals: { department: { by: '工信局', at: '2020-08-01', comment: '' }, finance: { by: '财政局', at: '2020-08-10', comment: '' } },
    });
    if (!adj.ok) throw new Error(JSON.stringify(adj.issues));
    baseline = adj.value;

    // The self-evaluation: created from the baseline, filled with the seed's actuals and scores.
    const ev = withBaseline(evaluationFromTargetForm(form), baseline);
    const filled = seedForm1();
    ev.indicators = ev.indicators.map((x, i) => ({ ...x, actual: filled.indicators[i].actual, score: filled.indicators[i].score, deviation: filled.indicators[i].deviation }));
    Object.assign(ev.funds, { total: { ...filled.funds.total }, fiscal: { ...filled.funds.fiscal }, carryover: { ...filled.funds.carryover } });
    ev.goals.actual = filled.goals.actual;
    ev.total.score = filled.total.score;
    expect(baselineChanges(ev, baseline.targets)).toEqual([]);

    const facts = { baseline, monitoring: july, records: [] };
    const beside = besideIndicators(ev, facts);
    expect(beside[2].changes.map((c) => [c.from, c.to, c.reason])).toEqual([['≥11次', '≥10次', '疫情影响，对接改为线上']]);
    expect(beside[1].monitoring).toMatchObject({ period: '1–7月', completed: '0家', likelihood: 'impossible', light: 'red' });

    const { scored, findings } = scoreAndReview(ev, {}, reviewContextOf(ev, facts));
    expect(scored.totals.claimedTotal).toBe(99);
    expect(findings.filter((f) => f.ruleId === 'monitoring-contradicted').map((f) => f.path)).toEqual(['indicators[1].score']);
  });

  it('shows earlier years beside each target and hands them to review', () => {
    const next = evaluationFromTargetForm({ ...seedTargetForm1(), year: 2021 });
    const facts = { records: recordsOfEvaluation(seedForm1()) };
    expect(besideIndicators(next, facts)[1].earlier.map((r) => [r.year, r.actual])).toEqual([[2020, '4']]);
    expect(reviewContextOf(next, facts).history).toHaveLength(12);
  });
});

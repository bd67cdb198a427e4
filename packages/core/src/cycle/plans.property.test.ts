/**
 * Invariants of the plan forms on random input: validators never throw and always locate what
 * they reject; a target form always becomes a self-evaluation that keeps its targets; review at
 * target time never fails; the budget light never improves as execution falls.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Big } from '../money';
import { budgetLight, lightOf, validateMonitoringForm } from '../monitoring';
import { INTERNAL_ERROR } from '../review';
import { baselineChanges, evaluationFromTargetForm, lockedTargets, reviewTargetForm, targetRow, validateTargetForm, validateAdjustment, type TargetForm } from '../target-form';
import { validateTask } from '../tasks';
import { decimalString, indicatorArb } from '../testing/arbitrary';

const targetFormArb: fc.Arbitrary<TargetForm> = fc.record({
  schemaVersion: fc.constant(1 as const),
  year: fc.integer({ min: 2015, max: 2030 }),
  projectName: fc.string(),
  department: fc.string(),
  implementer: fc.string(),
  template: fc.constantFrom('', 'mof-2020', 'indicators-100', 'no-such-template'),
  funds: fc.record({ unit: fc.constantFrom('万元' as const, '元' as const), total: fc.option(decimalString(), { nil: null }), fiscal: fc.option(decimalString(), { nil: null }), carryover: fc.constant(null), other: fc.constant(null) }),
  goals: fc.record({ longTerm: fc.string(), annual: fc.string() }),
  indicators: fc.array(indicatorArb.map((x) => targetRow({ level1: x.level1, level2: x.level2, name: x.name, target: x.target, weight: x.weight })), { maxLength: 14 }),
});

const LIGHT = { green: 0, yellow: 1, red: 2 } as const;

describe('plan forms on random input', () => {
  test.prop([fc.anything()], { numRuns: 200 })('validators never throw, and every rejection has a code and a path', (input) => {
    for (const validate of [validateTargetForm, validateMonitoringForm, validateAdjustment, validateTask]) {
      const r = validate(input);
      if (!r.ok) for (const i of r.issues) expect([i.code !== '', i.path !== '']).toEqual([true, true]);
    }
  });

  test.prop([targetFormArb], { numRuns: 150 })('a target form becomes a self-evaluation that keeps its targets, and reviews without a rule failing', (form) => {
    const ev = evaluationFromTargetForm(form);
    expect(baselineChanges(ev, lockedTargets(form))).toEqual([]);
    const findings = reviewTargetForm(form, { history: [{ year: form.year - 1, name: form.indicators[0]?.name ?? '', target: '', actual: '100' }] });
    expect(findings.filter((f) => f.ruleId === INTERNAL_ERROR)).toEqual([]);
  });

  test.prop([decimalString(1000, 2), decimalString(1000, 2), decimalString(1000, 2), fc.integer({ min: 1, max: 12 })])(
    'less executed never gives a better budget light',
    (budget, a, b, to) => {
      const form = (executed: string) => ({ schemaVersion: 1 as const, year: 2020, period: { from: 1, to }, projectName: '', department: '', implementer: '', funds: { unit: '万元' as const, budget, executed }, indicators: [] });
      const [lo, hi] = new Big(a).lt(b) ? [a, b] : [b, a];
      const l1 = budgetLight(form(lo)).light;
      const l2 = budgetLight(form(hi)).light;
      if (l1 === null || l2 === null) return;
      expect(LIGHT[l1]).toBeGreaterThanOrEqual(LIGHT[l2]);
      expect(lightOf(new Big(hi), new Big(hi))).toBe('green');
    },
  );
});

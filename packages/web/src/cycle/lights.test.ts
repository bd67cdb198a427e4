import { describe, expect, it } from 'vitest';
import { budgetLight, indicatorLights, lockedTargets, monitoringFromBaseline, parseLightSettings, type LightSettings, type MonitoringForm } from '@jixiao/core';
import { seedTargetForm1 } from '../../../core/src/testing/seed-targets';
import { unsavedLights } from './lights';

/** July monitoring of seed form 1 (29.8 万元), `executed` spent, every row judged certain. */
function july(executed: string): MonitoringForm {
  const t = seedTargetForm1();
  const m = monitoringFromBaseline({ ...t, unit: t.funds.unit, budget: t.funds.total }, lockedTargets(t));
  m.funds.executed = executed;
  for (const x of m.indicators) x.likelihood = 'certain';
  return m;
}
const shares = (v: string): LightSettings => {
  const p = parseLightSettings(v);
  if (!p.ok) throw new Error(v);
  return { red: p.value.red, yellow: p.value.yellow };
};
const planWith = (form: MonitoringForm, thresholds: LightSettings) => ({ lights: { budget: budgetLight(form, thresholds), indicators: indicatorLights(form, thresholds), thresholds } });

describe('the monitoring lights shown while editing', () => {
  it('recomputes unsaved edits with the thresholds in force, not the defaults', () => {
    // 12 / 29.8 = 40.27% spent against 7/12 = 58.33% of the year: 69% of the expectation.
    const saved = july('20');
    const edited = july('12');
    expect(unsavedLights(planWith(saved, shares('60,80')), edited, true).budget.light).toBe('yellow');
    expect(unsavedLights(planWith(saved, shares('70,90')), edited, true).budget.light).toBe('red');
    expect(unsavedLights(planWith(saved, shares('50,65')), edited, true).budget.light).toBe('green');
    expect(unsavedLights(planWith(saved, shares('70,90')), edited, true).budget.rate).toBe('0.4027');
  });
  it('shows the server’s lights for the form as saved', () => {
    const plan = planWith(july('20'), shares('70,90'));
    expect(unsavedLights(plan, july('12'), false)).toBe(plan.lights);
    expect(plan.lights.budget.light).toBe('green');
  });
});

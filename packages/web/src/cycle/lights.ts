/** The monitoring form's lights as shown (kept apart from the editor so that it is tested without the UI). */
import { budgetLight, indicatorLights, type MonitoringForm } from '@jixiao/core';
import type { MonitoringPlan } from '../api/cycle';

/** The lights to show: the server's for the form as saved; for unsaved edits core's, with the plan's thresholds in force. */
export function unsavedLights(plan: Pick<MonitoringPlan, 'lights'>, form: MonitoringForm, dirty: boolean): Pick<MonitoringPlan['lights'], 'budget' | 'indicators'> {
  if (!dirty) return plan.lights;
  const s = plan.lights.thresholds;
  return { budget: budgetLight(form, s), indicators: indicatorLights(form, s) };
}

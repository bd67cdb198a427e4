/**
 * Monitoring as review and ranking see it: the notes beside each indicator of the self-evaluation
 * (matched by row, since both forms list the approved targets in order) and the lights for the
 * ranking's monitoring-red signal.
 */
import type { MonitoringLight } from '../ranking/types';
import type { MonitoringNote } from '../review/context';
import { DEFAULT_LIGHT_SETTINGS, indicatorLights, type LightSettings } from './lights';
import { periodLabel, type MonitoringForm } from './model';

/** What review's monitoring rules need, one note per indicator with a likelihood. */
export function monitoringNotes(form: MonitoringForm): MonitoringNote[] {
  const period = periodLabel(form.period);
  const out: MonitoringNote[] = [];
  form.indicators.forEach((x, indicatorIndex) => {
    if (x.likelihood !== null) out.push({ indicatorIndex, period, likelihood: x.likelihood, completed: x.completed });
  });
  return out;
}

/** The indicator lights as the ranking takes them (indicators without a light are left out). */
export function rankingLights(form: MonitoringForm, s: LightSettings = DEFAULT_LIGHT_SETTINGS): MonitoringLight[] {
  return indicatorLights(form, s).flatMap((l) => (l.light === null ? [] : [{ indicatorIndex: l.index, light: l.light }]));
}

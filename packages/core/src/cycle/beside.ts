/**
 * What stands beside each indicator of a self-evaluation once the year ran in jixiao: the
 * approved changes that brought its target where it is, what July's monitoring said, and the
 * same indicator's earlier years. The editor, exports and the server read this one shape; review
 * gets the same facts as its context (reviewContextOf).
 */
import type { IndicatorRecord } from '../library/history';
import { indicatorHistory } from '../library/history';
import type { Evaluation } from '../model';
import { indicatorLights, type Light, type LightSettings } from '../monitoring/lights';
import { monitoringNotes } from '../monitoring/context';
import { periodLabel, type MonitoringForm, type MonitoringIndicator } from '../monitoring/model';
import type { ReviewContext } from '../review/context';
import type { AppliedChange, Baseline } from '../target-form/adjustment';

/** What is known beside the form: its baseline, its monitoring, earlier years' records. Each part optional. */
export interface CycleFacts {
  baseline?: Baseline;
  monitoring?: MonitoringForm;
  records?: readonly IndicatorRecord[];
  lightSettings?: LightSettings;
}

/** Beside one indicator row. */
export interface Beside {
  index: number;
  /** Approved 目标调整 changes of this row, oldest first. */
  changes: readonly AppliedChange[];
  monitoring: (Pick<MonitoringIndicator, 'completed' | 'expected' | 'likelihood' | 'cause' | 'measure'> & { period: string; light: Light | null }) | null;
  earlier: IndicatorRecord[];
}

/** For every indicator of the self-evaluation, what stands beside it. */
export function besideIndicators(ev: Evaluation, facts: CycleFacts): Beside[] {
  const lights = facts.monitoring ? indicatorLights(facts.monitoring, facts.lightSettings) : [];
  return ev.indicators.map((x, index) => {
    const m = facts.monitoring?.indicators[index];
    return {
      index,
      changes: facts.baseline?.history[index] ?? [],
      monitoring: m && facts.monitoring
        ? { completed: m.completed, expected: m.expected, likelihood: m.likelihood, cause: m.cause, measure: m.measure, period: periodLabel(facts.monitoring.period), light: lights[index]?.light ?? null }
        : null,
      earlier: facts.records ? indicatorHistory(facts.records, { year: ev.year, projectName: ev.projectName, implementer: ev.implementer, name: x.name }) : [],
    };
  });
}

/** The same facts as review's context: monitoring notes and earlier years' values. */
export function reviewContextOf(ev: Evaluation, facts: CycleFacts): ReviewContext {
  const history = facts.records
    ? ev.indicators.flatMap((x) => indicatorHistory(facts.records!, { year: ev.year, projectName: ev.projectName, implementer: ev.implementer, name: x.name }))
        .map((r) => ({ year: r.year, name: r.name, target: r.target, actual: r.actual }))
    : undefined;
  return { history, monitoring: facts.monitoring ? monitoringNotes(facts.monitoring) : undefined };
}

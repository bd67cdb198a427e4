/**
 * The same indicator in earlier years (历史标准 made visible): records of targets and actuals
 * from past target forms and self-evaluations, looked up for a project or, failing that, for
 * its unit, and handed to review as the context its target-below-history rule reads.
 */
import type { Evaluation } from '../model';
import type { PriorValue } from '../review/context';
import { squash } from '../review/helpers';
import type { TargetForm } from '../target-form/model';

/** One indicator of one year: the target approved and the actual reported (blank until evaluated). */
export interface IndicatorRecord {
  year: number;
  projectName: string;
  implementer: string;
  name: string;
  target: string;
  actual: string;
}

/** The records a self-evaluation gives: every indicator with its target and actual. */
export function recordsOfEvaluation(ev: Evaluation): IndicatorRecord[] {
  return ev.indicators.map((x) => ({ year: ev.year, projectName: ev.projectName, implementer: ev.implementer, name: x.name, target: x.target, actual: x.actual }));
}

const key = (s: string) => squash(s);

/**
 * Earlier years' values of one indicator, newest first: the project's own when it has any, else
 * the unit's (a project renamed or renewed under the same unit).
 */
export function indicatorHistory(
  records: readonly IndicatorRecord[],
  at: { year: number; projectName: string; implementer: string; name: string },
): IndicatorRecord[] {
  const name = key(at.name);
  const earlier = records.filter((r) => r.year < at.year && key(r.name) === name);
  const own = earlier.filter((r) => key(r.projectName) === key(at.projectName));
  const pick = own.length ? own : earlier.filter((r) => key(r.implementer) === key(at.implementer));
  return [...pick].sort((a, b) => b.year - a.year);
}

/** For every row of a target form, its earlier years; and all of them as review's context. */
export function targetFormHistory(records: readonly IndicatorRecord[], form: TargetForm): { rows: IndicatorRecord[][]; prior: PriorValue[] } {
  const rows = form.indicators.map((x) => indicatorHistory(records, { year: form.year, projectName: form.projectName, implementer: form.implementer, name: x.name }));
  const prior = rows.flat().map((r) => ({ year: r.year, name: r.name, target: r.target, actual: r.actual }));
  return { rows, prior };
}

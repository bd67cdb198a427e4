/**
 * The registry of risk signals, in the order the docs and the ranking table show them (the order
 * of the issue that asked for them: evidence first, then findings, patterns, money, context).
 * Each signal lives in signals/<id>.ts (one signal, one file).
 */
import type { SignalExamples } from './example';
import type { Signal } from './types';
import * as claimedOverProven from './signals/claimed-over-proven';
import * as findings from './signals/findings';
import * as allFullMarks from './signals/all-full-marks';
import * as unitAlwaysHigh from './signals/unit-always-high';
import * as executionOff from './signals/execution-off';
import * as fundsSize from './signals/funds-size';
import * as overAchievementUnexplained from './signals/over-achievement-unexplained';
import * as monitoringRed from './signals/monitoring-red';
import * as evidenceMissing from './signals/evidence-missing';

interface SignalModule {
  // Each signal has its own options type; the engine passes options merged over its defaults.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  signal: Signal<any>;
  examples: SignalExamples;
}

const MODULES: readonly SignalModule[] = [
  claimedOverProven,
  findings,
  allFullMarks,
  unitAlwaysHigh,
  executionOff,
  fundsSize,
  overAchievementUnexplained,
  monitoringRed,
  evidenceMissing,
];

/** Every signal, in display order. */
export const SIGNALS: readonly Signal[] = MODULES.map((m) => m.signal as Signal);

/** The docs examples of every signal, by id (each is also a test case). */
export const SIGNAL_EXAMPLES: ReadonlyMap<string, SignalExamples> = new Map(MODULES.map((m) => [m.signal.id, m.examples]));

/** The signal with this id, or undefined. */
export function getSignal(id: string): Signal | undefined {
  return SIGNALS.find((s) => s.id === id);
}

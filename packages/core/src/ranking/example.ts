/**
 * Example inputs for signals: a form patch over review's clean example form plus context. The
 * docs page shows each signal's examples as the engine measures them, and the tests run them.
 */
import { scoreEvaluation } from '../scoring';
import { review } from '../review/engine';
import { exampleForm, type FormPatch } from '../review/example-form';
import type { Msg } from '../present';
import type { RankContext, RankInput } from './types';

/** One example: what differs from the clean form, and what else is known about it. */
export interface SignalExample {
  /** What the case is, in words (the docs page shows it above the result). */
  note: Msg;
  patch?: FormPatch;
  context?: RankContext;
}

/** Every signal documents one case where it fires and one where it stays silent. */
export interface SignalExamples {
  fires: SignalExample;
  quiet: SignalExample;
}

/** The example as a rank input: the patched form scored and reviewed with the defaults. */
export function exampleInput(ex: SignalExample, id = 'example'): RankInput {
  const scored = scoreEvaluation(exampleForm(ex.patch));
  return { id, scored, findings: review(scored), context: ex.context };
}

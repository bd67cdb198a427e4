/** Score and review in one call, as the CLI, the server and the editor do. */
import type { Evaluation } from '../model';
import { scoreEvaluation } from '../scoring';
import type { ScoredEvaluation } from '../scoring/types';
import { review } from './engine';
import type { ReviewContext } from './context';
import type { Finding, ReviewConfig } from './types';

/** Score a form with config.template (or the form's own / detected template), then review it. */
export function scoreAndReview(ev: Evaluation, config: ReviewConfig = {}, context?: ReviewContext): { scored: ScoredEvaluation; findings: Finding[] } {
  const scored = scoreEvaluation(ev, { template: config.template });
  return { scored, findings: review(scored, config, undefined, context) };
}

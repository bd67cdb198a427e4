/** The registry of review rules, sorted by id. Each rule lives in rules/<id>.ts (one rule, one file). */
import type { RuleExamples } from './example-form';
import type { Rule } from './types';
import * as actualNotNumeric from './rules/actual-not-numeric';
import * as allOnTarget from './rules/all-on-target';
import * as costExceeded from './rules/cost-exceeded';
import * as costQualitative from './rules/cost-qualitative';
import * as costVsFunds from './rules/cost-vs-funds';
import * as deviationBoilerplate from './rules/deviation-boilerplate';
import * as deviationContradicts from './rules/deviation-contradicts';
import * as deviationMissing from './rules/deviation-missing';
import * as directionContradiction from './rules/direction-contradiction';
import * as duplicateIndicator from './rules/duplicate-indicator';
import * as evidenceRequired from './rules/evidence-required';
import * as fundsBudgetAdjusted from './rules/funds-budget-adjusted';
import * as fundsExecutionScore from './rules/funds-execution-score';
import * as fundsLowExecutionFullOutput from './rules/funds-low-execution-full-output';
import * as fundsOverspent from './rules/funds-overspent';
import * as fundsRateMismatch from './rules/funds-rate-mismatch';
import * as fundsSubrowScore from './rules/funds-subrow-score';
import * as formIncomplete from './rules/form-incomplete';
import * as fundsTotalSum from './rules/funds-total-sum';
import * as goalCopy from './rules/goal-copy';
import * as goalsEmpty from './rules/goals-empty';
import * as gradeMismatch from './rules/grade-mismatch';
import * as headerMissing from './rules/header-missing';
import * as layoutUnknown from './rules/layout-unknown';
import * as levelOneInferred from './rules/level1-inferred';
import * as levelOneWeights from './rules/level1-weights';
import * as levelTwoWrongLevelOne from './rules/level2-wrong-level1';
import * as misfiledIndicator from './rules/misfiled-indicator';
import * as missingCategory from './rules/missing-category';
import * as monitoringContradicted from './rules/monitoring-contradicted';
import * as narrativeAmounts from './rules/narrative-amounts';
import * as narrativeDates from './rules/narrative-dates';
import * as overAchievement from './rules/over-achievement';
import * as qualitativeDominant from './rules/qualitative-dominant';
import * as satisfactionTarget from './rules/satisfaction-target';
import * as scoreInflated from './rules/score-inflated';
import * as scoreMissing from './rules/score-missing';
import * as scoreRange from './rules/score-range';
import * as scoreUnderstated from './rules/score-understated';
import * as targetBelowHistory from './rules/target-below-history';
import * as targetCannotFail from './rules/target-cannot-fail';
import * as targetTooLow from './rules/target-too-low';
import * as targetUnmeasurable from './rules/target-unmeasurable';
import * as templateLeftover from './rules/template-leftover';
import * as timeTargetMissed from './rules/time-target-missed';
import * as timeTargetStale from './rules/time-target-stale';
import * as tooFewIndicators from './rules/too-few-indicators';
import * as totalSum from './rules/total-sum';
import * as unitMismatch from './rules/unit-mismatch';
import * as unverifiableClaim from './rules/unverifiable-claim';
import * as valueUnreadable from './rules/value-unreadable';
import * as weightConcentrated from './rules/weight-concentrated';
import * as weightsSum from './rules/weights-sum';

interface RuleModule {
  // Each rule has its own options type; the engine passes options merged over its defaults.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>;
  examples: RuleExamples;
}

const MODULES: readonly RuleModule[] = [] = [actualNotNumeric, allOnTarget, costExceeded, costQualitative, costVsFunds, deviationBoilerplate, deviationContradicts, deviationMissing, directionContradiction, duplicateIndicator, evidenceRequired, formIncomplete, fundsBudgetAdjusted, fundsExecutionScore, fundsLowExecutionFullOutput, fundsOverspent, fundsRateMismatch, fundsSubrowScore, fundsTotalSum, goalCopy, goalsEmpty, gradeMismatch, headerMissing, layoutUnknown, levelOneInferred, levelOneWeights, levelTwoWrongLevelOne, misfiledIndicator, missingCategory, monitoringContradicted, narrativeAmounts, narrativeDates, overAchievement, qualitativeDominant, satisfactionTarget, scoreInflated, scoreMissing, scoreRange, scoreUnderstated, targetBelowHistory, targetCannotFail, targetTooLow, targetUnmeasurable, templateLeftover, timeTargetMissed, timeTargetStale, tooFewIndicators, totalSum, unitMismatch, unverifiableClaim, valueUnreadable, weightConcentrated, weightsSum];

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = MODULES.map((m) => m.rule as Rule).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Alias of RULES for callers that list the catalogue. */
export const rules = RULES;

/** The docs examples of every rule, by id (each is also a test case of its rule). */
export const RULE_EXAMPLES: ReadonlyMap<string, RuleExamples> = new Map(MODULES.map((m) => [m.rule.id, m.examples]));

/** The rule with this id, or undefined. */
export function getRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

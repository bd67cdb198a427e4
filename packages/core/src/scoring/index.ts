export * from './types';
export { scoreEvaluation, type ScoreOptions } from './evaluation';
export { scoreIndicator, parseCells, checkClaim, type IndicatorContext } from './indicator';
export { scoreFunds, parsePrintedRate, executionRate, rateText, totalAmounts, type TotalAmounts } from './funds';
export { gradeOf } from './grade';
export { resolveLevels, levelSpans, type ResolvedLevels, type LevelSpans } from './levels';
export { assessCompleteness, describeMissing, startsInside, statedPoints, type Completeness, type MissingPart } from './completeness';
export { explain, SCORING_MESSAGES, FUNDS_NOTES, type Explanation, type ScoringMessageId, type FundsNote } from './messages';

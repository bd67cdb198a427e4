export * from './types';
export { scoreEvaluation, type ScoreOptions } from './evaluation';
export { scoreIndicator, parseCells, checkClaim, type IndicatorContext } from './indicator';
export { scoreFunds, parsePrintedRate, executionRate, rateText } from './funds';
export { gradeOf } from './grade';
export { resolveLevels, levelSpans, type ResolvedLevels, type LevelSpans } from './levels';

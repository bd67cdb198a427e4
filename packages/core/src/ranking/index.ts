/** Risk ranking for sampling (抽查): signals, profiles, the ranking, the seeded sample draw and its docs. */
export * from './types';
export { SIGNALS, SIGNAL_EXAMPLES, getSignal } from './signals';
export { defaultRiskProfile, resolveRiskProfile, DEFAULT_PROFILE, type ResolvedRiskProfile } from './profile';
export { rankForms, measureForm, renderSignalMessage } from './rank';
export { withUnitHistory } from './history';
export { drawSample, drawIds, type Sample, type SampleRequest, type SamplePick, type SampleWay, type SampleChange, type SampleCandidate } from './sample';
export { mulberry32, hashSeed, uniformInt, PRNG_ALGORITHM } from './prng';
export { rankingRows, reasonText, signalTitle, type RankingRow } from './present';
export { exampleInput, type SignalExample, type SignalExamples } from './example';
export { renderRankingDoc } from './docs';

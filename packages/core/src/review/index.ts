/** Review (复核): rules, engine, configuration and presentation. The rule tester is test-only. */
export * from './types';
export * from './context';
export { review, renderMessage, countBySeverity, INTERNAL_ERROR } from './engine';
export { resolveConfig, resolveConfigLenient, type ResolvedConfig, type ResolvedSetting } from './config';
export { renderFinding } from './render';
export { RULES, rules, RULE_EXAMPLES, getRule } from './rules';
export { scoreAndReview } from './score-and-review';
export { comparePaths, pathExists, pathOrderKey } from './paths';
export { exampleForm, baseForm, type FormPatch, type RuleExamples, type ExampleCase } from './example-form';

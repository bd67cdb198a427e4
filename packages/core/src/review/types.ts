/** Review (复核) rules and findings, in the manner of a linter. */
import type { Msg } from '../result';
import type { ScoredEvaluation } from '../scoring/types';
import type { ReviewContext } from './context';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'funds' | 'score' | 'evidence' | 'target' | 'structure' | 'narrative';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Where in the model: "indicators[3].score", "funds.total.rate", "goals.actual", "total.score". */
  path: string;
  messageId: string;
  message: Msg;
  data: Record<string, unknown>;
}

/** What a rule's check reports; the engine adds ruleId, severity and the rendered message. */
export interface Report {
  path: string;
  messageId: string;
  data?: Record<string, unknown>;
  /** Override the rule's severity for this report (e.g. a weaker finding when a reason is given). */
  severity?: Severity;
}

export interface RuleContext<O> {
  scored: ScoredEvaluation;
  options: O;
  /** What is known beyond the form (earlier years, monitoring); empty when nothing is. */
  context: ReviewContext;
  report(r: Report): void;
}

export interface RuleDocs {
  /** One-line title. */
  title: Msg;
  /** What it checks and why (paragraphs). */
  description: Msg;
  /** The rule text it rests on (财预〔2020〕10号 …). */
  basis: Msg;
  /** How to fix it. */
  fix: Msg;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  docs: RuleDocs;
  messages: Record<string, Msg>;
  defaultOptions: O;
  check(ctx: RuleContext<O>): void;
}

/** Per-rule configuration, like a linter's: "off", a severity, or [severity, options]. */
export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>];

export interface ReviewConfig {
  template?: string;
  rules?: Record<string, RuleSetting>;
}

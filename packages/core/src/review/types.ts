/** Review (复核) rules and findings, in the manner of a linter. */
import type { Msg, Severity } from '../present';
import type { ScoredEvaluation } from '../scoring/types';
import type { ReviewContext } from './context';

export type { Severity };
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

/** What a rule's inspect step reports; the engine adds ruleId, severity and the rendered message. */
/** A rule message in both languages, with its own severity when it differs from the rule's default. */
export interface RuleMessage extends Msg {
  severity?: Severity;
}

export interface Report {
  path: string;
  messageId: string;
  data?: Record<string, unknown>;
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
  /** Messages by id; a message that is weaker or stronger than the rule's default declares its severity. */
  messages: Record<string, RuleMessage>;
  defaultOptions: O;
  /**
   * What the rule's arithmetic needs to see (scored.completeness): 'whole-table' for sums and
   * counts over the indicator table, 'whole-form' for the total and the grade. The rule does not
   * run on a page that does not show it: no finding about a part the form does not show.
   */
  requires?: 'whole-table' | 'whole-form';
  /** The rule judges against the template (its weights, categories, execution points): it does not run on an unrecognised layout. */
  usesTemplate?: boolean;
  inspect(ctx: RuleContext<O>): void;
}

/** Per-rule configuration, like a linter's: "off", a severity, or [severity, options]. */
export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>];

export interface ReviewConfig {
  template?: string;
  rules?: Record<string, RuleSetting>;
}

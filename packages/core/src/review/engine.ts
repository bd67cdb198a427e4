/**
 * The review engine: runs every enabled rule over a scored form and returns findings sorted in
 * the form's order. Severity: a severity set explicitly in the configuration wins; otherwise the
 * severity the rule declares on the message (a weaker message when a reason is given, say);
 * otherwise the rule's default. Facts beyond the form (earlier years, monitoring) come in `context`. A rule that throws does not stop the review: it becomes an
 * `internal-error` finding naming the rule.
 */
import { renderMsg } from '../result';
import type { Msg } from '../present';
import type { ScoredEvaluation } from '../scoring/types';
import { resolveConfigLenient, type ResolvedConfig } from './config';
import { cachedOrderKey, compareKeys } from './paths';
import { RULES } from './rules';
import { NO_CONTEXT, type ReviewContext } from './context';
import type { Finding, Report, ReviewConfig, Rule, Severity } from './types';

/** The rule that reports a cut-off form; the only one that speaks about the row the page ends inside. */
const FORM_INCOMPLETE = 'form-incomplete';

/** The ruleId of findings produced when a rule itself fails. */
export const INTERNAL_ERROR = 'internal-error';

const INTERNAL_MESSAGE: Msg = {
  zh: '复核规则 {rule} 运行出错，此项未能检查：{error}',
  en: 'review rule {rule} failed, so this check did not run: {error}',
};

/** Render a rule message for a report: one interpolation step into both languages. */
export function renderMessage(rule: Rule, messageId: string, data: Record<string, unknown>): Msg {
  const m = rule.messages[messageId];
  if (!m) return { zh: messageId, en: messageId };
  return renderMsg(m, data);
}

// Resolving a config is cheap but review runs on thousands of forms with one config object.
const cache = new WeakMap<object, ResolvedConfig>();

function resolved(config: ReviewConfig | undefined, rules: readonly Rule[]): ResolvedConfig {
  if (!config) return { rules: new Map() };
  if (rules !== RULES) return resolveConfigLenient(config, rules).value;
  let r = cache.get(config);
  if (!r) {
    r = resolveConfigLenient(config, rules).value;
    cache.set(config, r);
  }
  return r;
}

// One report function for every run: a closure made per rule run cost more than most rules do
// (tsx's keepNames wraps each new named closure in a defineProperty call).
let sink: Report[] = [];
function collect(r: Report): void {
  sink.push(r);
}

// The page ends inside the row: its name and values are cut, its 一级/二级 labels are not.
function onCutRow(path: string, prefix: string): boolean {
  if (path === prefix) return true;
  return path.startsWith(`${prefix}.`) && !/\.level[12]$/.test(path);
}

/** Run one rule with the given options; returns its reports, or throws what the rule threw. */
export function runRule(rule: Rule, scored: ScoredEvaluation, options: Record<string, unknown>, context: ReviewContext = NO_CONTEXT): Report[] {
  const outer = sink;
  const reports: Report[] = [];
  sink = reports;
  try {
    rule.inspect({ scored, options, context, report: collect });
  } finally {
    sink = outer;
  }
  return reports;
}

/**
 * Review a scored form. Invalid configuration entries are ignored here (validate them first
 * with resolveConfig to show them to the user); the review itself never throws.
 */
export function review(scored: ScoredEvaluation, config?: ReviewConfig, rules: readonly Rule[] = RULES, context: ReviewContext = NO_CONTEXT): Finding[] {
  const cfg = resolved(config, rules);
  const findings: Finding[] = [];
  const { complete, missing, indicatorsCut } = scored.completeness;
  // A row the page ends inside is not evidence of anything but the cut (form-incomplete says so).
  const cutRow = missing.find((m) => m.part === 'last-row');
  const cutPrefix = cutRow && cutRow.part === 'last-row' ? `indicators[${cutRow.index}]` : null;
  for (const rule of rules) {
    const setting = cfg.rules.get(rule.id);
    if (setting?.off) continue;
    if ((rule.requires === 'whole-form' && !complete) || (rule.requires === 'whole-table' && indicatorsCut)) continue;
    if (rule.usesTemplate && !scored.template.recognised) continue;
    const explicit: Severity | null = setting ? setting.severity : null;
    const options = setting ? { ...rule.defaultOptions, ...setting.options } : rule.defaultOptions;
    let reports: Report[];
    try {
      reports = runRule(rule, scored, options, context);
    } catch (e) {
      const data = { rule: rule.id, error: e instanceof Error ? e.message : String(e) };
      findings.push({
        ruleId: INTERNAL_ERROR,
        severity: 'error',
        path: '',
        messageId: INTERNAL_ERROR,
        data,
        message: renderMsg(INTERNAL_MESSAGE, data),
      });
      continue;
    }
    for (const r of reports) {
      if (cutPrefix && rule.id !== FORM_INCOMPLETE && onCutRow(r.path, cutPrefix)) continue;
      const data = r.data ?? {};
      findings.push({
        ruleId: rule.id,
        severity: explicit ?? rule.messages[r.messageId]?.severity ?? rule.defaultSeverity,
        path: r.path,
        messageId: r.messageId,
        data,
        message: renderMessage(rule, r.messageId, data),
      });
    }
  }
  // Keys computed once per finding, not once per comparison. Ties keep the registry's (id) order.
  const keyed = findings.map((f, i) => ({ f, k: cachedOrderKey(f.path), i }));
  keyed.sort((a, b) => compareKeys(a.k, b.k) || a.i - b.i);
  return keyed.map((x) => x.f);
}

/** Counts of findings by severity, for summaries and exit codes. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/**
 * The review engine: runs every enabled rule over a scored form and returns findings sorted in
 * the form's order. Severity: a severity set explicitly in the configuration wins; otherwise a
 * report's own severity (a rule may grade one report down, e.g. when a reason is given); otherwise
 * the rule's default. Facts beyond the form (earlier years, monitoring) come in `context`. A rule that throws does not stop the review: it becomes an
 * `internal-error` finding naming the rule.
 */
import { interpolate, type Msg } from '../result';
import type { ScoredEvaluation } from '../scoring/types';
import { resolveConfigLenient, type ResolvedConfig } from './config';
import { cachedOrderKey, compareKeys } from './paths';
import { RULES } from './rules';
import { NO_CONTEXT, type ReviewContext } from './context';
import type { Finding, Report, ReviewConfig, Rule, Severity } from './types';

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
  return { zh: interpolate(m.zh, data), en: interpolate(m.en, data) };
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

/** Run one rule with the given options; returns its reports, or throws what the rule threw. */
export function runRule(rule: Rule, scored: ScoredEvaluation, options: Record<string, unknown>, context: ReviewContext = NO_CONTEXT): Report[] {
  const outer = sink;
  const reports: Report[] = [];
  sink = reports;
  try {
    rule.check({ scored, options, context, report: collect });
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
  for (const rule of rules) {
    const setting = cfg.rules.get(rule.id);
    if (setting?.off) continue;
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
        message: { zh: interpolate(INTERNAL_MESSAGE.zh, data), en: interpolate(INTERNAL_MESSAGE.en, data) },
      });
      continue;
    }
    for (const r of reports) {
      const data = r.data ?? {};
      findings.push({
        ruleId: rule.id,
        severity: explicit ?? r.severity ?? rule.defaultSeverity,
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

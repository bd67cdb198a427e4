/**
 * Review configuration, as a linter's: each rule "off", a severity, or [severity, options].
 * resolveConfig validates an untrusted object and never throws: unknown rule ids, bad
 * severities and options of the wrong type come back as typed issues with a path.
 */
import type { Issue, Result } from '../result';
import type { Rule, Severity } from './types';
import { RULES } from './rules';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

/** One rule's settings after validation: off, or on with an explicit severity (null = rule decides). */
export type ResolvedSetting = { off: true } | { off: false; severity: Severity | null; options: Record<string, unknown> };

/** A validated configuration: the template id and a setting for each rule named in it. */
export interface ResolvedConfig {
  template?: string;
  rules: Map<string, ResolvedSetting>;
}

function issue(code: string, path: string, zh: string, en: string): Issue {
  return { code, path, message: { zh, en } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

function checkOptions(rule: Rule, options: unknown, path: string, issues: Issue[]): Record<string, unknown> {
  if (!isRecord(options)) {
    issues.push(issue('config-options', path, `规则 ${rule.id} 的选项应为对象`, `options of rule ${rule.id} must be an object`));
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (!(key in rule.defaultOptions)) {
      issues.push(issue('config-unknown-option', `${path}.${key}`, `规则 ${rule.id} 没有选项 ${key}`, `rule ${rule.id} has no option ${key}`));
      continue;
    }
    const want = kindOf(rule.defaultOptions[key]);
    if (kindOf(value) !== want) {
      issues.push(
        issue('config-option-type', `${path}.${key}`, `选项 ${key} 应为 ${want}，实为 ${kindOf(value)}`, `option ${key} must be ${want}, got ${kindOf(value)}`),
      );
      continue;
    }
    out[key] = value;
  }
  return out;
}

function resolveSetting(rule: Rule, setting: unknown, path: string, issues: Issue[]): ResolvedSetting | null {
  if (setting === 'off') return { off: true };
  if (typeof setting === 'string' && SEVERITIES.includes(setting)) return { off: false, severity: setting as Severity, options: {} };
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    const [sev, options] = setting;
    if (sev !== 'off' && !(typeof sev === 'string' && SEVERITIES.includes(sev))) {
      issues.push(issue('config-severity', `${path}[0]`, `无效的级别：${String(sev)}`, `invalid severity: ${String(sev)}`));
      return null;
    }
    const opts = options === undefined ? {} : checkOptions(rule, options, `${path}[1]`, issues);
    return sev === 'off' ? { off: true } : { off: false, severity: sev as Severity, options: opts };
  }
  issues.push(
    issue('config-severity', path, `规则设置应为 "off"、级别或 [级别, 选项]：${JSON.stringify(setting)}`, `a rule setting is "off", a severity or [severity, options]: ${JSON.stringify(setting)}`),
  );
  return null;
}

/**
 * Validate a configuration object and keep every part that is valid. The value is always
 * usable (invalid entries are dropped); ok is false when anything was dropped.
 */
export function resolveConfigLenient(input: unknown, rules: readonly Rule[] = RULES): { value: ResolvedConfig; issues: Issue[] } {
  const issues: Issue[] = [];
  const value: ResolvedConfig = { rules: new Map() };
  if (input === undefined || input === null) return { value, issues };
  if (!isRecord(input)) {
    issues.push(issue('config-type', '', '配置应为对象', 'the configuration must be an object'));
    return { value, issues };
  }
  for (const key of Object.keys(input)) {
    if (key !== 'template' && key !== 'rules') issues.push(issue('config-unknown-key', key, `未知的配置项：${key}`, `unknown configuration key: ${key}`));
  }
  if (input.template !== undefined) {
    if (typeof input.template === 'string') value.template = input.template;
    else issues.push(issue('config-template', 'template', '模板应为字符串（模板编号）', 'template must be a string (a template id)'));
  }
  if (input.rules !== undefined) {
    if (!isRecord(input.rules)) {
      issues.push(issue('config-type', 'rules', 'rules 应为对象', 'rules must be an object'));
      return { value, issues };
    }
    const byId = new Map(rules.map((r) => [r.id, r]));
    for (const [id, setting] of Object.entries(input.rules)) {
      const rule = byId.get(id);
      const path = `rules.${id}`;
      if (!rule) {
        issues.push(issue('config-unknown-rule', path, `未知的规则：${id}`, `unknown rule: ${id}`));
        continue;
      }
      const s = resolveSetting(rule, setting, path, issues);
      if (s) value.rules.set(id, s);
    }
  }
  return { value, issues };
}

/** Validate a review configuration: the resolved config, or the typed issues found in it. */
export function resolveConfig(input: unknown, rules: readonly Rule[] = RULES): Result<ResolvedConfig> {
  const { value, issues } = resolveConfigLenient(input, rules);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

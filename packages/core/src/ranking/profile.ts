/**
 * Risk profiles: weights and thresholds as data. A profile names signals and overrides their
 * options, or turns them "off"; what it does not name keeps the defaults of the signal's file.
 */
import type { Issue, Result } from '../result';
import { SIGNALS } from './signals';
import type { RiskProfile, Signal, SignalOptions } from './types';

/** A profile with every signal's options complete (null: the signal is off). */
export type ResolvedRiskProfile = ReadonlyMap<string, SignalOptions | null>;

/** The defaults of every signal, as a profile (JSON-ready: what a deployment copies and edits). */
export function defaultRiskProfile(signals: readonly Signal[] = SIGNALS): RiskProfile {
  return Object.fromEntries(signals.map((s) => [s.id, { ...s.defaultOptions }]));
}

function issue(code: string, path: string, zh: string, en: string): Issue {
  return { code, path, message: { zh, en } };
}

function checkValue(value: unknown, def: number | readonly string[], path: string): Issue | null {
  if (Array.isArray(def)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return null;
    return issue('profile-type', path, `${path} 应为字符串列表`, `${path} must be a list of strings`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return issue('profile-type', path, `${path} 应为不小于 0 的数`, `${path} must be a number, 0 or more`);
  }
  return null;
}

/** Check a profile and complete it with the defaults; unknown signals and options are issues. */
export function resolveRiskProfile(profile: RiskProfile = {}, signals: readonly Signal[] = SIGNALS): Result<ResolvedRiskProfile> {
  const issues: Issue[] = [];
  const byId = new Map(signals.map((s) => [s.id, s]));
  for (const id of Object.keys(profile)) {
    if (!byId.has(id)) issues.push(issue('profile-unknown-signal', id, `未知的风险信号：${id}`, `unknown risk signal: ${id}`));
  }
  const out = new Map<string, SignalOptions | null>();
  for (const s of signals) {
    const setting = profile[s.id];
    if (setting === 'off') {
      out.set(s.id, null);
      continue;
    }
    if (setting !== undefined && (typeof setting !== 'object' || setting === null || Array.isArray(setting))) {
      issues.push(issue('profile-type', s.id, `${s.id} 应为 "off" 或选项对象`, `${s.id} must be "off" or an object of options`));
      continue;
    }
    const options: SignalOptions = { ...s.defaultOptions };
    for (const [key, value] of Object.entries(setting ?? {})) {
      const path = `${s.id}.${key}`;
      if (!(key in s.defaultOptions)) {
        issues.push(issue('profile-unknown-option', path, `${s.id} 没有选项 ${key}`, `${s.id} has no option ${key}`));
        continue;
      }
      const bad = checkValue(value, s.defaultOptions[key], path);
      if (bad) issues.push(bad);
      else options[key] = value as number | readonly string[];
    }
    out.set(s.id, options);
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

/** The default profile, resolved once. */
export const DEFAULT_PROFILE: ResolvedRiskProfile = new Map(SIGNALS.map((s) => [s.id, s.defaultOptions]));

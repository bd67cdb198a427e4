/** Presenting findings to people: one line per finding, in the chosen language. */
import type { Finding, Severity } from './types';

/** The interface languages; Chinese is the default. */
export type Lang = 'zh' | 'en';

const SEVERITY_WORDS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** The word for a severity in the given language ("错误" / "error"). */
export function severityLabel(severity: Severity, lang: Lang = 'zh'): string {
  return SEVERITY_WORDS[severity][lang];
}

/** One finding as a line: "indicators[4].score  错误  自评得分…  (score-inflated)". */
export function renderFinding(f: Finding, lang: Lang = 'zh'): string {
  const where = f.path === '' ? (lang === 'zh' ? '（全表）' : '(form)') : f.path;
  return `${where}  ${severityLabel(f.severity, lang)}  ${f.message[lang]}  (${f.ruleId})`;
}

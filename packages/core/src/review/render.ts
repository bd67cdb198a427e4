/** Presenting findings to people: one line per finding, in the chosen language. */
import { severityLabel, type Lang } from '../present';
import type { Finding } from './types';

/** One finding as a line: "indicators[4].score  错误  自评得分…  (score-inflated)". */
export function renderFinding(f: Finding, lang: Lang = 'zh'): string {
  const where = f.path === '' ? (lang === 'zh' ? '（全表）' : '(form)') : f.path;
  return `${where}  ${severityLabel(f.severity, lang)}  ${f.message[lang]}  (${f.ruleId})`;
}

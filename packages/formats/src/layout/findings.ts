/** Findings as printable lines, shared by the html and pdf findings pages. */
import { rangeText, severityLabel } from '@jixiao/core';
import type { Assessment } from './assess';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** One printed line per finding: "[错误] indicators[3].score: 自评得分高于…", errors first. */
export function findingLines(a: Assessment): { severity: 'error' | 'warning' | 'info'; text: string }[] {
  return [...a.list]
    .sort((x, y) => ORDER[x.severity] - ORDER[y.severity])
    .map((f) => ({ severity: f.severity, text: `[${severityLabel(f.severity)}] ${f.path}：${f.message.zh}（${f.ruleId}）` }));
}

/** The heading line of a findings page: the proven total and grade beside the counts. */
export function findingsSummary(a: Assessment): string {
  const parts: string[] = [];
  if (a.proven) parts.push(`可证实得分 ${rangeText(a.proven)}`);
  if (a.grade) parts.push(`等级 ${a.grade}`);
  if (a.findings) parts.push(`错误 ${a.findings.error}，警告 ${a.findings.warning}，提示 ${a.findings.info}`);
  return parts.join('；');
}

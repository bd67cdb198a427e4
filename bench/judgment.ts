/**
 * Judgment figures (issue 10): on the real-forms corpus — the seed forms, the five shared
 * fixtures and fixtures/corpus — the share of findings a reviewer would sign (precision, from the
 * labels in fixtures/corpus/labels) and the share of a reviewer's expected findings found at their
 * place (recall), overall and per category. Not a throughput: the rows are printed as lines.
 */
import { judge, pct, type Ratio } from '../scripts/corpus-measure';
import type { BenchRow } from './types';

const table = (m: Map<string, Ratio>): string[] =>
  [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, r]) => `    ${k.padEnd(26)} ${pct(r)}`);

export async function benchJudgment(): Promise<BenchRow[]> {
  const j = judge();
  const lines = [
    `- forms: ${j.forms} (import errors: ${j.importErrors.length ? j.importErrors.map((e) => `${e.form} ${e.error}`).join(', ') : 'none'})`,
    `- findings: ${j.findings}, labelled ${j.precision.of}, unlabelled ${j.unlabelled.length}, stale labels ${j.stale.length}`,
    `- precision (true findings / labelled findings): ${pct(j.precision)}`,
    `- recall (expected findings located at their place by a true finding): ${pct(j.recall)}`,
    ...[...j.byKind.entries()].map(([k, r]) => `    ${k.padEnd(8)} precision ${pct(r.precision)}, recall ${pct(r.recall)}`),
    '  by rule category:',
    ...table(j.precisionByCategory),
    '  by rule:',
    ...table(j.precisionByRule),
    '- recall by reviewer category:',
    ...table(j.recallByCategory),
    `  categories with no rule yet: ${j.noRuleYet.join(', ') || 'none'}`,
  ];
  if (j.unlabelled.length) {
    lines.push('- unlabelled findings (add them to fixtures/corpus/labels/<form>.json):');
    for (const f of j.unlabelled) lines.push(`    ${f.form} ${f.ruleId} @${f.path} [${f.messageId}] ${f.text}`);
  }
  return lines.map((line) => ({ name: '', perSecond: 0, line }));
}

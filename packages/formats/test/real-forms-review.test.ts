/**
 * The review on five real published forms (packages/formats/test/fixtures/real-forms): each
 * expectedFindings entry without `doubt` must be matched by a finding at its place — indicator
 * (same index), funds, total, goals, header, structure (anything in the indicator table) or
 * form (anywhere) — from a rule that flags that category. General rules only: no rule knows these
 * forms. The measured share is printed and written to docs/review-coverage.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreAndReview, type Finding } from '@jixiao/core';
import { describe, expect, it } from 'vitest';
import { importText } from '../src';
import { readTestFile, REAL_FORMS } from './helpers';

interface Expected {
  text: string;
  where: 'indicator' | 'funds' | 'total' | 'goals' | 'header' | 'structure' | 'form';
  indicator: number | null;
  category: string;
  severity: string;
  doubt?: string;
}

// Which rules flag a reviewer's category. A finding counts only from one of these rules.
const RULES_FOR: Record<string, string[]> = {
  'exec-score': ['funds-execution-score', 'funds-subrow-score'],
  'exec-rate': ['funds-rate-mismatch', 'funds-execution-score'],
  'narrative-contradiction': ['deviation-contradicts', 'cost-vs-funds', 'narrative-amounts'],
  'misfiled-indicator': ['misfiled-indicator', 'satisfaction-target'],
  'unit-mismatch': ['unit-mismatch'],
  'goal-copy': ['goal-copy', 'goals-empty'],
  'template-leftover': ['template-leftover'],
  'deviation-missing': ['deviation-missing', 'deviation-boilerplate'],
  'unmeasurable-target': ['target-unmeasurable', 'actual-not-numeric', 'unverifiable-claim'],
  header: ['header-missing'],
  'score-understated': ['score-understated'],
  'over-achievement': ['over-achievement'],
  'missing-category': ['missing-category'],
  'empty-value': ['score-missing'],
  'qualitative-dominant': ['qualitative-dominant'],
  'score-unsupported': ['score-inflated'],
};

/**
 * Entries the review cannot find from these fixtures, each with the reason. The test fails if
 * one of them starts being found (update the list) or if any other entry is missed.
 */
const KNOWN_GAPS: Record<string, string> = {
  '007 form template-leftover': 'the reviewer counts 指标1:名称 numbering as left from the template; the labelled corpus forms 109, 110 and 115 read the same numbering as the unit naming a real indicator, and the rule follows them',
  '014 structure score-understated': 'the importer keeps 单项指标得分 (25) as the score; the 折算得分 (6.25) that shows the double weighting is not in the Evaluation',
  '020 structure other': 'indicators describing the whole assistance system rather than this fund: no general rule',
};

function atPlace(f: Finding, e: Expected): boolean {
  switch (e.where) {
    case 'indicator':
      return f.path === `indicators[${e.indicator}]` || f.path.startsWith(`indicators[${e.indicator}].`);
    case 'funds':
    case 'total':
    case 'goals':
      return f.path.startsWith(e.where);
    case 'header':
      return ['projectName', 'department', 'implementer'].includes(f.path);
    case 'structure':
      return f.path.startsWith('indicators');
    case 'form':
      return true;
  }
}

const key = (form: string, e: Expected) => `${form} ${e.where}${e.indicator !== null ? `[${e.indicator}]` : ''} ${e.category}`;

function measure() {
  const rows: { key: string; text: string; found: string | null }[] = [];
  for (const form of REAL_FORMS) {
    const fixture = JSON.parse(readTestFile(`fixtures/real-forms/${form}.json`)) as { expectedFindings: Expected[] };
    const imported = importText(readTestFile(`fixtures/real-forms/${form}.cells.txt`));
    if (!imported.ok) throw new Error(`${form} did not import`);
    const findings = imported.forms.flatMap((f) => scoreAndReview(f.evaluation).findings);
    for (const e of fixture.expectedFindings) {
      if (e.doubt) continue;
      const rules = RULES_FOR[e.category] ?? [];
      const hit = findings.find((f) => rules.includes(f.ruleId) && atPlace(f, e));
      rows.push({ key: key(form, e), text: e.text, found: hit ? `${hit.ruleId} @ ${hit.path || '(form)'}` : null });
    }
  }
  return rows;
}

describe('review on the real forms', () => {
  const rows = measure();
  const found = rows.filter((r) => r.found).length;
  const share = found / rows.length;

  it('finds every expected finding except the documented gaps', () => {
    console.log(`review coverage on real forms: ${found}/${rows.length} = ${(share * 100).toFixed(1)}%`);
    for (const r of rows) console.log(`${r.found ? 'found ' : 'MISSED'} ${r.key}${r.found ? ` ← ${r.found}` : ''}`);
    const missed = rows.filter((r) => !r.found).map((r) => r.key);
    expect(missed.sort()).toEqual(Object.keys(KNOWN_GAPS).sort());
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it('writes the measured share to docs/review-coverage.md', () => {
    const lines = [
      '# Review coverage on real forms',
      '',
      '<!-- Written by packages/formats/test/real-forms-review.test.ts — do not edit. -->',
      '',
      `Five real published forms (packages/formats/test/fixtures/real-forms) carry ${rows.length} findings a careful reviewer made.`,
      `Imported from their cell text and reviewed with the default configuration, jixiao finds **${found} of ${rows.length} (${(share * 100).toFixed(1)}%)** at their place, by general rules.`,
      '',
      '| form / place / category | found by |',
      '|---|---|',
      ...rows.map((r) => `| ${r.key} | ${r.found ? `\`${r.found}\`` : `not found — ${KNOWN_GAPS[r.key] ?? 'regression'}`} |`),
      '',
    ];
    const path = fileURLToPath(new URL('../../../docs/review-coverage.md', import.meta.url));
    const text = lines.join('\n');
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) writeFileSync(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

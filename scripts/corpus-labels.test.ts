/**
 * Every finding jixiao gives on the corpus has a label (true or false, with a reason), so new noise
 * is seen: the test fails and prints the unlabelled findings. Also checks the corpus files are
 * well formed: every label names a rule that exists, every expected finding a category the
 * category table maps, every indicator index a row of its form.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRule } from '@jixiao/core';
import { describe, expect, it } from 'vitest';
import { corpusEntries, judge, LABELS_DIR, readLabels, rulesFor } from './corpus-measure';
import { CORPUS_DIR, corpusIds } from './corpus-render';

describe('judgment corpus', () => {
  const entries = corpusEntries();
  const j = judge();

  it('has a label for every finding jixiao gives on the corpus', () => {
    if (j.unlabelled.length) {
      console.log(
        `${j.unlabelled.length} unlabelled finding(s) — label them in fixtures/corpus/labels/<form>.json:\n` +
          j.unlabelled.map((f) => `  ${f.form} ${f.ruleId} @${f.path} [${f.messageId}] ${JSON.stringify(f.data)} ${f.text}`).join('\n'),
      );
    }
    if (j.stale.length) console.log(`${j.stale.length} label(s) match no finding any more (fine if a false finding went away):\n` + j.stale.map((l) => `  ${l.form} ${l.ruleId} @${l.path}`).join('\n'));
    expect(j.unlabelled.map((f) => `${f.form} ${f.ruleId} @${f.path} [${f.messageId}]`)).toEqual([]);
  });

  it('labels say true or false, with a reason, about rules that exist', () => {
    const labels = readLabels(entries.map((e) => e.id));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) {
      expect(['true', 'false'], `${l.form} ${l.ruleId}`).toContain(l.verdict);
      expect(l.reason.trim().length, `${l.form} ${l.ruleId} @${l.path}`).toBeGreaterThan(5);
      expect(getRule(l.ruleId), `${l.form}: unknown rule ${l.ruleId}`).toBeDefined();
    }
  });

  it('maps every reviewer category to rules, proposed ones declared', () => {
    const table = rulesFor();
    const proposed = JSON.parse(readFileSync(join(CORPUS_DIR, 'categories.json'), 'utf8')).proposedRules as Record<string, string>;
    for (const e of entries) {
      for (const x of e.expected) {
        expect(table[x.category], `${e.id}: category ${x.category}`).toBeDefined();
        for (const i of [x.indicator, ...(x.alsoIndicators ?? [])]) {
          if (x.where === 'indicator' || i !== null) expect(i, `${e.id}: ${x.text}`).toBeLessThan(e.names.length);
        }
      }
    }
    for (const ids of Object.values(table)) for (const id of ids) expect(getRule(id) ?? proposed[id], id).toBeDefined();
  });

  it('records where every corpus form comes from', () => {
    for (const id of corpusIds()) {
      const f = JSON.parse(readFileSync(join(CORPUS_DIR, `${id}.json`), 'utf8'));
      expect(f.source ?? f.sourceNote, id).toBeTruthy();
      expect(f.layoutNotes.length, id).toBeGreaterThan(40);
      expect(f.expectedFindings.length, id).toBeGreaterThan(0);
    }
    expect(LABELS_DIR).toContain('fixtures/corpus/labels');
  });
});

/**
 * Core figures: the seed forms replicated to 10,000 forms, imported from their text layout, scored
 * and reviewed, against JSON.parse of the same 10,000 forms serialised as JSON, in the same run.
 */
import { readFileSync } from 'node:fs';
import { scoreAndReview, parseValue, review, scoreEvaluation, type Evaluation } from '@jixiao/core';
import { importText } from '@jixiao/formats';
import { bestOf, type BenchRow } from './types';

export async function benchCore(forms = 10_000): Promise<BenchRow[]> {
  const seed = readFileSync(new URL('../examples/seed-2020.txt', import.meta.url), 'utf8');
  const copies = forms / 2; // the seed file holds two forms
  const first = importText(seed, {});
  if (!first.ok) throw new Error('seed did not import');
  const evaluations: Evaluation[] = [];
  for (let i = 0; i < copies; i++) for (const f of first.forms) evaluations.push(f.evaluation);
  const json = JSON.stringify(evaluations);

  let sink = 0;
  const jsonMs = await bestOf(() => {
    sink += (JSON.parse(json) as unknown[]).length;
  });
  const parseMs = await bestOf(() => {
    for (let i = 0; i < copies; i++) {
      const r = importText(seed, {});
      if (r.ok) sink += r.forms.length;
    }
  }, 3);
  // "Parse" as the issue means it: the text read into forms and every 年度指标值/实际完成值 read by the grammar.
  const grammarMs = await bestOf(() => {
    for (let i = 0; i < copies; i++) {
      const r = importText(seed, {});
      if (r.ok)
        for (const f of r.forms)
          for (const ind of f.evaluation.indicators) {
            const ctx = { year: f.evaluation.year };
            sink += parseValue(ind.target, ctx).kind.length + parseValue(ind.actual, ctx).kind.length;
          }
    }
  }, 3);
  const scoreMs = await bestOf(() => {
    for (let i = 0; i < copies; i++) {
      const r = importText(seed, {});
      if (r.ok) for (const f of r.forms) sink += scoreEvaluation(f.evaluation).totals.weight;
    }
  }, 3);
  const reviewMs = await bestOf(() => {
    for (let i = 0; i < copies; i++) {
      const r = importText(seed, {});
      if (r.ok) for (const f of r.forms) sink += scoreAndReview(f.evaluation, {}).findings.length;
    }
  }, 3);
  // Review on its own, over forms already scored: a direct measure, not a difference of two noisy runs.
  const scored = evaluations.map((ev) => scoreEvaluation(ev));
  const reviewOnlyMs = await bestOf(() => {
    for (const s of scored) sink += review(s).length;
  }, 3);
  if (sink === 0) throw new Error('nothing measured');
  const per = (ms: number) => Math.round((forms / ms) * 1000);
  const base = `JSON.parse of the same ${forms} forms (${(json.length / 1e6).toFixed(1)} MB): ${per(jsonMs)} forms/s`;
  return [
    { name: `import (seed text) of ${forms} forms`, perSecond: per(parseMs), ratio: parseMs / jsonMs, base },
    { name: `parse (import + value grammar) of ${forms} forms`, perSecond: per(grammarMs), ratio: grammarMs / jsonMs, base },
    { name: `import + score of ${forms} forms`, perSecond: per(scoreMs), ratio: scoreMs / jsonMs, base },
    { name: `import + score + review of ${forms} forms`, perSecond: per(reviewMs), ratio: reviewMs / jsonMs, base,
    },
    { name: `review alone of ${forms} scored forms`, perSecond: per(reviewOnlyMs), ratio: reviewOnlyMs / grammarMs,
      base: `parse (import + value grammar) of the same forms: ${per(grammarMs)} forms/s`,
      note: `review costs ${(reviewOnlyMs / grammarMs).toFixed(2)}× parsing, ${(reviewOnlyMs / parseMs).toFixed(2)}× the text import alone` },
  ];
}

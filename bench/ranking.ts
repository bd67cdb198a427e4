/**
 * Ranking figures: a generated year of 1,000 forms (the seed forms and review's example form,
 * varied by a seeded generator: budgets from 5 万元 to 1 亿元, execution 40–115%, some inflated
 * scores, 200 units with three years of history, monitoring lights and evidence counts on some),
 * ranked by the pure core, against scoring the same 1,000 forms in the same run.
 */
import { drawSample, exampleForm, mulberry32, rankForms, review, scoreEvaluation, withUnitHistory, type Evaluation, type RankInput } from '@jixiao/core';
import { seedForms } from '../packages/core/src/testing/seed-forms';
import { bestOf, type BenchRow } from './types';

/** A year of forms, the same every run. */
export function generateYear(n: number, seed = 2021): { forms: Evaluation[]; context: RankInput['context'][] } {
  const next = mulberry32(seed);
  const u = () => next() / 2 ** 32;
  const bases = [...seedForms(), exampleForm()];
  const forms: Evaluation[] = [];
  const context: RankInput['context'][] = [];
  for (let i = 0; i < n; i++) {
    const ev = structuredClone(bases[i % bases.length]);
    ev.year = 2021;
    ev.implementer = `第${(i % 200) + 1}服务中心`;
    ev.projectName = `${ev.projectName}（${i + 1}）`;
    const budget = (5 * 10 ** (u() * 3.3)).toFixed(4);
    const executed = ((Number(budget) * (0.4 + u() * 0.75))).toFixed(4);
    ev.funds.total = { ...ev.funds.total, initial: budget, adjusted: budget, executed, rate: null };
    ev.funds.fiscal = { ...ev.funds.fiscal, initial: budget, adjusted: budget, executed, rate: null };
    for (const ind of ev.indicators) {
      // One indicator in five reports less than its target but keeps its full score.
      if (u() < 0.2) ind.actual = ind.actual.replace(/\d+/, (d) => String(Math.floor(Number(d) * (0.3 + u() * 0.6))));
    }
    const others = u() < 0.5 ? [{ year: 2019, score: 90 + Math.floor(u() * 11) }, { year: 2020, score: 90 + Math.floor(u() * 11) }] : undefined;
    const monitoring = u() < 0.3 ? ev.indicators.map((_, k) => ({ indicatorIndex: k, light: (['red', 'yellow', 'green', 'green'] as const)[Math.floor(u() * 4)] })) : undefined;
    const evidence = u() < 0.3 ? ev.indicators.map((_, k) => ({ indicatorIndex: k, count: Math.floor(u() * 3) })) : undefined;
    forms.push(ev);
    context.push({ otherYears: others, monitoring, evidence });
  }
  return { forms, context };
}

export async function benchRanking(n = 1000): Promise<BenchRow[]> {
  const { forms, context } = generateYear(n);
  let sink = 0;
  const scoreMs = await bestOf(() => {
    for (const ev of forms) sink += scoreEvaluation(ev).totals.weight;
  });
  const scored = forms.map((ev) => scoreEvaluation(ev));
  const reviewMs = await bestOf(() => {
    for (const s of scored) sink += review(s).length;
  });
  const inputs: RankInput[] = scored.map((s, i) => ({ id: `f${i}`, scored: s, findings: review(s), context: context[i] }));
  let ranked = rankForms(inputs);
  const rankMs = await bestOf(() => {
    ranked = rankForms(withUnitHistory(inputs));
    sink += ranked[0].score;
  });
  const drawMs = await bestOf(() => {
    const s = drawSample(ranked, { top: 50, random: 50, seed: '2021-抽查' });
    if (s.ok) sink += s.value.picks.length;
  });
  if (sink === 0) throw new Error('nothing measured');
  const per = (ms: number) => Math.round((n / ms) * 1000);
  const base = `scoring the same ${n} forms: ${per(scoreMs)} forms/s`;
  const fired = new Set(ranked.flatMap((r) => r.signals.map((h) => h.signalId))).size;
  return [
    { name: `review of ${n} generated scored forms`, perSecond: per(reviewMs), ratio: reviewMs / scoreMs, base },
    {
      name: `rank (pure core: signals + unit history + sort) of ${n} scored and reviewed forms`,
      perSecond: per(rankMs),
      ratio: rankMs / scoreMs,
      base,
      note: `${rankMs.toFixed(1)} ms for the year; ${fired} of 9 signals fired; top score ${ranked[0].score}`,
    },
    { name: `sample draws (top 50 + random 50 of ${n} ranked forms)`, perSecond: Math.round(1000 / drawMs), note: `${drawMs.toFixed(3)} ms a draw, ${((drawMs / rankMs) * 100).toFixed(2)}% of ranking` },
  ];
}

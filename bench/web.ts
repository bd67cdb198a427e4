/**
 * Web editor: what one keystroke costs. The editor re-runs score + review + the table's view
 * model (merged cells, findings by cell) on every change; a 60-indicator form must stay well
 * inside one 60 Hz frame (16.7 ms) or typing stutters.
 */
import type { Evaluation } from '@jixiao/core';
import { buildView } from '../packages/web/src/editor/viewModel';
import { loadEngine } from '../packages/web/src/editor/engine';
import { seedForm1, seedForm2 } from '../packages/core/src/testing/seed-forms';
import type { BenchRow } from './types';

const FRAME_MS = 1000 / 60;

/** A 60-indicator form: the seed forms' real rows repeated, weights rescaled to 100. */
export function sixtyIndicatorForm(): Evaluation {
  const ev = seedForm1();
  const pool = [...seedForm1().indicators, ...seedForm2().indicators];
  const rows = Array.from({ length: 60 }, (_, i) => ({ ...pool[i % pool.length] }));
  const w = 100 / 60;
  for (const r of rows) {
    r.weight = Math.round(w * 100) / 100;
    r.score = r.weight;
  }
  return { ...ev, indicators: rows };
}

function timeRuns(ev: Evaluation, minMs: number): { runs: number; ms: number } {
  let runs = 0;
  const t0 = performance.now();
  let now = t0;
  while (now - t0 < minMs) {
    // A fresh object each time, as after a keystroke (immutable update of one cell).
    const edited = { ...ev, indicators: ev.indicators.map((r, i) => (i === runs % 60 ? { ...r, score: r.score } : r)) };
    buildView(edited, { template: 'indicators-100' });
    runs++;
    now = performance.now();
  }
  return { runs, ms: now - t0 };
}

/** Editor re-score of a 60-indicator form, in ms per run against the 16.7 ms frame budget. */
export async function benchWeb(): Promise<BenchRow[]> {
  const ev = sixtyIndicatorForm();
  await loadEngine(); // the editor loads core's engine on first use, as the browser does
  timeRuns(ev, 300); // warm-up: JIT and caches
  const { runs, ms } = timeRuns(ev, 2000);
  const perRun = ms / runs;
  return [
    {
      name: 'editor re-score (score + review + view model), 60 indicators',
      perSecond: 1000 / perRun,
      ratio: perRun / FRAME_MS,
      base: 'one 60 Hz frame (16.7 ms); below 1 fits in a frame',
      note: `${perRun.toFixed(2)} ms per keystroke`,
    },
  ];
}

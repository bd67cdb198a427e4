/**
 * `npm run bench`: every figure is a throughput and a ratio against a baseline measured in the same
 * run (machines here are shared and noisy: ratios travel, absolute numbers do not).
 */
import { existsSync } from 'node:fs';
import type { BenchRow } from './types';

type Section = { title: string; file: string; fn: string };

const SECTIONS: Section[] = [
  { title: 'core: import + score + review', file: './core.ts', fn: 'benchCore' },
  { title: 'ranking: risk ranking for sampling (pure core)', file: './ranking.ts', fn: 'benchRanking' },
  { title: 'ranking: GET /api/ranking over a generated year of 1,000 forms (SQLite, PostgreSQL)', file: './ranking-db.ts', fn: 'benchRankingDb' },
  { title: 'formats: xlsx / pdf', file: './formats.ts', fn: 'benchFormats' },
  { title: 'server: HTTP API', file: './server.ts', fn: 'benchServer' },
  { title: 'web: editor re-score', file: './web.ts', fn: 'benchWeb' },
  { title: 'cli: the jixiao command as a process', file: './cli.ts', fn: 'benchCli' },
  { title: 'load: 200 simulated users on SQLite, PostgreSQL and two processes; health during 18 MB imports', file: './load.ts', fn: 'benchLoad' },
  { title: 'judgment: precision and recall of the review on the real-forms corpus', file: './judgment.ts', fn: 'benchJudgment' },
];

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}

const only = process.argv.slice(2);
let failed = false;
for (const s of SECTIONS) {
  if (only.length && !only.some((o) => s.file.includes(o))) continue;
  if (!existsSync(new URL(s.file, import.meta.url))) continue;
  console.log(`\n## ${s.title}`);
  try {
    const mod = (await import(s.file)) as Record<string, () => Promise<BenchRow[]>>;
    const rows = await mod[s.fn]();
    for (const r of rows) {
      if (r.line !== undefined) {
        console.log(r.line);
        continue;
      }
      let line = `- ${r.name}: ${fmt(r.perSecond)}/s`;
      if (r.ratio !== undefined) line += `, ratio ${r.ratio.toFixed(2)}× (base: ${r.base})`;
      if (r.p50 !== undefined) line += `, p50 ${r.p50} ms, p99 ${r.p99} ms`;
      if (r.note) line += ` — ${r.note}`;
      console.log(line);
    }
  } catch (e) {
    failed = true;
    console.log(`- failed: ${(e as Error).stack ?? e}`);
  }
}
process.exit(failed ? 1 : 0);

/**
 * The `jixiao` command as a user runs it: `jixiao score` of the seed as a whole process (the
 * compiled CLI: Node start, module loading, reading, scoring, printing), against `node -e 0` — a
 * bare Node start — in the same run, the two interleaved so that both see the same machine load.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}packages/cli/bin/jixiao.js`;
const seed = `${root}examples/seed-2020.txt`;

function timeMs(args: string[]): number {
  const env = { ...process.env, NODE_OPTIONS: '' };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchCli(runs = 21): Promise<BenchRow[]> {
  // The bench measures the sources of this checkout: bundle them first (under a second).
  const built = spawnSync(process.execPath, [`${root}scripts/build.js`, '--js'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('scripts/build.js --js failed');
  timeMs([bin, 'score', seed]); // warm the file cache
  const bare: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeMs(['-e', '0']));
    score.push(timeMs([bin, 'score', seed]));
  }
  const b = median(bare);
  const s = median(score);
  return [
    {
      name: '`jixiao score examples/seed-2020.txt` as a process (compiled CLI)',
      perSecond: 1000 / s,
      ratio: s / b,
      base: `\`node -e 0\`: ${b.toFixed(0)} ms a start`,
      note: `${s.toFixed(0)} ms a run (median of ${runs}, interleaved with the baseline)`,
    },
  ];
}

/** One line of `npm run bench`: a throughput, and where it has one, its ratio to a baseline of the same run. */
export interface BenchRow {
  name: string;
  /** A line printed as is, for sections that measure something other than throughput (judgment). */
  line?: string;
  perSecond: number;
  ratio?: number;
  base?: string;
  note?: string;
  p50?: number;
  p99?: number;
}

/** Run fn repeatedly for at least minMs and return the best time of one run in ms (least noisy). */
export async function bestOf(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

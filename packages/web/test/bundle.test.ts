/** The editor route's initial JavaScript stays within its gzip budget; charts stay out of it. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, initialScripts } from './build';
import { BUDGET_KB, measure, renderReport } from '../scripts/bundle-size';

describe('web bundle', () => {
  it('keeps the initial JS of the editor route under budget and ECharts out of it', async () => {
    const dist = await ensureBuilt();
    const initial = initialScripts(dist);
    expect(initial.length).toBeGreaterThan(0);
    const report = measure(dist, initial);
    writeFileSync(fileURLToPath(new URL('../../../docs/web-bundle.md', import.meta.url)), renderReport(report));
    // ECharts registers its charts with `echarts.use`; its zrender painter is unmistakable.
    for (const f of initial) expect(readFileSync(f, 'utf8')).not.toMatch(/zrender|SVGPainter/);
    expect(report.lazy.some((f) => /charts|Dashboard/i.test(f.name))).toBe(true);
    expect(report.totalGzip / 1024).toBeLessThanOrEqual(BUDGET_KB);
  });
});

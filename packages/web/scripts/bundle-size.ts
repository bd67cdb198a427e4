/**
 * The gzipped size of the JavaScript a browser loads before the editor route can render (the
 * entry chunk and everything it preloads; lazy routes such as the ECharts dashboard excluded).
 * Writes docs/web-bundle.md; `test/bundle.test.ts` fails when the budget is exceeded.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget for the editor route's initial JS, gzip, in KB (1 KB = 1024 bytes). */
export const BUDGET_KB = 400;

export interface BundleReport {
  files: { name: string; raw: number; gzip: number }[];
  totalGzip: number;
  totalRaw: number;
  lazy: { name: string; gzip: number }[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** Measure the initial scripts of a vite build in distDir. */
export function measure(distDir: string, initial: string[]): BundleReport {
  const files = initial.map((f) => {
    const b = readFileSync(f);
    return { name: basename(f), raw: b.length, gzip: gz(b) };
  });
  const names = new Set(files.map((f) => f.name));
  const lazy = readdirSync(join(distDir, 'assets'))
    .filter((n) => n.endsWith('.js') && !names.has(n))
    .map((n) => ({ name: n, gzip: gz(readFileSync(join(distDir, 'assets', n))) }));
  return {
    files,
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    lazy,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** docs/web-bundle.md from a report. */
export function renderReport(r: BundleReport): string {
  const rows = r.files.map((f) => `| ${f.name.replace(/-[\w-]{8}\.js$/, '.js')} | ${kb(f.raw)} | ${kb(f.gzip)} |`).join('\n');
  const lazy = r.lazy.map((f) => `| ${f.name.replace(/-[\w-]{8}\.js$/, '.js')} | ${kb(f.gzip)} |`).join('\n');
  return `# Web bundle size

Initial JavaScript of the editor route (\`/forms/:id\`): the entry chunk of \`npm run build -w @jixiao/web\`
and every chunk it preloads, gzip level 9. Measured by \`packages/web/test/bundle.test.ts\`, which fails
above the budget and rewrites this file.

**${kb(r.totalGzip)} gzip** (${kb(r.totalRaw)} raw) — budget **≤ ${BUDGET_KB} KB gzip**.

| chunk | raw | gzip |
|---|---:|---:|
${rows}

Loaded only when needed (lazy routes; ECharts lives only in the dashboard's chunks):

| chunk | gzip |
|---|---:|
${lazy}

What is in the initial bundle: React 19, the antd components the list and editor use, and
\`@jixiao/core\` (grammar, scoring, review rules, zod) so the editor scores in the browser.
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ensureBuilt, initialScripts, distDir } = await import('../test/build');
  await ensureBuilt();
  const r = measure(distDir, initialScripts());
  writeFileSync(fileURLToPath(new URL('../../../docs/web-bundle.md', import.meta.url)), renderReport(r));
  console.log(`initial JS ${kb(r.totalGzip)} gzip (budget ${BUDGET_KB} KB)`);
}

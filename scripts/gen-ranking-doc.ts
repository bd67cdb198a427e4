/**
 * Generate docs/ranking.md from the risk signals' metadata and examples.
 * `--check` writes nothing and exits 1 when the page is missing or stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRankingDoc } from '../packages/core/src/ranking/docs';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'ranking.md');
const want = renderRankingDoc();
const current = existsSync(path) ? readFileSync(path, 'utf8') : null;

if (process.argv.includes('--check')) {
  if (current !== want) {
    console.error('docs/ranking.md is stale\nRun: npm run docs');
    process.exit(1);
  }
  console.log('docs/ranking.md is current');
} else if (current === want) {
  console.log('docs/ranking.md already current');
} else {
  writeFileSync(path, want);
  console.log('wrote docs/ranking.md');
}

/**
 * Generate docs/rules/<id>.md and docs/rules/README.md from the review rules' metadata.
 * `--check` writes nothing and exits 1 when a page is missing, stale or left over from a removed rule.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../packages/core/src/review/rules';
import { renderRuleCatalogue, renderRuleDoc } from '../packages/core/src/review/docs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
const check = process.argv.includes('--check');

const want = new Map<string, string>([['README.md', renderRuleCatalogue(RULES)]]);
for (const r of RULES) want.set(`${r.id}.md`, renderRuleDoc(r));

const stale: string[] = [];
const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
for (const [name, text] of want) {
  const path = join(dir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === text) continue;
  stale.push(name);
  if (!check) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text);
  }
}
for (const name of have) {
  if (want.has(name)) continue;
  stale.push(name);
  if (!check) unlinkSync(join(dir, name));
}

if (check) {
  if (stale.length) {
    console.error(`docs/rules is stale (${stale.length}): ${stale.join(', ')}\nRun: npm run docs`);
    process.exit(1);
  }
  console.log(`docs/rules is current (${want.size} files)`);
} else {
  console.log(stale.length ? `wrote ${stale.length} file(s) in docs/rules` : `docs/rules already current (${want.size} files)`);
}

/**
 * Each package's README shows its public API and an example; the examples run here, against the
 * built packages (node_modules/@jixiao/* → dist, built by the global setup), in a scratch folder
 * holding the seed forms, and must print what the README says they print.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = (pkg: string) => readFileSync(join(root, 'packages', pkg, 'README.md'), 'utf8');

/** The ```js blocks followed by "prints" and a ```text block: [code, expected output]. */
function examples(text: string): [string, string][] {
  return [...text.matchAll(/```js\n([\s\S]*?)```\n\nprints[^\n]*\n\n```text\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]);
}

describe('package READMEs', () => {
  it.each(['core', 'formats', 'server', 'cli'])('%s has a README with its public API and an example', (pkg) => {
    const text = readme(pkg);
    expect(text).toMatch(new RegExp(`^# @jixiao/${pkg}\\n`));
    expect(text).toMatch(/^## (Public API|Commands)$/m);
    expect(text).toMatch(/```(js|sh)\n/);
  });

  it.each(['core', 'formats', 'server'])('the example in %s/README.md prints what it says', (pkg) => {
    const found = examples(readme(pkg));
    expect(found.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), `jixiao-readme-${pkg}-`));
    try {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      copyFileSync(join(root, 'examples', 'seed-2020.txt'), join(dir, 'seed-2020.txt'));
      for (const [code, expected] of found) {
        writeFileSync(join(dir, 'example.mjs'), code);
        const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(expected);
        expect(r.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

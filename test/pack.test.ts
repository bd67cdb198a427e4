/**
 * The packages as a user gets them: `npm pack` of @jixiao/core and of the CLI, each installed into
 * an empty folder from its tarball alone (no @jixiao name is asked of the registry; their npm
 * dependencies come from npm's cache when it is warm, as after `npm ci`), then used there: the
 * CLI's `check` of the seed, core imported by a script and type-checked by a strict `nodenext`
 * TypeScript consumer. Each must behave exactly as the sources do in this run.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreEvaluation } from '@jixiao/core';
import { seedForm1 } from '../packages/core/src/testing/seed-forms';
import { run } from '../packages/cli/src/main';
import { captureIo } from '../packages/cli/test/helpers';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(root, 'examples', 'seed-2020.txt');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// npm sets npm_config_* (among them the project's own prefix) for the scripts it runs: an install
// in the temporary folder must not inherit them and land in the repository.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config_(local_)?prefix|package_|lifecycle_)/.test(k)));

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

function ok(r: SpawnSyncReturns<string>): string {
  if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** An empty project folder with the given tarballs installed. */
function installInto(name: string, tarballs: string[]): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `try-${name}`, private: true, type: 'module' }));
  ok(sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], dir));
  return dir;
}

let work = '';
let tarballs: Record<'core' | 'cli', string>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'jixiao-pack-'));
  // dist/ was built by the test run's global setup (test/build-packages.ts); packing adds nothing.
  ok(sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work, '-w', '@jixiao/core', '-w', '@jixiao/cli'], root));
  const files = readdirSync(work);
  tarballs = {
    core: join(work, files.find((f) => f.startsWith('jixiao-core-'))!),
    cli: join(work, files.find((f) => f.startsWith('jixiao-cli-'))!),
  };
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed CLI installed on its own', () => {
  it('runs `npx jixiao check seed.txt` with the output and exit code of the sources', async () => {
    const dir = installInto('cli', [tarballs.cli]);
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const r = sh('npx', ['--no', 'jixiao', 'check', 'seed.txt'], dir);
    // The sources' CLI, reading the same relative path in the same folder.
    const expected = captureIo(dir);
    const code = await run(['check', 'seed.txt'], { ...expected, readFile: (p) => expected.readFile(join(dir, p)), size: (p) => expected.size(join(dir, p)) });
    expect(code).toBe(1); // the seed has an error-level finding (score-inflated)
    expect(r.stderr).toBe('');
    expect(r.status).toBe(code);
    expect(r.stdout).toContain('[score-inflated]');
    expect(r.stdout).toBe(expected.stdout);

    // Without the server beside it, serve says what is missing instead of crashing.
    const serve = sh('npx', ['--no', 'jixiao', 'serve', '--lang', 'en', '--port', '0'], dir);
    expect(serve.status).toBe(2);
    expect(serve.stderr).toContain('@jixiao/server, is not installed');
  }, 300_000);
});

describe('the packed core installed on its own', () => {
  let dir = '';
  beforeAll(() => {
    dir = installInto('core', [tarballs.core]);
  }, 240_000);

  it('scores a form as the sources do', () => {
    writeFileSync(join(dir, 'form.json'), JSON.stringify(seedForm1()));
    writeFileSync(
      join(dir, 'score.js'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { scoreEvaluation, validateEvaluation } from '@jixiao/core';",
        "const v = validateEvaluation(JSON.parse(readFileSync('form.json', 'utf8')));",
        'if (!v.ok) throw new Error(JSON.stringify(v.issues));',
        'console.log(JSON.stringify(scoreEvaluation(v.value).totals));',
      ].join('\n'),
    );
    const totals = JSON.parse(ok(sh(process.execPath, ['score.js'], dir)));
    expect(totals).toEqual(JSON.parse(JSON.stringify(scoreEvaluation(seedForm1()).totals)));
  });

  it('type-checks for a strict TypeScript consumer with nodenext resolution (no skipLibCheck)', () => {
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { scoreEvaluation, validateEvaluation, type Evaluation, type ScoredEvaluation } from '@jixiao/core';",
        'export function total(input: unknown): number | null {',
        '  const v = validateEvaluation(input);',
        '  if (!v.ok) return null;',
        '  const form: Evaluation = v.value;',
        '  const scored: ScoredEvaluation = scoreEvaluation(form);',
        '  return scored.totals.weight;',
        '}',
      ].join('\n'),
    );
    const tsconfig = { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], skipLibCheck: false }, files: ['use.ts'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const r = sh(process.execPath, [tsc, '-p', '.'], dir);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

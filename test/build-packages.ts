/**
 * vitest globalSetup: build the packages (scripts/build.js --packages) once before any test file
 * runs, so that the tests that run the compiled code (the `jixiao` executable, the packed
 * tarballs) test the sources of this checkout, also when vitest is started directly.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../scripts/build.js', import.meta.url));
  const r = spawnSync(process.execPath, [script, '--packages'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/build.js --packages failed: the packages do not build');
}

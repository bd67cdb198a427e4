/**
 * Build the web app once per test run: the first test file to need dist/ builds it under a lock;
 * the others (separate worker processes of the same vitest run) wait and reuse it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const webRoot = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(webRoot, 'dist');
const lockDir = join(webRoot, '.build-lock');
// Workers of one vitest run share the parent process: that pid names "this run".
const runMarker = join(distDir, `.built-${process.ppid}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function takeLock(): boolean {
  try {
    mkdirSync(lockDir);
    return true;
  } catch {
    // A lock left by a killed run is stale after two minutes.
    try {
      if (Date.now() - statSync(lockDir).mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
    } catch {
      /* raced with its owner */
    }
    return false;
  }
}

/** Ensure packages/web/dist holds a build made during this run; returns the dist directory. */
export async function ensureBuilt(): Promise<string> {
  for (;;) {
    if (existsSync(runMarker)) return distDir;
    if (takeLock()) break;
    await sleep(250);
  }
  try {
    if (!existsSync(runMarker)) {
      const { build } = await import('vite');
      // vitest sets NODE_ENV=test, which vite would honour: build exactly what `npm run build` ships.
      const env = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ configFile: join(webRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
      } finally {
        process.env.NODE_ENV = env;
      }
      writeFileSync(runMarker, new Date().toISOString());
    }
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
  return distDir;
}

/** The JS files a browser loads first for any app route: the entry and its modulepreloads. */
export function initialScripts(dir = distDir): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) out.add(m[1]);
  return [...out].map((p) => join(dir, p.replace(/^\//, '')));
}

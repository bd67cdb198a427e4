/**
 * Every package's `engines.node` promises only Node versions that all of its run-time dependencies
 * (followed through package-lock.json) accept — and the repository's, for everything it installs
 * (semver.subset: each of our ranges inside one of theirs, hence `22.x || 24.x` rather than `>=22 <25`).
 * (docx 9.7.2+ pulls in nanoid 6, which wants Node 22: hence docx 9.7.1.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
type Entry = { version?: string; os?: string[]; cpu?: string[]; link?: boolean; resolved?: string; engines?: { node?: string }; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as { packages: Record<string, Entry> };

/** Where Node would find `name` from the package at lock path `from`. */
function locate(name: string, from: string): string | undefined {
  for (let dir = from; ; ) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}

/** `engines.node` of every package in the dependency closure of the lock entry `start`. */
function requirements(start: string, withDev: boolean): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  const first = lock.packages[start];
  const stack = Object.keys({ ...first.dependencies, ...first.optionalDependencies, ...(withDev ? first.devDependencies : {}) }).map((n) => [n, start] as const);
  while (stack.length) {
    const [name, from] = stack.pop()!;
    let key = locate(name, from);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (lock.packages[key].link) key = lock.packages[key].resolved!;
    const e = lock.packages[key];
    if (e.os || e.cpu) continue; // a platform's prebuilt binary (installed only there), not a requirement everywhere
    if (e.engines?.node) out.set(`${name}@${e.version ?? 'workspace'}`, e.engines.node);
    for (const d of Object.keys({ ...e.dependencies, ...e.optionalDependencies })) stack.push([d, key]);
  }
  return out;
}

const cases: [string, string, boolean][] = [
  ['the repository', '', true],
  ...['core', 'formats', 'server', 'cli'].map((p): [string, string, boolean] => [`@jixiao/${p}`, `packages/${p}`, false]),
  ['@jixiao/web (built here, so with its build tools)', 'packages/web', true],
];

describe('engines', () => {
  it.each(cases)('%s promises only Node versions its dependencies accept', (_, key, withDev) => {
    const manifest = JSON.parse(readFileSync(`${root}${key ? `${key}/` : ''}package.json`, 'utf8'));
    const ours: string | undefined = manifest.engines?.node;
    expect(ours).toBeDefined();
    const wrong = [...requirements(key, withDev)].filter(([, theirs]) => !semver.subset(ours!, theirs)).map(([dep, theirs]) => `${dep} wants ${theirs}`);
    expect(wrong).toEqual([]);
  });
});

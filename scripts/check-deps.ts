// Checks that dependencies point one way: cli/server/web → formats → core, and core has no I/O.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Which workspace packages each package may import. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  formats: ['core'],
  server: ['core', 'formats'],
  web: ['core'],
  cli: ['core', 'formats', 'server'],
};

/** Modules core must not import: anything that does I/O or exists only in Node. */
const CORE_FORBIDDEN = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|url$|process$|buffer$)/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(name)) yield p;
  }
}

/** Every import that breaks the direction, as "file: import" lines. */
export function dependencyViolations(root = 'packages'): string[] {
  const out: string[] = [];
  for (const pkg of Object.keys(ALLOWED)) {
    let dir: string;
    try {
      dir = join(root, pkg, 'src');
      statSync(dir);
    } catch {
      continue;
    }
    for (const file of files(dir)) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const spec = m[1] ?? m[2];
        const ws = /^@jixiao\/(\w+)/.exec(spec);
        if (ws && ws[1] !== pkg && !ALLOWED[pkg].includes(ws[1])) out.push(`${file}: ${spec}`);
        if (pkg === 'core' && !file.includes('/testing/') && CORE_FORBIDDEN.test(spec)) out.push(`${file}: ${spec}`);
        if (/^\.\.\/\.\.\/(core|formats|server|web|cli)\//.test(spec)) out.push(`${file}: ${spec} (import the package, not its files)`);
      }
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('check-deps.ts')) {
  const v = dependencyViolations();
  for (const line of v) console.error(line);
  console.log(v.length ? `${v.length} dependency violations` : 'dependencies point one way');
  process.exit(v.length ? 1 : 0);
}

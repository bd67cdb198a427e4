// `npm run build`: every package to dist/ — JavaScript bundled by esbuild, type declarations by
// `tsc -b` — and the web app by vite.
//
//   node scripts/build.js              packages (JS + .d.ts) and the web app
//   node scripts/build.js --packages   packages only (JS + .d.ts): `prepare` and `pretest`
//   node scripts/build.js --js         packages' JavaScript only (under a second): `npm start`
//
// Why esbuild for the JavaScript and tsc only for declarations: the sources import each other
// without file extensions (the convention vite, vitest and tsx understand), and Node's ESM loader
// refuses extensionless paths, so plain `tsc` output would not run. Bundling each package's entry
// resolves them at build time, and one file per entry also starts faster than hundreds of small
// modules. `splitting` keeps every dynamic import() a separate chunk, so heavy libraries that the
// code loads on first use (exceljs, pdfmake, docx, the server) stay unloaded until then.
//
// npm packages stay external (imported at run time from node_modules); a bare import that the
// package's package.json does not declare fails the build, so each package declares its real
// dependencies. A workspace package that is not declared as a dependency is bundled: the CLI
// carries core and formats inside it, so `npm i ./jixiao-cli-*.tgz` needs no other @jixiao tarball.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built packages in dependency order, with their entry (relative to the package). */
export const PACKAGES = [
  { name: 'core', entry: 'src/index.ts', platform: 'neutral' },
  { name: 'formats', entry: 'src/index.ts', platform: 'node' },
  // The job worker is a file of its own: the pool starts it by path (dist/worker.js beside dist/index.js).
  { name: 'server', entry: 'src/index.ts', extra: ['src/jobs/worker.js'], platform: 'node' },
  // `serve` and `backup` import the server at run time: it is in the repository, and beside the
  // CLI where a user installs it. Not a declared dependency, so installing the CLI alone never
  // asks the registry for it (and the CLI's file commands need nothing of it).
  { name: 'cli', entry: 'src/main.ts', platform: 'node', runtimeOnly: ['@jixiao/server'] },
];

const builtins = new Set(builtinModules);

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** An esbuild plugin: declared dependencies and Node built-ins external, undeclared bare imports an error. */
function declaredOnly(pkgDir, runtimeOnly = []) {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const declared = new Set([...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies }), ...runtimeOnly]);
  return {
    name: 'declared-dependencies-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = packageOf(args.path);
        if (args.path.startsWith('node:') || builtins.has(name)) return { external: true };
        if (declared.has(name)) return { external: true };
        if (name.startsWith('@jixiao/')) return undefined; // bundled from source (tsconfig paths)
        return {
          errors: [{ text: `${manifest.name} imports "${args.path}" (from ${relative(root, args.importer)}) but its package.json does not declare "${name}"` }],
        };
      });
    },
  };
}

/** Bundle one package's JavaScript into its dist/. */
async function buildJs(pkg) {
  const dir = join(root, 'packages', pkg.name);
  const dist = join(dir, 'dist');
  // Old bundles go (chunk names carry hashes); declarations stay for tsc's incremental build.
  rmSync(join(dist, 'chunks'), { recursive: true, force: true });
  if (existsSync(dist)) for (const f of readdirSync(dist)) if (f.endsWith('.js')) rmSync(join(dist, f));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [pkg.entry, ...(pkg.extra ?? [])].map((e) => join(dir, e)),
    outdir: dist,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: pkg.platform,
    target: 'node20',
    logLevel: 'warning',
    plugins: [declaredOnly(dir, pkg.runtimeOnly)],
  });
}

/** Type declarations of every package (tsc -b: incremental, in reference order), made resolvable by Node. */
function buildTypes() {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-b', ...PACKAGES.map((p) => `packages/${p.name}/tsconfig.build.json`)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  for (const p of PACKAGES) addDeclarationExtensions(join(root, 'packages', p.name, 'dist'));
}

/**
 * tsc writes relative specifiers as the sources have them (`./grid/types`); a consumer compiling
 * with `moduleResolution: node16/nodenext` resolves ESM imports only with extensions, so each one
 * is completed to the .js path that its .d.ts stands for (`./grid/types.js`, `./x/index.js`).
 */
export function addDeclarationExtensions(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/(from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]*?)\2/g, (m, lead, q, spec) => {
      if (/\.(js|mjs|cjs|json)$/.test(spec)) return m;
      const base = join(dirname(file), spec);
      if (existsSync(`${base}.d.ts`)) return `${lead}${q}${spec}.js${q}`;
      if (existsSync(join(base, 'index.d.ts'))) return `${lead}${q}${spec}/index.js${q}`;
      return m;
    });
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

function buildWeb() {
  const r = spawnSync('npm', ['run', 'build', '-w', '@jixiao/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  try {
    for (const p of PACKAGES) await buildJs(p);
  } catch {
    process.exit(1); // esbuild has printed the errors
  }
  if (!args.has('--js')) buildTypes();
  if (!args.has('--js') && !args.has('--packages')) buildWeb();
}

#!/usr/bin/env node
// The jixiao command: runs the compiled CLI (dist/, built by `npm run build`; no TypeScript at run time).
let cli;
try {
  cli = await import('../dist/main.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/main.js')) throw e;
  process.stderr.write('jixiao: not built yet — run `npm run build` in the repository first\n');
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));

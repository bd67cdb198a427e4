/**
 * The compiled CLI loads heavy libraries only when a command needs them: what dist/main.js imports
 * statically (followed through its chunks) is what every run pays for, `score` and `check`
 * included; the server, exceljs, pdfmake, docx and the HTML parser must wait for their import().
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const HEAVY = ['@jixiao/server', 'exceljs', 'pdfmake', 'docx', 'parse5', 'fast-xml-parser'];

/** The packages a bundle file imports, statically (followed through relative chunks) or all. */
function imports(file: string, staticOnly: boolean, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(file)) return found;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)";|^import\s*"([^"]+)";/gms)].map((m) => m[1] ?? m[2]);
  // import() and require() (pdfmake is CommonJS, loaded through createRequire where it is used).
  if (!staticOnly) specs.push(...[...text.matchAll(/(?:import|require\d*)\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]));
  for (const s of specs) {
    if (s.startsWith('.')) imports(resolve(dirname(file), s), staticOnly, seen, found);
    else found.add(s);
  }
  return found;
}

describe('the compiled CLI', () => {
  it('imports no heavy library before a command asks for it', () => {
    const eager = imports(join(dist, 'main.js'), true);
    expect(HEAVY.filter((h) => eager.has(h))).toEqual([]);
    expect(eager).toContain('zod'); // the walk does see the packages the core needs
  });

  it('still reaches each of them through a dynamic import()', () => {
    const all = new Set<string>();
    for (const f of readdirSync(join(dist, 'chunks'))) for (const s of imports(join(dist, 'chunks', f), false)) all.add(s);
    for (const s of imports(join(dist, 'main.js'), false)) all.add(s);
    expect(HEAVY.filter((h) => !all.has(h))).toEqual([]);
  });
});

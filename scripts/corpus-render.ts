/**
 * Write fixtures/corpus/NNN.cells.txt and NNN.flat.txt from NNN.json (the cells as printed), and
 * fixtures/corpus/INDEX.md (one line per form). `--check` writes nothing and exits 1 when a
 * rendering is missing or stale.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCells, renderFlat, type CorpusForm } from './corpus-form';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** The corpus form ids (NNN), sorted. */
export function corpusIds(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}\.json$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort();
}

export function readCorpusForm(id: string, dir = CORPUS_DIR): CorpusForm & { templateKind?: string; special?: string } {
  return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
}

const cellsSafe = (s: string | null | undefined) => (s ?? '—').replace(/\|/g, '/').replace(/\n/g, ' ');

/** fixtures/corpus/INDEX.md: the forms with their source, region, year, template and what is special. */
export function renderIndex(ids: string[], dir = CORPUS_DIR): string {
  const lines = [
    '# Corpus index',
    '',
    '<!-- Written by scripts/corpus-render.ts from the NNN.json files — do not edit. -->',
    '',
    '| id | region | year | template | what is special | source |',
    '|---|---|---|---|---|---|',
  ];
  for (const id of ids) {
    const f = readCorpusForm(id, dir);
    const src = f.source ? `<${f.source}>` : `(no address) ${cellsSafe((f as { sourceNote?: string }).sourceNote)}`;
    lines.push(`| ${id} | ${cellsSafe(f.region)} | ${f.year ?? 'unknown'} | ${cellsSafe(f.templateKind)} | ${cellsSafe(f.special)} | ${src} |`);
  }
  return lines.join('\n') + '\n';
}

/** Every file the corpus renders, by path, with the text it should hold. */
export function corpusRenderings(dir = CORPUS_DIR): Map<string, string> {
  const out = new Map<string, string>();
  const ids = corpusIds(dir);
  for (const id of ids) {
    const cells = renderCells(readCorpusForm(id, dir));
    out.set(join(dir, `${id}.cells.txt`), cells);
    out.set(join(dir, `${id}.flat.txt`), renderFlat(cells));
  }
  out.set(join(dir, 'INDEX.md'), renderIndex(ids, dir));
  return out;
}

/** The renderings that differ from the files on disk. */
export function staleRenderings(dir = CORPUS_DIR): string[] {
  const stale: string[] = [];
  for (const [path, text] of corpusRenderings(dir)) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(path);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = staleRenderings();
  if (check) {
    if (stale.length) {
      console.error(`fixtures/corpus renderings are stale (${stale.length}):\n${stale.join('\n')}\nRun: node bin/tsx.js scripts/corpus-render.ts`);
      process.exit(1);
    }
    console.log('fixtures/corpus renderings are current');
  } else {
    const all = corpusRenderings();
    for (const path of stale) writeFileSync(path, all.get(path)!);
    console.log(`wrote ${stale.length} file(s)`);
  }
}

/** Golden-file comparison and the export shapes the structure tests compare (self-evaluation and plan forms). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { testPath } from './helpers';

/** Compare with a committed golden file; UPDATE_GOLDEN=1 rewrites it (review the diff). */
export function golden(name: string, value: unknown): void {
  const file = testPath(`expected/${name}`);
  // A missing golden file fails (it used to be written on the spot, so the test passed without it).
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, JSON.stringify(value, null, 1) + '\n');
  expect(existsSync(file), `${name} missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(value).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** Each table of a document.xml as rows of cells: the gridSpan, R for a vMerge start, C for its continuation. */
export function docxTables(xml: string): string[][] {
  return xml.split('<w:tbl>').slice(1).map((t) =>
    t.split('</w:tbl>')[0].split('<w:tr>').slice(1).map((tr) =>
      tr.split('<w:tc>').slice(1).map((tc) => {
        const span = /<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1];
        const vm = /<w:vMerge( w:val="(\w+)")?\/>/.exec(tc);
        return `${span ?? 1}${vm ? (vm[2] === 'restart' ? 'R' : 'C') : ''}`;
      }).join(' '),
    ),
  );
}

/** Cell bounds checked before parsing (issue 13): a text of bars ends in a typed error at once, not in minutes and gigabytes. */
import { describe, expect, it } from 'vitest';
import { importAnyText } from './detect';
import { LIMITS } from '../safety/limits';

describe('cell bounds of text imports', () => {
  it('refuses a row of more bars than columns allowed, with its line', () => {
    const r = importAnyText(`标题\n${'|'.repeat(LIMITS.maxColumns + 5)}\n`);
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells' }] });
  });

  it('refuses an 18 MB line of bars', () => {
    const r = importAnyText('|'.repeat(18 * 1024 * 1024));
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells', location: 'line 1' }] });
  });

  it('refuses more cells in the file than the grid holds, in either layout', () => {
    const pipe = `|${'a|'.repeat(100)}\n`.repeat(Math.ceil(LIMITS.maxCells / 100) + 10);
    expect(importAnyText(pipe)).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells' }] });
    const cells = '\tx\n'.repeat(LIMITS.maxCells + 10);
    expect(importAnyText(cells)).toMatchObject({ ok: false, issues: [{ code: 'too-many-cells' }] });
  });

  it('lets a table of ordinary size through to its importer', () => {
    const r = importAnyText(`|a|b|c|\n|1|2|3|\n`);
    expect(r.ok === false ? r.issues[0].code : 'ok').not.toBe('too-many-cells');
  });
});

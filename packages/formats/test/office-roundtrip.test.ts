/**
 * export → import gives back the same Evaluation (ignoring `source`) through xlsx, docx and html:
 * for both seed forms (read from examples/seed-2020.txt by the text importer), for the five real
 * forms of other regions, and for generated forms.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { Evaluation } from '@jixiao/core';
import { importText } from '../src/text/cells';
import type { ImportResult } from '../src/grid/types';
import { exportXlsx } from '../src/xlsx/export';
import { importXlsx } from '../src/xlsx/import';
import { summaryRows } from '../src/xlsx/summary';
import { exportDocx } from '../src/docx/export';
import { importDocx } from '../src/docx/import';
import { exportHtml } from '../src/html/export';
import { importHtml } from '../src/html/import';
import { readTestFile, REAL_FORMS, seedText } from './helpers';
import { evaluationArb, withoutSource } from './office-arbitrary';

type Codec = { name: string; write: (f: Evaluation[]) => Promise<Uint8Array | string>; read: (b: never) => Promise<ImportResult> };

const CODECS: Codec[] = [
  { name: 'xlsx', write: (f) => exportXlsx(f, { summary: summaryRows(f) }), read: importXlsx as Codec['read'] },
  { name: 'docx', write: exportDocx, read: importDocx as Codec['read'] },
  { name: 'html', write: async (f) => exportHtml(f), read: importHtml as Codec['read'] },
];

function formsOf(r: ImportResult): Evaluation[] {
  if (!r.ok) throw new Error(`${r.issues[0].code} at ${r.issues[0].location}: ${r.issues[0].message.en}`);
  return r.forms.map((f) => f.evaluation);
}

async function roundTrip(c: Codec, forms: Evaluation[]): Promise<ImportResult> {
  return c.read((await c.write(forms)) as never);
}

const seeds = formsOf(importText(seedText(), { fileName: 'seed-2020.txt' }));
const reals = REAL_FORMS.map((id) => formsOf(importText(readTestFile(`fixtures/real-forms/${id}.cells.txt`)))[0]);

describe.each(CODECS)('$name round trip', (c) => {
  it('gives back both seed forms, in order, from one file', async () => {
    expect(seeds).toHaveLength(2);
    const back = formsOf(await roundTrip(c, seeds));
    expect(back.map(withoutSource)).toEqual(seeds.map(withoutSource));
    expect(back[0].source?.format).toBe(c.name);
  });

  it('gives back each of the five real forms of other regions', async () => {
    const back = formsOf(await roundTrip(c, reals));
    expect(back.map(withoutSource)).toEqual(reals.map(withoutSource));
  });

  it('gives back the seed forms with no note from the reader', async () => {
    const r = await roundTrip(c, seeds);
    if (!r.ok) throw new Error(r.issues[0].code);
    // Notes the text import made (e.g. an inferred 一级) are about the seed, not about our layout.
    expect(r.forms.map((f) => f.notes.map((n) => n.code).filter((code) => code !== 'level1-inferred'))).toEqual([[], []]);
  });

  it('gives back a CRLF inside a cell as one line break, and an indicator named 总分 as an indicator', async () => {
    const ev = structuredClone(seeds[0]);
    ev.indicators[2].deviation = '第一行\r\n第二行';
    ev.indicators[3].name = '总分';
    const [back] = formsOf(await roundTrip(c, [ev]));
    expect(back.indicators[2].deviation).toBe('第一行\n第二行');
    expect(back.indicators.map((i) => i.name)).toEqual(ev.indicators.map((i) => i.name));
    expect(back.total).toEqual(ev.total);
  });

  test.prop([fc.array(evaluationArb, { minLength: 1, maxLength: 3 })], { numRuns: c.name === 'xlsx' ? 25 : 40 })(
    'gives back generated forms',
    async (forms) => {
      const back = formsOf(await roundTrip(c, forms));
      expect(back.map(withoutSource)).toEqual(forms.map(withoutSource));
    },
  );
});

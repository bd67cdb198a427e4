/**
 * Fuzzing the office importers: mutated xlsx/docx/html bytes (truncation, garbage, shuffled and
 * huge cells, deep nesting) and zip bombs end in a result or a typed error with a location —
 * never a throw, never a hang.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createDeflateRaw } from 'node:zlib';
import { importText } from '../src/text/cells';
import type { ImportResult } from '../src/grid/types';
import { exportXlsx } from '../src/xlsx/export';
import { importXlsx } from '../src/xlsx/import';
import { exportDocx } from '../src/docx/export';
import { importDocx } from '../src/docx/import';
import { exportHtml } from '../src/html/export';
import { importHtml } from '../src/html/import';
import { importFile } from '../src/index';
import { seedText } from './helpers';
import { mutate, mutation } from './office-arbitrary';

const seed = importText(seedText());
if (!seed.ok) throw new Error(seed.issues[0].code);
const forms = seed.forms.map((f) => f.evaluation);
const xlsx = await exportXlsx(forms);
const docx = await exportDocx(forms);
const page = await exportHtml(forms);
const html = new TextEncoder().encode(page);

/** A result, or a typed error with a code, a location and both messages. */
function wellFormed(r: ImportResult): void {
  if (r.ok) {
    expect(Array.isArray(r.forms)).toBe(true);
    for (const f of r.forms) for (const n of f.notes) expect(n.location).toBeTruthy();
    return;
  }
  expect(r.issues[0].code).toMatch(/^[a-z0-9-]+$/);
  expect(r.issues[0].location).toBeTruthy();
  expect(r.issues[0].message.zh).toBeTruthy();
  expect(r.issues[0].message.en).toBeTruthy();
}

/** Run an importer; a throw fails the test (the importers promise never to throw). */
async function noThrow(fn: () => Promise<ImportResult>, budgetMs = 10_000): Promise<ImportResult> {
  const t0 = performance.now();
  const r = await fn();
  expect(performance.now() - t0).toBeLessThan(budgetMs);
  wellFormed(r);
  return r;
}

describe('mutated files', () => {
  test.prop([mutation(xlsx.length)], { numRuns: 40 })('xlsx: result or typed error', async (m) => {
    await noThrow(() => importXlsx(mutate(xlsx, m)));
  });
  test.prop([mutation(docx.length)], { numRuns: 60 })('docx: result or typed error', async (m) => {
    await noThrow(() => importDocx(mutate(docx, m)));
  });
  test.prop([mutation(html.length)], { numRuns: 60 })('html: result or typed error', async (m) => {
    await noThrow(() => importHtml(mutate(html, m)));
  });
  test.prop([fc.uint8Array({ maxLength: 2000 })], { numRuns: 60 })('random bytes through importFile', async (b) => {
    await noThrow(() => importFile(b));
  });
});

describe('shuffled and huge cells', () => {
  const cells = [...page.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

  test.prop([fc.shuffledSubarray(cells, { minLength: cells.length, maxLength: cells.length })], { numRuns: 30 })(
    'html with its cells shuffled: forms or a typed error, every unplaced cell noted with a location',
    async (order) => {
      let i = 0;
      const shuffled = page.replace(/(<td[^>]*>)([^<]*)(<\/td>)/g, (_m, a: string, _t, c: string) => a + order[i++] + c);
      await noThrow(() => importHtml(shuffled));
    },
  );

  it('a 1 MB cell in xlsx, docx and html is read without a crash', async () => {
    // Varied text (repetitive text would compress past the zip ratio guard and be refused).
    const rnd = fc.sample(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { numRuns: 1_000_000, seed: 7 });
    let text = '';
    for (const c of rnd) text += String.fromCharCode(c);
    const huge = { ...forms[0], goals: { ...forms[0].goals, actual: text } };
    for (const r of [
      await noThrow(async () => importXlsx(await exportXlsx([huge])), 30_000),
      await noThrow(async () => importDocx(await exportDocx([huge])), 30_000),
      await noThrow(async () => importHtml(await exportHtml([huge])), 30_000),
    ]) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.forms[0].evaluation.goals.actual.length).toBe(1_000_000);
    }
  }, 120_000);
});

describe('deeply nested html', () => {
  for (const [name, open, close] of [
    ['div', '<div>', '</div>'],
    ['table', '<table><tr><td>', '</td></tr></table>'],
    ['b', '<b>', '</b>'],
    ['span', '<span>', ''],
  ] as const) {
    it(`100 000 nested <${name}>: no stack overflow, no hang`, async () => {
      const doc = `<html><body>${open.repeat(100_000)}项目支出绩效自评表${close.repeat(100_000)}</body></html>`;
      await noThrow(() => importHtml(doc), 20_000);
    }, 60_000);
  }
});

/** A zip holding one deflated entry whose declared size is `declared` (true size `actual`). */
async function bomb(name: string, actual: number, declared: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const z = createDeflateRaw({ level: 9 });
  z.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((res) => z.on('end', res));
  const zeros = Buffer.alloc(1024 * 1024, 0x41);
  for (let n = 0; n < actual; n += zeros.length) {
    if (!z.write(zeros.subarray(0, Math.min(zeros.length, actual - n)))) await new Promise((res) => z.once('drain', res));
  }
  z.end();
  await done;
  const data = Buffer.concat(chunks);
  const nm = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nm.length, 26);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(data.length, 20);
  cd.writeUInt32LE(declared, 24);
  cd.writeUInt16LE(nm.length, 28);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length + nm.length, 12);
  eocd.writeUInt32LE(local.length + nm.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, nm, data, cd, nm, eocd]));
}

/**
 * Memory bound: an import never holds more than one entry's declared size (≤ 64 MB, here 1 KB)
 * plus zlib's 16 KB chunks, whatever the archive unpacks to. The bombs below unpack to 400 MB;
 * heap plus array buffers may grow by at most 32 MB (allowing for garbage not yet collected).
 */
const BOUND = 32 * 1024 * 1024;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

describe('zip bombs', () => {
  const SIZE = 400 * 1024 * 1024;

  it('an honest bomb (declares 400 MB) is refused from the directory, before unpacking', async () => {
    const b = await bomb('word/document.xml', SIZE, SIZE);
    expect(b.length).toBeLessThan(1024 * 1024);
    const before = used();
    const r = await noThrow(() => importDocx(b), 2_000);
    expect(used() - before).toBeLessThan(BOUND);
    expect(r.ok === false && r.issues[0].code).toBe('zip-too-large');
    expect(r.ok === false && r.issues[0].location).toBe('zip entry word/document.xml');
  }, 60_000);

  it('a lying bomb (declares 1 KB, unpacks to 400 MB) is stopped after 1 KB, in docx and xlsx', async () => {
    for (const [name, imp] of [
      ['word/document.xml', importDocx],
      ['xl/workbook.xml', importXlsx],
    ] as const) {
      const b = await bomb(name, SIZE, 1024);
      const before = used();
      const r = await noThrow(() => imp(b), 2_000);
      expect(used() - before).toBeLessThan(BOUND);
      expect(r.ok === false && r.issues[0].code).toBe('zip-size-mismatch');
      expect(r.ok === false && r.issues[0].location).toBe(`zip entry ${name}`);
    }
  }, 60_000);

  it('a file over 20 MB is refused before anything else', async () => {
    const r = await noThrow(() => importFile(new Uint8Array(20 * 1024 * 1024 + 1)));
    expect(r.ok === false && r.issues[0].code).toBe('file-too-large');
  });
});

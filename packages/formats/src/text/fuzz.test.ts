import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validateEvaluation } from '@jixiao/core';
import { flattenCells, seedText } from '../../test/helpers';
import type { ImportResult } from '../grid/types';
import { importFlat } from '../flat/flat';
import { importJson } from '../json/json';
import { importPipe } from '../pipe/pipe';
import { importText } from './cells';
import { importAnyText } from './detect';
import { MAX_TEXT_LENGTH } from './limits';

/** A result of valid forms, or a typed error with a location: nothing else is acceptable. */
function wellFormed(r: ImportResult): void {
  if (r.ok) {
    for (const f of r.forms) {
      expect(validateEvaluation(f.evaluation).ok).toBe(true);
      for (const n of f.notes) expect(n.location).toBeTruthy();
    }
  } else {
    expect(r.issues[0].code).toMatch(/^[a-z-]+$/);
    expect(r.issues[0].location).toBeTruthy();
    expect(r.issues[0].message.zh).toBeTruthy();
  }
}

const seed = seedText();
const flat = flattenCells(seed).join('\n');
const seedLines = seed.split('\n');

describe('truncation', () => {
  it('the cell layout cut at every 7th character', () => {
    for (let n = 0; n <= seed.length; n += 7) wellFormed(importText(seed.slice(0, n)));
  });

  it('the flat layout cut at every 53rd character', () => {
    for (let n = 0; n <= flat.length; n += 53) wellFormed(importFlat(flat.slice(0, n)));
  });
});

describe('mutations of the seed (property)', () => {
  const garbage = fc.string({ unit: 'binary', maxLength: 40 });

  test.prop([fc.shuffledSubarray(seedLines, { minLength: 0 })], { numRuns: 150 })(
    'deleted and shuffled lines of the cell layout',
    (lines) => wellFormed(importText(lines.join('\n'))),
  );

  test.prop([fc.array(fc.tuple(fc.nat(), garbage), { maxLength: 8 })], { numRuns: 150 })(
    'garbage inserted into the cell layout',
    (edits) => {
      let s = seed;
      for (const [at, g] of edits) s = s.slice(0, at % (s.length + 1)) + g + s.slice(at % (s.length + 1));
      wellFormed(importText(s));
      wellFormed(importAnyText(s));
    },
  );

  test.prop([fc.array(fc.tuple(fc.nat(), garbage), { maxLength: 6 })], { numRuns: 40 })(
    'garbage inserted into the flat layout',
    (edits) => {
      let s = flat;
      for (const [at, g] of edits) s = s.slice(0, at % (s.length + 1)) + g + s.slice(at % (s.length + 1));
      wellFormed(importFlat(s));
    },
  );

  test.prop([fc.shuffledSubarray(flat.split(' '), { minLength: 0 })], { numRuns: 40 })(
    'dropped and shuffled words of the flat layout',
    (words) => wellFormed(importFlat(words.join(' '))),
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 400 })], { numRuns: 200 })(
    'random unicode in every text importer',
    (s) => {
      for (const f of [importText, importFlat, importPipe, importJson, importAnyText]) wellFormed(f(s));
    },
  );
});

describe('size bounds', () => {
  it('a 5 MB cell is read, in bounded time, in the cell and flat layouts', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const t0 = Date.now();
    const cells = importText(seed.replace('2020年度自治区银河培训项目', big));
    wellFormed(cells);
    expect(cells.ok && cells.forms[1].evaluation.projectName.length).toBe(big.length);
    const flatR = importFlat(flat.replace('企业满意度较高', big));
    wellFormed(flatR);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('many words in a flat indicator table stay bounded', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => (i % 3 ? `词${i}` : String(i % 100))).join(' ');
    const t0 = Date.now();
    wellFormed(importFlat(`项目支出绩效自评表 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 ${words} 总分`));
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('rejects input over 20 MB with a typed error', () => {
    const huge = ' '.repeat(MAX_TEXT_LENGTH + 1);
    for (const f of [importText, importFlat, importPipe, importJson, importAnyText]) {
      const r = f(huge);
      expect(!r.ok && r.issues[0].code).toBe('input-too-large');
    }
  });

  it('non-text input is a typed error, not a throw', () => {
    for (const f of [importText, importFlat, importPipe, importJson, importAnyText]) {
      const r = f(42 as unknown as string);
      expect(!r.ok && r.issues[0].code).toBe('not-text');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { flattenCells, readTestFile, REAL_FORMS, seedText } from '../../test/helpers';
import { exportJson } from '../json/json';
import { detectTextFormat, importAnyText } from './detect';
import { importText } from './cells';

describe('detectTextFormat', () => {
  it('tells the layouts apart by content', () => {
    expect(detectTextFormat(seedText())).toBe('cells');
    expect(detectTextFormat(flattenCells(seedText()).join('\n'))).toBe('flat');
    expect(detectTextFormat('| a | b |\n| c | d |')).toBe('pipe');
    expect(detectTextFormat('项目名称 |\n临时救助 |\n|\n')).toBe('cells');
    expect(detectTextFormat(' [1]')).toBe('json');
    for (const id of REAL_FORMS) {
      expect(detectTextFormat(readTestFile(`fixtures/real-forms/${id}.cells.txt`))).toBe('cells');
      expect(detectTextFormat(readTestFile(`fixtures/real-forms/${id}.flat.txt`))).toBe('flat');
    }
  });

  it('importAnyText reads every layout of the seed to the same forms', () => {
    const cells = importText(seedText());
    if (!cells.ok) throw new Error('seed');
    const evs = cells.forms.map((f) => f.evaluation);
    for (const text of [seedText(), flattenCells(seedText()).join('\n'), exportJson(evs)]) {
      const r = importAnyText(text);
      if (!r.ok) throw new Error(r.issues[0].message.en);
      expect(r.forms.map((f) => f.evaluation.projectName)).toEqual(evs.map((e) => e.projectName));
    }
  });
});

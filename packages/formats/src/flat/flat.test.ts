import { describe, expect, it } from 'vitest';
import { content, flattenCells, readTestFile, REAL_FORMS, seedText } from '../../test/helpers';
import { importText } from '../text/cells';
import { importFlat } from './flat';
import { splitGoals } from './goals';
import { assignFunds } from './funds';
import { tokenize } from './tokens';

function cellsForms(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.issues[0].message.en);
  return r.forms;
}

describe('importFlat: the seed forms flattened to one line each', () => {
  const lines = flattenCells(seedText());
  const cells = cellsForms(seedText());

  it('flattening gives one line per form', () => {
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
  });

  lines.forEach((line, i) => {
    it(`seed form ${i + 1} imports to the same Evaluation as its cell layout`, () => {
      const r = importFlat(line);
      if (!r.ok) throw new Error(r.issues[0].message.en);
      expect(r.forms).toHaveLength(1);
      expect(content(r.forms[0].evaluation)).toEqual(content(cells[i].evaluation));
      expect(r.forms[0].notes.map((n) => n.code)).toEqual(cells[i].notes.map((n) => n.code));
    });
  });

  it('reads both forms from one text, one line each', () => {
    const r = importFlat(lines.join('\n'));
    if (!r.ok) throw new Error(r.issues[0].message.en);
    expect(r.forms.map((f) => content(f.evaluation))).toEqual(cells.map((f) => content(f.evaluation)));
    expect(r.forms[1].evaluation.source?.format).toBe('flat');
  });

  it('locates notes in the flat text by line and character', () => {
    const r = importFlat(lines.join('\n'));
    if (!r.ok) throw new Error(r.issues[0].message.en);
    const inferred = r.forms[0].notes.filter((n) => n.code === 'level1-inferred').map((n) => n.location);
    expect(inferred).toHaveLength(3);
    expect(inferred.every((l) => l.startsWith('line 1, char '))).toBe(true);
    expect(new Set(inferred).size).toBe(3);
    expect(r.forms[1].notes.find((n) => n.code === 'merged-duplicates')?.location).toMatch(/^line 2, char \d+$/);
  });
});

describe('importFlat: the real forms', () => {
  for (const id of REAL_FORMS) {
    it(`${id}.flat.txt imports to the same Evaluation as ${id}.cells.txt`, () => {
      const [cells] = cellsForms(readTestFile(`fixtures/real-forms/${id}.cells.txt`));
      const r = importFlat(readTestFile(`fixtures/real-forms/${id}.flat.txt`));
      if (!r.ok) throw new Error(r.issues[0].message.en);
      expect(r.forms).toHaveLength(1);
      expect(content(r.forms[0].evaluation)).toEqual(content(cells.evaluation));
    });
  }
});

describe('flat pieces', () => {
  const toks = (s: string) => tokenize(s);
  const cols = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;
  const pick = (s: string) => assignFunds(toks(s), [...cols])?.map((t) => t?.text ?? '');

  it('places funds values by kind and by 执行率 = 执行数 / 预算数', () => {
    expect(pick('30 30 10 100% 10')).toEqual(['', '30', '30', '10', '100%', '10']);
    expect(pick('43.2 43.2 37.24 10 86% 9')).toEqual(['43.2', '43.2', '37.24', '10', '86%', '9']);
    expect(pick('6.84 6.84 — 100.00 —')).toEqual(['', '6.84', '6.84', '—', '100.00', '—']);
    expect(pick('0 0 — —')).toEqual(['', '0', '0', '—', '', '—']);
    expect(assignFunds(toks('1 2 3 4 5 6 7'), [...cols])).toBeNull();
  });

  it('splits the goal text at a sentence end nearest the middle', () => {
    const t = toks('Aim one. Aim two is long. Done: one and two.');
    expect(t.slice(0, splitGoals(t)).map((x) => x.text).join(' ')).toBe('Aim one. Aim two is long.');
    expect(splitGoals(toks('甲 乙'))).toBe(1);
    expect(splitGoals(toks('甲'))).toBe(1);
    expect(splitGoals([])).toBe(0);
  });

  it('tokenize keeps line and character of each word', () => {
    expect(tokenize('a  b\n c').map((t) => t.location)).toEqual(['line 1, char 1', 'line 1, char 4', 'line 2, char 2']);
  });
});

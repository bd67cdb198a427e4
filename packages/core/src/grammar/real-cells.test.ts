// Every 年度指标值 / 实际完成值 cell of the real forms in the repository is read: none is left
// `unknown`, and every cell holding a digit becomes a number, a range or a date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseValue } from './parse';

const root = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

interface Cell {
  form: string;
  year: number;
  text: string;
}

/** Indicator rows of the seed: nine cells, 分值 and 得分 numeric, a 三级指标 name. */
function seedCells(): Cell[] {
  const out: Cell[] = [];
  const rows = read('examples/seed-2020.txt')
    .split(/\n\n/)
    .map((b) => b.split('\n').filter((l) => l.startsWith('\t')).map((l) => l.slice(1)));
  for (const r of rows) {
    if (r.length === 9 && /^\d+$/.test(r[6].trim()) && /^\d+$/.test(r[7].trim()) && r[3].trim()) {
      out.push({ form: 'seed', year: 2020, text: r[4] }, { form: 'seed', year: 2020, text: r[5] });
    }
  }
  return out;
}

function fixtureCells(): Cell[] {
  const out: Cell[] = [];
  for (const n of ['007', '008', '014', '017', '020']) {
    const j = JSON.parse(read(`packages/formats/test/fixtures/real-forms/${n}.json`)) as {
      year: number;
      indicators: { target: string | null; actual: string | null }[];
    };
    for (const i of j.indicators) {
      for (const t of [i.target, i.actual]) if (t !== null) out.push({ form: n, year: j.year, text: t });
    }
  }
  return out;
}

/** Real cells we accept as unknown, with the reason. None today: every real cell is readable. */
const ACCEPTED_UNKNOWN: Record<string, string> = {};

describe('real forms', () => {
  const cells = [...seedCells(), ...fixtureCells()];

  it('finds the cells (40 in the seed, 100 in the fixtures)', () => {
    expect(cells.filter((c) => c.form === 'seed')).toHaveLength(40);
    expect(cells.filter((c) => c.form !== 'seed')).toHaveLength(100);
  });

  it.each(cells.map((c) => [c.form, c.text, c.year] as const))('%s: %j is read', (_form, text, year) => {
    const v = parseValue(text, { year });
    if (!(text in ACCEPTED_UNKNOWN)) expect(v.kind).not.toBe('unknown');
    if (/[0-9０-９]/.test(text)) expect(['number', 'range', 'date']).toContain(v.kind);
  });

  it('reads the seed the way a reviewer does', () => {
    const y = { year: 2020 };
    expect(parseValue('25万', y)).toMatchObject({ kind: 'number', value: '25', unit: '万元' });
    expect(parseValue('≤10.31日', y)).toMatchObject({ kind: 'date', op: '<=', date: '2020-10-31' });
    expect(parseValue('满意率达95%以上', y)).toMatchObject({ kind: 'number', op: '>=', value: '95', unit: '%', prose: true });
    expect(parseValue('<=5300元/户', { year: 2019 })).toMatchObject({ kind: 'number', op: '<=', value: '5300', unit: '元/户' });
    expect(parseValue('>= 98 %(百分比)', y)).toMatchObject({ kind: 'number', op: '>=', value: '98', unit: '%' });
  });
});

import { describe, expect, it } from 'vitest';
import { scoreAndReview } from '../review/score-and-review';
import { exampleForm } from '../review/example-form';
import { withUnitHistory } from './history';
import { rankForms } from './rank';
import type { RankInput } from './types';

function form(id: string, year: number, implementer: string, score: number): RankInput {
  const ev = exampleForm({ header: { implementer }, total: { score } });
  ev.year = year;
  return { id, ...scoreAndReview(ev) };
}

describe('withUnitHistory', () => {
  it('gives each form the same unit’s self-scores of the other years, spaces aside', () => {
    const inputs = [form('a', 2019, '市中小企业发展服务中心', 98), form('b', 2020, '市中小企业 发展服务中心', 99.5), form('c', 2020, '另一单位', 97), form('d', 2018, '市中小企业发展服务中心', 96)];
    const out = withUnitHistory(inputs);
    expect(out[1].context?.otherYears).toEqual([{ year: 2019, score: 98 }, { year: 2018, score: 96 }]);
    expect(out[2].context).toBeUndefined();
    expect(inputs[1].context).toBeUndefined();
  });
  it('keeps what the caller gave, and leaves forms without an implementer alone', () => {
    const a = { ...form('a', 2020, '单位', 99), context: { otherYears: [{ year: 2017, score: 99 }] } };
    const out = withUnitHistory([a, form('b', 2019, '单位', 99), form('c', 2019, ' ', 99), form('d', 2020, '', 99)]);
    expect(out[0].context?.otherYears).toEqual([{ year: 2017, score: 99 }, { year: 2019, score: 99 }]);
    expect(out[2].context).toBeUndefined();
    expect(out[3].context).toBeUndefined();
  });
  it('lets unit-always-high fire over a folder of three years', () => {
    const ranked = rankForms(withUnitHistory([form('a', 2018, '单位', 98), form('b', 2019, '单位', 97), form('c', 2020, '单位', 99.5)]));
    for (const r of ranked) expect(r.signals.map((h) => h.signalId)).toContain('unit-always-high');
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { diff, patch } from './diff';

describe('diff', () => {
  it('names changed leaves in model notation', () => {
    const a = { year: 2020, indicators: [{ score: 10, name: 'x' }], funds: { unit: '万元' } };
    const b = { year: 2020, indicators: [{ score: 8, name: 'x' }, { score: 1, name: 'y' }], funds: { unit: '元' } };
    expect(diff(a, b)).toEqual([
      { path: 'indicators[0].score', op: 'replace', from: 10, to: 8 },
      { path: 'indicators[1]', op: 'add', to: { score: 1, name: 'y' } },
      { path: 'funds.unit', op: 'replace', from: '万元', to: '元' },
    ]);
  });

  it('is empty for equal values', () => {
    expect(diff({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });

  test.prop([fc.jsonValue(), fc.jsonValue()], { numRuns: 500 })('patch(a, diff(a, b)) equals b', (a, b) => {
    expect(patch(a, diff(a, b))).toEqual(b);
  });
});

import { describe, expect, it } from 'vitest';
import { seedText } from '../../test/helpers';
import { importText } from '../text/cells';
import { exportJson, importJson } from './json';

const seed = (() => {
  const r = importText(seedText());
  if (!r.ok) throw new Error('seed');
  return r.forms.map((f) => f.evaluation);
})();

describe('importJson / exportJson', () => {
  it('round-trips the seed forms', () => {
    const r = importJson(exportJson(seed), { fileName: 'x.json' });
    if (!r.ok) throw new Error(r.issues[0].message.en);
    expect(r.forms.map((f) => ({ ...f.evaluation, source: undefined }))).toEqual(seed.map((e) => ({ ...e, source: undefined })));
    expect(r.forms[1].evaluation.source).toMatchObject({ file: 'x.json', format: 'json', form: 2 });
  });

  it('accepts a single Evaluation object', () => {
    const r = importJson(JSON.stringify(seed[0]));
    expect(r.ok && r.forms.length).toBe(1);
  });

  it('reports an invalid field as a typed error with its path', () => {
    const bad = structuredClone(seed);
    (bad[1].indicators[3] as { weight: unknown }).weight = '15';
    const r = importJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0].code).toBe('invalid-evaluation');
      expect(r.issues[0].location).toBe('[1].indicators[3].weight');
    }
    const money = structuredClone(seed[0]);
    (money.funds.total as { initial: unknown }).initial = 29.8;
    const m = importJson(JSON.stringify(money));
    expect(!m.ok && m.issues[0].location).toBe('funds.total.initial');
  });

  it('reports broken JSON and an empty array', () => {
    const r = importJson('{"year": 20');
    expect(!r.ok && r.issues[0].code).toBe('invalid-json');
    const e = importJson('[]');
    expect(!e.ok && e.issues[0].code).toBe('no-form');
  });
});

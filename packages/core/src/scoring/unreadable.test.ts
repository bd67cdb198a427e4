/** Values OCR read with low confidence (evaluation.source.unreadable) prove nothing. */
import { describe, expect, it } from 'vitest';
import { emptyEvaluation, type Evaluation } from '../model';
import { scoreEvaluation } from './evaluation';

function form(unreadable?: string[]): Evaluation {
  const ev = emptyEvaluation(2020, 'indicators-100');
  ev.indicators = [
    { level1: '产出指标', level2: '数量指标', name: '培训人数', target: '≥600人', actual: '900', weight: 50, score: 50, deviation: '' },
    { level1: '产出指标', level2: '数量指标', name: '对接次数', target: '≥2次', actual: '1', weight: 50, score: 50, deviation: '' },
  ];
  ev.total = { weight: 100, score: 100 };
  if (unreadable) ev.source = { format: 'pdf', unreadable };
  return ev;
}

describe('unreadable values (low OCR confidence)', () => {
  it('scores from the text when nothing is marked', () => {
    const s = scoreEvaluation(form());
    expect(s.indicators[1]).toMatchObject({ method: 'ge', proven: { min: 25, max: 25 }, check: 'above' });
  });

  it('proves nothing from an unreadable actual: unverifiable, the claim not called inflated', () => {
    const s = scoreEvaluation(form(['indicators[1].actual']));
    expect(s.indicators[1]).toMatchObject({ method: 'unverifiable', status: 'unverifiable', proven: null, check: 'unverifiable' });
    expect(s.indicators[1].explanation).toMatchObject({ messageId: 'unverifiable.unreadable', data: { cell: 'actual', text: '1' } });
    // An unverifiable indicator may be worth anything from 0 to its weight.
    expect(s.totals.proven).toEqual({ min: 50, max: 100 });
    expect(s.indicators[0]).toMatchObject({ method: 'ge', check: 'consistent' });
  });

  it('an unreadable target likewise, and an unreadable claimed score is not checked', () => {
    const t = scoreEvaluation(form(['indicators[0].target']));
    expect(t.indicators[0]).toMatchObject({ method: 'unverifiable', proven: null });
    expect(t.indicators[0].explanation).toMatchObject({ messageId: 'unverifiable.unreadable', data: { cell: 'target', text: '≥600人' } });
    const c = scoreEvaluation(form(['indicators[1].score']));
    expect(c.indicators[1]).toMatchObject({ method: 'ge', proven: { min: 25, max: 25 }, check: 'unverifiable' });
  });
});

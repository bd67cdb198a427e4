import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { scoreAndReview } from '../review/score-and-review';
import { exampleForm } from '../review/example-form';
import { evaluationArb } from '../testing/arbitrary';
import { seedForm1, seedForm2 } from '../testing/seed-forms';
import { DEFAULT_PROFILE, resolveRiskProfile } from './profile';
import { measureForm, rankForms } from './rank';
import { getSignal } from './signals';
import type { RankInput } from './types';

const input = (id: string, ev = exampleForm()): RankInput => ({ id, ...scoreAndReview(ev) });

describe('rankForms', () => {
  it('ranks seed form 1 (claims 99, proven at most 90.67) above seed form 2, and says why', () => {
    const ranked = rankForms([input('seed#2', seedForm2()), input('seed#1', seedForm1())]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([['seed#1', 1], ['seed#2', 2]]);
    const [first, second] = ranked;
    expect(first.signals[0]).toMatchObject({ signalId: 'claimed-over-proven', points: 24.99, data: { claimed: '99', proven: '90.67', gap: '8.33', rowNo: 5, rowName: '区域双创活跃度' } });
    // The one check of the signal wording; other tests assert signal ids and data.
    expect(first.signals[0].message.zh).toContain('证据最多支持 90.67 分');
    expect(second.signals.map((h) => h.signalId)).toContain('all-full-marks');
    expect(first.score).toBeGreaterThan(second.score);
  });

  it('the score is the sum of the points, and the reasons come largest first', () => {
    for (const r of rankForms([input('a', seedForm1()), input('b', seedForm2())])) {
      expect(r.score).toBe(r.signals.reduce((s, h) => s + Math.round(h.points * 100), 0) / 100);
      expect(r.signals.map((h) => h.points)).toEqual([...r.signals.map((h) => h.points)].sort((x, y) => y - x));
    }
  });

  it('does not depend on the order of its inputs; ties sort by id', () => {
    const forms = [input('c'), input('a'), input('b', seedForm1()), input('d', seedForm2())];
    const ids = rankForms(forms).map((r) => r.id);
    expect(ids).toEqual(['b', 'd', 'a', 'c']);
    expect(rankForms([...forms].reverse()).map((r) => r.id)).toEqual(ids);
  });

  it('caps a signal at its cap and leaves out signals the profile turns off', () => {
    const heavy = resolveRiskProfile({ 'claimed-over-proven': { weight: 100 }, 'funds-size': 'off' });
    if (!heavy.ok) throw new Error('profile');
    const hits = measureForm(input('x', seedForm1()), heavy.value);
    expect(hits.find((h) => h.signalId === 'claimed-over-proven')?.points).toBe(60);
    expect(hits.map((h) => h.signalId)).not.toContain('funds-size');
  });

  it('passes the caller’s input objects through', () => {
    const mine = { ...input('x'), extra: 42 };
    expect(rankForms([mine])[0].input.extra).toBe(42);
  });

  test.prop([fc.array(evaluationArb, { maxLength: 6 })], { numRuns: 60 })('any forms: ranks 1..n, points within 0..cap, every message filled', (forms) => {
    const ranked = rankForms(forms.map((ev, i) => input(`f${i}`, ev)));
    expect(ranked.map((r) => r.rank)).toEqual(forms.map((_, i) => i + 1));
    for (const r of ranked) {
      for (const h of r.signals) {
        const cap = DEFAULT_PROFILE.get(h.signalId)!.cap as number;
        expect(h.points).toBeGreaterThan(0);
        expect(h.points).toBeLessThanOrEqual(cap);
        expect(getSignal(h.signalId)!.messages[h.messageId]).toBeDefined();
        expect(h.message.zh + h.message.en).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { scoreAndReview } from '../review/score-and-review';
import { seedForm1, seedForm2 } from '../testing/seed-forms';
import { rankingRows, reasonText } from './present';
import { rankForms } from './rank';
import { drawSample } from './sample';
import { SIGNALS } from './signals';

describe('rankingRows', () => {
  const ranked = rankForms([{ id: 'seed#1', ...scoreAndReview(seedForm1()) }, { id: 'seed#2', ...scoreAndReview(seedForm2()) }]);

  it('one row per form with identity, totals, points for every signal and the reasons in the language asked', () => {
    const [zh] = rankingRows(ranked, 'zh');
    expect(zh).toMatchObject({ rank: 1, id: 'seed#1', year: 2020, claimed: 99, provenMax: 90.67, sample: '' });
    expect(zh.projectName).toBe(seedForm1().projectName);
    expect(Object.keys(zh.points)).toEqual(SIGNALS.map((s) => s.id));
    expect(zh.points['claimed-over-proven']).toBe(24.99);
    expect(zh.points['all-full-marks']).toBe(0);
    expect(zh.reasons[0]).toBe('自评虚高 +24.99：' + ranked[0].signals[0].message.zh);
    const [en] = rankingRows(ranked, 'en');
    expect(en.reasons[0]).toBe(reasonText(ranked[0].signals[0], 'en'));
    expect(en.reasons[0]).toMatch(/^Claimed above proven \+24\.99: claims 99/);
  });

  it('marks the sampled forms and how they came in', () => {
    const s = drawSample(ranked, { top: 1, random: 0, seed: 's', add: [{ id: 'seed#2', reason: '举报' }] });
    if (!s.ok) throw new Error('sample');
    expect(rankingRows(ranked, 'zh', s.value).map((r) => r.sample)).toEqual(['top', 'added']);
  });
});

/** unit-always-high: a unit whose self-scores are above 95 in every year known. */
import { round2 } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = { above: number; minYears: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'unit-always-high',
  docs: {
    title: { zh: '历年高分', en: 'Always above 95' },
    what: {
      zh: '同一实施单位在已知的每一年（本表所在年度加上其他年度的自评）自评总分都高于 95 分，且已知年度不少于 3 个。同一年有多张表时，每张都须高于 95 分。',
      en: 'The same implementing unit claimed more than 95 in every year known (this form’s year and the other years given), over at least 3 years. Where a year has several forms, each must be above 95.',
    },
    why: {
      zh: '连续多年自评接近满分，说明自评可能流于形式，没有真正对照目标查找问题；这类单位的自评结果最需要外部复核来校准。',
      en: 'Near-perfect self-scores year after year suggest a self-evaluation done as a formality, without really measuring against the targets; such a unit’s results most need an outside check to calibrate them.',
    },
    unit: { zh: '符合时计 1', en: '1 when it holds' },
  },
  messages: {
    always: {
      zh: '该单位 {years} 共 {count} 个年度的自评均高于 {above} 分（{scores}）',
      en: 'the unit claimed above {above} in all {count} years {years} ({scores})',
    },
  },
  defaultOptions: { weight: 8, cap: 8, above: 95, minYears: 3 },
  optionDocs: {
    weight: { zh: '历年高分的风险分', en: 'risk points when the unit always scores high' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    above: { zh: '“高分”的界限（严格高于）', en: 'what counts as high (strictly above)' },
    minYears: { zh: '至少需要的已知年度数（含本年）', en: 'years needed, this one included' },
  },
  measure({ scored, context }, o) {
    const others = context.otherYears;
    if (!others || others.length === 0) return null;
    const t = scored.totals;
    const own = { year: scored.evaluation.year, score: t.claimedTotal ?? t.claimedSum };
    const all = [own, ...others];
    if (all.some((y) => y.score === null || y.score <= o.above)) return null;
    const years = [...new Set(all.map((y) => y.year))].sort((a, b) => a - b);
    if (years.length < o.minYears) return null;
    const scores = [...all].sort((a, b) => a.year - b.year).map((y) => `${y.year}: ${round2(y.score!)}`).join(', ');
    return { amount: 1, messageId: 'always', data: { years: `${years[0]}–${years[years.length - 1]}`, count: years.length, above: round2(o.above), scores } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '本表自评 99.5 分，该单位 2018、2019 年分别自评 98、97.5 分。', en: 'This form claims 99.5; the unit claimed 98 in 2018 and 97.5 in 2019.' },  patch: {}, context: { otherYears: [{ year: 2018, score: 98 }, { year: 2019, score: 97.5 }] } },
  quiet: {
    note: { zh: '该单位 2019 年自评 88 分。', en: 'The unit claimed 88 in 2019.' },  patch: {}, context: { otherYears: [{ year: 2018, score: 98 }, { year: 2019, score: 88 }] } },
};

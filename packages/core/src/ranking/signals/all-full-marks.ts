/** all-full-marks: a self-score of 100 with every indicator at full marks. */
import { round2 } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

// Only the weight and cap every signal has.
type O = { weight: number; cap: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'all-full-marks',
  docs: {
    title: { zh: '满分自评', en: 'Full marks everywhere' },
    what: {
      zh: '自评总分等于满分（通常 100 分），且每一项有分值的指标都自评满分（预算执行率计入总分时也满分）。',
      en: 'The claimed total equals the full total (usually 100) and every weighted indicator claims full marks (and the execution rate, where it counts towards the total).',
    },
    why: {
      zh: '真实执行中各项指标全部圆满完成的情况很少；满分自评是各地抽查中最常见的虚高形态，财政部门通常将其列为重点抽查对象。',
      en: 'Real projects rarely meet every target in full; a perfect self-score is the most common shape of inflation found in sampling, and finance bureaus usually make such forms a priority.',
    },
    unit: { zh: '满分自评时计 1', en: '1 when the form claims full marks everywhere' },
  },
  messages: {
    full: {
      zh: '自评 {claimed} 分（满分 {total} 分），全部 {count} 项指标均自评满分',
      en: 'claims {claimed} of {total}, with full marks on every indicator ({count})',
    },
  },
  defaultOptions: { weight: 10, cap: 10 },
  optionDocs: {
    weight: { zh: '满分自评的风险分', en: 'risk points of a perfect self-score' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
  },
  measure({ scored }) {
    const t = scored.totals;
    const claimed = t.claimedTotal ?? t.claimedSum;
    if (t.weight <= 0 || claimed < t.weight - 0.005) return null;
    const weighted = scored.indicators.filter((s) => s.weight !== null && s.weight > 0);
    if (weighted.length === 0) return null;
    if (!weighted.every((s) => s.claimed !== null && s.claimed >= s.weight! - 0.005)) return null;
    const f = scored.funds;
    if (f.counted && f.weight !== null && f.weight > 0 && (f.claimed === null || f.claimed < f.weight - 0.005)) return null;
    return { amount: 1, messageId: 'full', data: { claimed: round2(claimed), total: round2(t.weight), count: weighted.length } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '资金全部执行、执行率得分 10 分，各项指标满分，总分 100 分。', en: 'All funds spent, the execution rate scores 10, every indicator full: 100 in total.' },  patch: { funds: { total: { executed: '100', rate: '100%', score: 10 }, fiscal: { executed: '100', rate: '100%' } }, total: { score: 100 } } },
  quiet: {
    note: { zh: '示例基础表：执行率 95%，得 9.5 分，总分 99.5 分。', en: 'The example base form: 95% executed, 9.5 points, 99.5 in total.' },  patch: {} },
};

/** evidence-missing: indicators claiming full marks with no evidence file attached. */
import { fullMarks, rowNames } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

// Only the weight and cap every signal has.
type O = { weight: number; cap: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'evidence-missing',
  docs: {
    title: { zh: '满分无佐证', en: 'Full marks, no evidence' },
    what: {
      zh: '自评满分却没有附任何佐证材料的指标个数。只在已知佐证材料情况时计算（系统中上传了佐证的年度和地区）；未提供佐证数据时不计。',
      en: 'The number of indicators that claim full marks with no evidence file attached. Counted only where evidence is known (where the system holds the uploads); nothing is counted when no evidence data is given.',
    },
    why: {
      zh: '满分应有佐证支撑；没有佐证的满分无法核实，复核时需要单位补充材料，是抽查中最常见的调减原因之一。',
      en: 'Full marks need evidence to stand on; without it a claim cannot be verified, the unit must supply the files when re-checked, and the score is often cut.',
    },
    unit: { zh: '每项指标', en: 'per indicator' },
  },
  messages: {
    missing: {
      zh: '{count} 项自评满分的指标没有佐证材料（如{what}）',
      en: 'indicators at full marks with no evidence attached: {count} (such as {whatEn})',
    },
  },
  defaultOptions: { weight: 2, cap: 14 },
  optionDocs: {
    weight: { zh: '每项指标的风险分', en: 'risk points per indicator' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
  },
  measure({ scored, context }) {
    if (!context.evidence) return null;
    const has = new Set(context.evidence.filter((e) => e.count > 0).map((e) => e.indicatorIndex));
    const bare = scored.indicators.filter((s) => fullMarks(s) && !has.has(s.index));
    if (bare.length === 0) return null;
    const first = bare[0];
    return { amount: bare.length, messageId: 'missing', data: { count: bare.length, ...rowNames(scored.evaluation.indicators[first.index].name, first.index) } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '7 项指标全部满分，第 6、7 项没有附佐证材料。', en: 'All 7 indicators claim full marks; indicators 6 and 7 have no evidence attached.' },  patch: {}, context: { evidence: [0, 1, 2, 3, 4].map((i) => ({ indicatorIndex: i, count: 2 })) } },
  quiet: {
    note: { zh: '每项指标都附有佐证材料。', en: 'Every indicator has evidence attached.' },  patch: {}, context: { evidence: [0, 1, 2, 3, 4, 5, 6].map((i) => ({ indicatorIndex: i, count: 1 })) } },
};

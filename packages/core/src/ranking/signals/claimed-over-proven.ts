/** claimed-over-proven: the self-score above the most its evidence proves, summed over indicators (虚高). */
import { round2, rowNames } from '../../review/helpers';
import { BASE_INDICATORS } from '../../review/example-form';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = { tolerance: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'claimed-over-proven',
  docs: {
    title: { zh: '自评虚高', en: 'Claimed above proven' },
    what: {
      zh: '逐项指标比较自评得分与证据最多支持的分数（计分规则由指标值和实际完成值算出的区间上限），把高出的部分相加，并按总分折算到百分制。无法验证的指标不计入（由复核问题计入）。',
      en: 'For each indicator, the claimed score minus the most the evidence supports (the top of the range scoring derives from the target and the actual), summed over the form and scaled to a total of 100. Unverifiable indicators are not counted here (their findings are).',
    },
    why: {
      zh: '抽查复核的首要目的是发现自评结果虚高。自评分超出完成值能证明的部分，正是复核最可能调减的分数，差距越大越应优先抽查。',
      en: 'The first purpose of a 抽查复核 is to find inflated self-scores. Points claimed beyond what the actuals prove are the points a re-check is most likely to cut: the larger the gap, the sooner the form should be checked.',
    },
    unit: { zh: '每高出 1 分（百分制）', en: 'per point of gap (out of 100)' },
  },
  messages: {
    gap: {
      zh: '自评 {claimed} 分，证据最多支持 {proven} 分；{count} 项自评高于证据，合计高出 {gap} 分（最多的是{what}，高出 {worstGap} 分）',
      en: 'claims {claimed}, the evidence supports at most {proven}; claims above their evidence: {count}, {gap} in all (most in {whatEn}, {worstGap} above)',
    },
    gapInFunds: {
      zh: '自评 {claimed} 分，证据最多支持 {proven} 分；{count} 项自评高于证据，合计高出 {gap} 分（最多的是预算执行率，高出 {worstGap} 分）',
      en: 'claims {claimed}, the evidence supports at most {proven}; claims above their evidence: {count}, {gap} in all (most in the execution rate, {worstGap} above)',
    },
  },
  defaultOptions: { weight: 3, cap: 60, tolerance: 0.005 },
  optionDocs: {
    weight: { zh: '每分差距的风险分', en: 'risk points per point of gap' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    tolerance: { zh: '单项差距不超过此值时忽略（舍入误差）', en: 'a gap this small on one indicator is ignored (rounding)' },
  },
  measure({ scored }, o) {
    let gap = 0;
    let count = 0;
    let worst = { gap: 0, index: -1 };
    for (const s of scored.indicators) {
      if (s.claimed === null || s.proven === null) continue;
      const g = s.claimed - s.proven.max;
      if (g <= o.tolerance) continue;
      gap += g;
      count++;
      if (g > worst.gap) worst = { gap: g, index: s.index };
    }
    const f = scored.funds;
    if (f.counted && f.claimed !== null && f.proven !== null && f.claimed - f.proven > o.tolerance) {
      gap += f.claimed - f.proven;
      count++;
      if (f.claimed - f.proven > worst.gap) worst = { gap: f.claimed - f.proven, index: -1 };
    }
    if (count === 0) return null;
    const t = scored.totals;
    // A form out of 110 (or 20 + 80) is compared with others on the same 100-point scale.
    const scale = t.weight > 0 ? 100 / t.weight : 1;
    const where = worst.index >= 0 ? rowNames(scored.evaluation.indicators[worst.index].name, worst.index) : {};
    // Both totals as the form and scoring state them; the gap is counted row by row, so a row
    // claimed below its evidence does not hide another claimed above it.
    const claimed = t.claimedTotal ?? t.claimedSum;
    return {
      amount: gap * scale,
      messageId: worst.index >= 0 ? 'gap' : 'gapInFunds',
      data: {
        claimed: round2(claimed),
        proven: round2(t.proven.max),
        gap: round2(gap),
        count,
        ...where,
        worstGap: round2(worst.gap),
      },
    };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '示例表中「区域双创活跃度」指标值 ≥90%，实际完成值只写“≥15%”，却自评满分 10 分。', en: 'In the example form, 区域双创活跃度 has a target of ≥90% and an actual of only “≥15%”, yet claims the full 10.' }, 
    patch: {
      indicators: BASE_INDICATORS.map((x, i) => (i === 1 ? { ...x, name: '区域双创活跃度', target: '≥90%', actual: '≥15%', deviation: '疫情影响' } : x)),
    },
  },
  quiet: {
    note: { zh: '示例基础表：每项指标都已达成，自评得分没有超出证据。', en: 'The example base form: every target met, no score above its evidence.' },  patch: {} },
};

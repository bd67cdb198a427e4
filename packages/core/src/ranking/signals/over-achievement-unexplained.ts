/** over-achievement-unexplained: indicators far above target, at full marks, with no reason given. */
import { fullMarks, hasReason, pct, rowNames } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

// Only the weight and cap every signal has.
type O = { weight: number; cap: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'over-achievement-unexplained',
  docs: {
    title: { zh: '超额未说明', en: 'Over-achievement unexplained' },
    what: {
      zh: '定量指标的完成值超过指标值的幅度大于评分模板的阈值（默认 20%）、自评满分、且偏差原因栏未说明原因的指标个数。',
      en: 'The number of quantitative indicators whose actual exceeds the target by more than the template’s threshold (20% by default), that claim full marks and give no reason in the deviation column.',
    },
    why: {
      zh: '大幅超额完成说明年初目标可能定得偏低（指标值设置偏低），财预〔2020〕10号要求说明原因并按偏离程度扣分；不作说明而照拿满分，复核时往往要扣分。',
      en: 'Large over-achievement suggests the target was set too low; 财预〔2020〕10号 asks for a reason and a deduction by the deviation. Full marks kept without a word are often cut when re-checked.',
    },
    unit: { zh: '每项指标', en: 'per indicator' },
  },
  messages: {
    over: {
      zh: '{count} 项指标大幅超额完成且满分，未说明原因（{what}超过指标值 {over}）',
      en: 'indicators far above target with full marks and no reason: {count} ({whatEn} is {over} above its target)',
    },
  },
  defaultOptions: { weight: 4, cap: 12 },
  optionDocs: {
    weight: { zh: '每项指标的风险分', en: 'risk points per indicator' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
  },
  measure({ scored }) {
    const threshold = scored.template.overAchievementThreshold;
    let count = 0;
    let most = { over: 0, index: -1 };
    for (const s of scored.indicators) {
      if (s.achievement === null || s.achievement <= 1 + threshold + 1e-9 || !fullMarks(s)) continue;
      if (hasReason(scored.evaluation.indicators[s.index].deviation)) continue;
      count++;
      if (s.achievement - 1 > most.over) most = { over: s.achievement - 1, index: s.index };
    }
    if (count === 0) return null;
    return { amount: count, messageId: 'over', data: { count, ...rowNames(scored.evaluation.indicators[most.index].name, most.index), over: pct(most.over) } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '「培训企业数」指标值 ≥50 家，完成 105 家，自评满分，偏差原因栏为空。', en: '培训企业数: target ≥50, 105 done, full marks, no reason given.' }, 
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥50家', actual: '105家', weight: 50, score: 50 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
  },
  quiet: {
    note: { zh: '同一指标在偏差原因栏说明了超额原因。', en: 'The same indicator with the reason for the over-achievement given.' }, 
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥50家', actual: '105家', weight: 50, score: 50, deviation: '年中追加培训任务，参训企业增加' },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
  },
};

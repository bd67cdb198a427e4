/** deviation-contradicts: the 偏差原因 text says the opposite of the row's result. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, needsReason, pct, rowNames } from '../helpers';

type O = { shareTolerance: number };
const SHORTFALL = /未完成|未达到|未达标|没有完成|未能|滞后|延迟|推迟|延期|逾期|不足|未到位|未按期|未全部|差距较大/;
const DONE = /已完工|已全部完成|全部完成|已完成全部|已按期完成/;
// A share of the target said to be missing: "剩余3%尾款未付", "未完成10%".
const CITED_SHARE = /(?:剩余|尾款|未付|未支付|结余|未完成|差)[^\d%％]{0,6}(\d+(?:\.\d+)?)\s*[%％]/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'deviation-contradicts',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '偏差原因与完成情况矛盾', en: 'Deviation reason contradicts the result' },
    description: {
      zh: '三种矛盾：指标达成并得满分，偏差原因却描述未完成、滞后；指标未完成，偏差原因却说已全部完成；偏差原因给出的缺口比例（如“剩余3%尾款未付”）与完成值和指标值的实际差距相差悬殊。',
      en: 'Three contradictions: a met, full-marks row whose reason describes a shortfall or delay; a row short of its target whose reason says all was done; a reason citing a missing share ("剩余3%尾款未付") far from the actual gap between target and actual.',
    },
    basis: { zh: '财预〔2020〕10号：偏差原因应如实分析；定性达成应与说明相符。', en: '财预〔2020〕10号: deviations are analysed truthfully; a claimed result must match its explanation.' },
    fix: { zh: '使偏差原因与完成值、得分一致；按实际差距说明原因。', en: 'Make the reason agree with the actual and the score; explain the actual gap.' },
  },
  messages: {
    fullButShortfall: { zh: '{what}得满分，偏差原因却写“{reason}”', en: '{whatEn} scores full marks, yet its reason says "{reason}"' },
    shortButDone: { zh: '{what}未达到指标值，偏差原因却写“{reason}”', en: '{whatEn} falls short of its target, yet its reason says "{reason}"' },
    shareDiffers: { zh: '{what}偏差原因称缺口 {cited}，而完成值比指标值低 {gap}', en: '{whatEn}: the reason cites a gap of {cited}, but the actual is {gap} below the target' },
  },
  defaultOptions: { shareTolerance: 0.05 },
  inspect({ scored, options, report }) {
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      const reason = x.deviation.trim();
      if (reason === '') continue;
      const path = `indicators[${s.index}].deviation`;
      if (fullMarks(s) && s.status === 'met' && SHORTFALL.test(reason)) {
        report({ path, messageId: 'fullButShortfall', data: reasonData(x.name, s.index, reason) });
        continue;
      }
      if (!needsReason(s) || s.status === 'met') continue;
      if (DONE.test(reason)) report({ path, messageId: 'shortButDone', data: reasonData(x.name, s.index, reason) });
      const m = CITED_SHARE.exec(reason);
      if (m && s.achievement !== null && s.achievement < 1) {
        const cited = Number(m[1]) / 100;
        const gap = 1 - s.achievement;
        if (Math.abs(cited - gap) > options.shareTolerance) report({ path, messageId: 'shareDiffers', data: { ...reasonData(x.name, s.index, reason), cited: pct(cited), gap: pct(gap.toFixed(4)) } });
      }
    }
  },
};

// Built only when a report is made: most rows pass.
function reasonData(name: string, index: number, reason: string) {
  return { ...rowNames(name, index), reason: reason.length > 40 ? `${reason.slice(0, 40)}…` : reason };
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '改造供暖面积', target: '≥3000平方米', actual: '2600平方米', weight: 10, score: 8.67, deviation: '已完工，剩余3%尾款未付' }] },
    errors: [
      { messageId: 'shortButDone', path: 'indicators[0].deviation' },
      { messageId: 'shareDiffers', path: 'indicators[0].deviation', data: { cited: '3%', gap: '13.33%' } },
    ],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '改造供暖面积', target: '≥3000平方米', actual: '2600平方米', weight: 10, score: 8.67, deviation: '二期400平方米因冬季停工顺延至次年，已调整施工计划' }] } },
};

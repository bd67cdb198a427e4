/** over-achievement: far above target with full marks — the target was probably set too low (指标值设置偏低). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, round2, hasReason, pct, reasonFlaw, rowNames } from '../helpers';

type O = Record<string, never>;

const FLAW = {
  restates: { zh: '只是重述超出的事实', en: 'only restates that the target was exceeded' },
  contradicts: { zh: '前后矛盾', en: 'contradicts itself' },
} as const;

/** The rule. */
export const rule: Rule<O> = {
  id: 'over-achievement',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '大幅超额完成且得满分（指标值设置偏低）', en: 'Far above target with full marks (target set too low)' },
    description: {
      zh: '定量指标的完成值超过指标值的幅度大于模板阈值（默认 20%），且自评满分。大幅超额说明年初目标定得偏低，应说明原因；未写偏差原因时为警告，已写原因时降为提示，由复核人判断原因是否成立。所写“原因”只是重述超出的事实（“报名参赛企业较多”）或前后矛盾（“线上无法进行，改为线上进行”）的，不构成原因，仍为警告。',
      en: 'A quantitative actual exceeds its target by more than the template threshold (20% by default) and the indicator claims full marks. Large over-achievement suggests the target was set too low and must be explained: a warning without a reason, info when a reason is given for the reviewer to judge. A "reason" that only restates the fact (报名参赛企业较多) or contradicts itself (线上无法进行，改为线上进行) is none, and the warning stays.',
    },
    basis: {
      zh: '财预〔2020〕10号：超额完成绩效目标较多的，应说明原因；因目标设置偏低导致的，按偏离程度扣分。',
      en: '财预〔2020〕10号: large over-achievement must be explained; where the target was set too low, points are deducted by the deviation.',
    },
    fix: { zh: '在偏差原因中说明超额原因；如目标定得偏低，下一年度据实调高指标值。', en: 'Explain the over-achievement; if the target was too low, raise it next year.' },
  },
  messages: {
    tooLowUnweighted: {
      zh: '{what}完成值 {actual} 超过指标值 {target} 达 {over}，自评 {claimed} 分且未说明原因：指标值设置偏低（财预〔2020〕10号）',
      en: '{whatEn}: actual {actual} exceeds the target {target} by {over}, self-scored {claimed} with no reason: target set too low (财预〔2020〕10号)',
    },
    tooLow: {
      zh: '{what}完成值 {actual} 超过指标值 {target} 达 {over}，自评满分且未说明原因：指标值设置偏低（财预〔2020〕10号）',
      en: '{whatEn}: actual {actual} exceeds the target {target} by {over} with full marks and no reason: target set too low (财预〔2020〕10号)',
    },
    notAReason: {
      zh: '{what}完成值 {actual} 超过指标值 {target} 达 {over}，所写原因“{reason}”{why}，不构成原因：指标值可能设置偏低（财预〔2020〕10号）',
      en: '{whatEn}: actual {actual} exceeds the target {target} by {over}; the reason "{reason}" {whyEn} and explains nothing: the target may be set too low (财预〔2020〕10号)',
    },
    explained: {
      severity: 'info',
      zh: '{what}完成值 {actual} 超过指标值 {target} 达 {over}，已说明原因，请复核原因是否成立（财预〔2020〕10号）',
      en: '{whatEn}: actual {actual} exceeds the target {target} by {over}; a reason is given, check it holds (财预〔2020〕10号)',
    },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const threshold = scored.template.overAchievementThreshold;
    for (const s of scored.indicators) {
      // Without a 分值 column (the points stand in the block headings) a scored row is taken as scored in full.
      const scoredInFull = fullMarks(s) || (s.weight === null && s.claimed !== null && s.claimed > 0);
      if (s.achievement === null || s.achievement <= 1 + threshold + 1e-9 || !scoredInFull) continue;
      const x = scored.evaluation.indicators[s.index];
      const data = { ...rowNames(x.name, s.index), actual: x.actual.trim(), target: x.target.trim(), over: pct(s.achievement - 1) };
      const path = `indicators[${s.index}].actual`;
      if (!hasReason(x.deviation)) {
        if (fullMarks(s)) report({ path, messageId: 'tooLow', data });
        else report({ path, messageId: 'tooLowUnweighted', data: { ...data, claimed: round2(s.claimed!) } });
        continue;
      }
      const flaw = reasonFlaw(x.deviation);
      if (flaw) report({ path, messageId: 'notAReason', data: { ...data, reason: x.deviation.trim(), why: FLAW[flaw].zh, whyEn: FLAW[flaw].en } });
      else report({ path, messageId: 'explained', data });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '自治区级“专精特新”企业数量', target: '≥2家', actual: '4', weight: 10, score: 10 }] },
    errors: [{ messageId: 'tooLow', path: 'indicators[0].actual', data: { over: '100%' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '自治区级“专精特新”企业数量', target: '≥4家', actual: '4', weight: 10, score: 10 }] } },
};

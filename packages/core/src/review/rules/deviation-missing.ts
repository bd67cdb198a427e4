/** deviation-missing: a deduction or a shortfall with no 偏差原因分析及改进措施. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, needsReason, round2, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'deviation-missing',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '扣分或未完成而未写偏差原因', en: 'Deduction or shortfall without a deviation reason' },
    description: {
      zh: '指标未完成（完成值低于指标值、时效逾期、定性未达成）或自评扣了分，而“偏差原因分析及改进措施”为空。',
      en: 'An indicator that falls short (actual below target, late, qualitative not achieved) or loses points has an empty 偏差原因分析及改进措施 cell.',
    },
    basis: { zh: '财预〔2020〕10号：未完成绩效目标或偏离绩效目标较大的，应分析说明原因，研究提出改进措施。', en: '财预〔2020〕10号: targets not met, or met with a large deviation, must be explained, with measures to improve.' },
    fix: { zh: '在偏差原因栏写明未完成的具体原因和改进措施。', en: 'Write the concrete reason and the measures to improve in the deviation cell.' },
  },
  messages: {
    missing: { zh: '{what}未达到指标值或被扣分（自评 {score}/{weight} 分），未写偏差原因', en: '{whatEn} falls short of its target or loses points (claimed {score} of {weight}) with no deviation reason' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const x = scored.evaluation.indicators[s.index];
      if (!needsReason(s) || !isBlank(x.deviation)) continue;
      report({ path: `indicators[${s.index}].deviation`, messageId: 'missing', data: { ...rowNames(x.name, s.index), score: s.claimed === null ? '—' : round2(s.claimed), weight: s.weight === null ? '—' : round2(s.weight) } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '效益指标', level2: '经济效益指标', name: '木材销售收入', target: '1100万元', actual: '1093万元', weight: 6, score: 5 }] },
    errors: [{ messageId: 'missing', path: 'indicators[0].deviation', data: { score: '5', weight: '6' } }],
  },
  right: { patch: { indicators: [{ level1: '效益指标', level2: '经济效益指标', name: '木材销售收入', target: '1100万元', actual: '1093万元', weight: 6, score: 5, deviation: '木材市场价格下行，销售收入略低于预期；明年加强销售组织。' }] } },
};

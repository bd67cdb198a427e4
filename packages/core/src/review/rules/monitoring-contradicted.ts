/** monitoring-contradicted: full marks at year end where mid-year monitoring said the target could not be met, with no reason given. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, hasReason, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'monitoring-contradicted',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '自评满分与年中监控“完全不可能”矛盾', en: 'Full marks after monitoring said the target could not be met' },
    description: {
      zh: '年中绩效运行监控（通常为 1–7 月）判断该指标“完全不可能”完成全年目标，年终自评却报满分，且偏差原因栏没有说明下半年如何追上。只有给出监控数据时才检查。',
      en: 'Mid-year monitoring (usually January–July) judged that the indicator could not possibly reach its target, yet the self-evaluation claims full marks and the deviation cell does not say how the second half caught up. Checked only when monitoring data are given.',
    },
    basis: { zh: '财预〔2019〕136号：绩效运行监控发现的偏差应及时纠正并跟踪；财预〔2020〕10号：严禁刻意抬高自评分数。', en: '财预〔2019〕136号: deviations found by monitoring are corrected and followed up; 财预〔2020〕10号: self-scores must not be inflated.' },
    fix: { zh: '在偏差原因栏说明下半年采取的纠偏措施和完成情况并附佐证，或按实际完成值扣分。', en: 'State in the deviation cell what was done in the second half, with evidence, or deduct points as the actual warrants.' },
  },
  messages: {
    impossibleThenFull: {
      zh: '{what}在 {period} 监控中判断为“完全不可能”完成（当时完成 {completed}），年终自评满分却未说明原因',
      en: '{whatEn}: monitoring for {period} judged the target impossible (completed then: {completed}), yet full marks are claimed with no reason given',
    },
  },
  defaultOptions: {},
  inspect({ scored, context, report }) {
    for (const m of context.monitoring ?? []) {
      if (m.likelihood !== 'impossible') continue;
      const s = scored.indicators.find((x) => x.index === m.indicatorIndex);
      if (!s || !fullMarks(s)) continue;
      const x = scored.evaluation.indicators[s.index];
      if (hasReason(x.deviation)) continue;
      report({
        path: `indicators[${s.index}].score`,
        messageId: 'impossibleThenFull',
        data: { ...rowNames(x.name, s.index), period: m.period, completed: m.completed.trim() || '—' },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {},
    context: { monitoring: [{ indicatorIndex: 0, period: '1–7月', likelihood: 'impossible', completed: '30家' }] },
    errors: [{ messageId: 'impossibleThenFull', path: 'indicators[0].score', data: { period: '1–7月', completed: '30家' } }],
  },
  right: { patch: {}, context: { monitoring: [{ indicatorIndex: 0, period: '1–7月', likelihood: 'possible', completed: '45家' }] } },
};

/** time-target-missed: a 时效 deadline missed, or not met at all. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { hasReason, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'time-target-missed',
  category: 'evidence',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '时效目标未按期完成', en: 'Time target missed' },
    description: {
      zh: '时效指标的完成日期晚于指标值规定的日期，或完成值不是日期、无法证明按期完成。逾期但已扣分并说明原因的，降为提示。',
      en: 'A dated target was completed after its deadline, or the actual is not a date and proves nothing about timing. When points were deducted and a reason given, it is info only.',
    },
    basis: { zh: '财预〔2020〕10号：时效指标按是否在规定时限内完成评分；逾期完成的按部分达成计分。', en: '财预〔2020〕10号: time targets are scored by completion within the deadline; late completion is partial.' },
    fix: { zh: '按逾期情况扣分并在偏差原因中说明。', en: 'Deduct for the delay and explain it.' },
  },
  messages: {
    late: { zh: '{what}要求 {target}，实际 {actual}，逾期完成', en: '{whatEn}: due {target}, done {actual} — late' },
    notDone: { zh: '{what}要求 {target}，完成值“{actual}”不能证明按期完成', en: '{whatEn}: due {target}; the actual "{actual}" does not show it was done in time' },
    lateExplained: { severity: 'info', zh: '{what}要求 {target}，实际 {actual}，逾期完成（已扣分并说明原因）', en: '{whatEn}: due {target}, done {actual} — late (points deducted, reason given)' },
    notDoneExplained: { severity: 'info', zh: '{what}要求 {target}，完成值“{actual}”不能证明按期完成（已扣分并说明原因）', en: '{whatEn}: due {target}; the actual "{actual}" does not show it was done in time (points deducted, reason given)' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      if (s.target.kind !== 'date' || s.status === 'met' || s.status === 'unverifiable' && s.actual.kind === 'empty') continue;
      const x = scored.evaluation.indicators[s.index];
      const deducted = s.claimed !== null && s.weight !== null && s.claimed < s.weight;
      const data = { ...rowNames(x.name, s.index), target: x.target.trim(), actual: x.actual.trim() };
      const explained = deducted && hasReason(x.deviation);
      const messageId = s.actual.kind === 'date' ? (explained ? 'lateExplained' : 'late') : explained ? 'notDoneExplained' : 'notDone';
      report({ path: `indicators[${s.index}].actual`, messageId, data });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '时效指标', name: '资金拨付时间', target: '2020年10月30日', actual: '12月30日', weight: 5, score: 4 }] },
    errors: [{ messageId: 'late', path: 'indicators[0].actual' }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '时效指标', name: '资金拨付时间', target: '2020年10月30日', actual: '10月28日', weight: 5, score: 5 }] } },
};

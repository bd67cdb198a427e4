/** all-on-target: every indicator exactly on its target with full marks — a risk signal. */
import { valueInUnit } from '../../grammar';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, isBlank } from '../helpers';

type O = { minIndicators: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'all-on-target',
  category: 'evidence',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '所有指标恰好等于指标值且满分', en: 'Every indicator exactly on target with full marks' },
    description: {
      zh: '每一项指标的完成值都恰好等于指标值、且全部满分。真实执行很少如此整齐，常见原因是把指标值照抄为完成值。这是风险信号，提示复核人抽查佐证材料，不等于有错。',
      en: 'Every actual equals its target exactly and every indicator scores full marks. Real delivery is rarely this neat; a common cause is copying the target into the actual. It is a risk signal for the reviewer to check the evidence, not a defect by itself.',
    },
    basis: { zh: '财预〔2020〕10号：财政部门对自评结果抽查复核，重点关注真实性。', en: '财预〔2020〕10号: finance bureaus sample self-evaluations and check that they are genuine.' },
    fix: { zh: '按实际统计数据填写完成值，并附佐证材料。', en: 'Enter measured actuals and attach the evidence.' },
  },
  messages: {
    allExact: { zh: '全部 {count} 项指标的完成值都恰好等于指标值且满分，请核实佐证材料', en: 'all {count} indicators are exactly on target with full marks: check the evidence' },
  },
  defaultOptions: { minIndicators: 3 },
  check({ scored, options, report }) {
    const rows = scored.indicators.filter((s) => !isBlank(scored.evaluation.indicators[s.index].name));
    if (rows.length < options.minIndicators) return;
    const exact = rows.every((s) => {
      const t = s.target;
      const a = s.actual;
      if (t.kind !== 'number' || a.kind !== 'number' || !fullMarks(s)) return false;
      const v = valueInUnit(a.value, a.unit, t.unit);
      return v !== null && Number(v) === Number(t.value);
    });
    if (exact) report({ path: 'indicators', messageId: 'allExact', data: { count: rows.length } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '造林面积', target: '1.2万亩', actual: '1.2万亩', weight: 50, score: 50 },
        { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率提高', target: '≥0.5%', actual: '0.5%', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '90%', weight: 10, score: 10 },
      ],
    },
    errors: [{ messageId: 'allExact', path: 'indicators', data: { count: 3 } }],
  },
  right: { patch: {} },
};

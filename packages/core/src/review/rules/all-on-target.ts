/** all-on-target: every indicator exactly on its target, or at full marks with a full total — a risk signal. */
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
      zh: '每一项指标的完成值都恰好等于指标值、且全部满分；或每一项指标都自评满分、总分也是满分（如 100 分）。真实执行很少如此整齐，常见原因是把指标值照抄为完成值，或自评结果虚高。这是风险信号，提示复核人抽查佐证材料，不等于有错。',
      en: 'Every actual equals its target exactly and every indicator scores full marks; or every indicator claims full marks and so does the total (100). Real delivery is rarely this neat; common causes are copying the target into the actual, or an inflated self-evaluation. It is a risk signal for the reviewer to check the evidence, not a defect by itself.',
    },
    basis: { zh: '财预〔2020〕10号：财政部门对自评结果抽查复核，重点关注真实性。', en: '财预〔2020〕10号: finance bureaus sample self-evaluations and check that they are genuine.' },
    fix: { zh: '按实际统计数据填写完成值，并附佐证材料。', en: 'Enter measured actuals and attach the evidence.' },
  },
  messages: {
    allExact: { zh: '全部 {count} 项指标的完成值都恰好等于指标值且满分，请核实佐证材料', en: 'all {count} indicators are exactly on target with full marks: check the evidence' },
    allFull: { zh: '全部 {count} 项指标均自评满分{total}，请核实佐证材料', en: 'all {count} indicators claim full marks{totalEn}: check the evidence' },
  },
  defaultOptions: { minIndicators: 3 },
  inspect({ scored, options, report }) {
    const rows = scored.indicators.filter((s) => !isBlank(scored.evaluation.indicators[s.index].name));
    if (rows.length < options.minIndicators) return;
    const exact = rows.every((s) => {
      const t = s.target;
      const a = s.actual;
      if (t.kind !== 'number' || a.kind !== 'number' || !fullMarks(s)) return false;
      const v = valueInUnit(a.value, a.unit, t.unit);
      return v !== null && Number(v) === Number(t.value);
    });
    if (exact) {
      report({ path: 'indicators', messageId: 'allExact', data: { count: rows.length } });
      return;
    }
    // Every scored row at full marks, and the total (when the form shows one) full as well.
    const scoredRows = rows.filter((s) => s.weight !== null && s.weight > 0);
    const t = scored.evaluation.total;
    // A printed total must be full, and truly so: points lost on the execution score break the pattern.
    const totalFull = t.score === null || (t.weight !== null && t.score >= t.weight && scored.totals.claimedSum >= scored.totals.weight - 0.005);
    if (scoredRows.length >= options.minIndicators && totalFull && scoredRows.every(fullMarks)) {
      const total = t.score === null ? '' : `，总分 ${t.score}`;
      report({ path: 'indicators', messageId: 'allFull', data: { count: scoredRows.length, total, totalEn: t.score === null ? '' : `, total ${t.score}` } });
    }
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

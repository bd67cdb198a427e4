/** funds-low-execution-full-output: little money spent while every output indicator scores full. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fullMarks, level1OfKind, pct } from '../helpers';

type O = { minRate: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-low-execution-full-output',
  category: 'funds',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '执行率低而产出指标全部满分', en: 'Low execution while every output indicator scores full' },
    description: {
      zh: '预算执行率低于下限（默认 60%），而产出指标全部得满分。钱没有花出去，产出却全部完成，两者至少有一方需要解释：或者产出目标定得过低，或者执行数漏记。',
      en: 'The execution rate is below the minimum (60% by default) while every output (产出) indicator claims full marks. If the money was not spent, full output needs an explanation: targets set too low, or spending not recorded.',
    },
    basis: {
      zh: '财预〔2020〕10号：自评应真实反映预算执行与绩效目标完成情况（“双监控”要求资金进度与目标进度相匹配，财预〔2019〕136号）。',
      en: '财预〔2020〕10号: the self-evaluation must reflect spending and outputs truthfully; monitoring (财预〔2019〕136号) expects spending and target progress to match.',
    },
    fix: {
      zh: '核对执行数和产出完成值；确属节约的，在偏差原因中写明节约金额及原因。',
      en: 'Check the executed amount and the outputs; if money was saved, state how much and why in the deviation reasons.',
    },
  },
  messages: {
    fullOutput: {
      zh: '预算执行率仅 {rate}，产出指标 {count} 项却全部满分',
      en: 'execution rate only {rate}, yet all {count} output indicators score full marks',
    },
  },
  defaultOptions: { minRate: 0.6 },
  inspect({ scored, options, report }) {
    const rate = scored.funds.rate;
    if (rate === null || Number(rate) >= options.minRate) return;
    // The output block is the 一级 that holds the quantity indicators (产出指标).
    const output = level1OfKind('quantity');
    const outputs = scored.indicators.filter((s) => s.level1 === output && s.weight !== null && s.weight > 0);
    if (outputs.length === 0 || !outputs.every(fullMarks)) return;
    report({ path: 'funds.total.executed', messageId: 'fullOutput', data: { rate: pct(rate), count: outputs.length } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { executed: '40', rate: '40%', score: 4 }, fiscal: { executed: '40', rate: '40%' } }, total: { score: 94 } },
    errors: [{ messageId: 'fullOutput', path: 'funds.total.executed', data: { rate: '40%', count: 4 } }],
  },
  right: { patch: {} },
};

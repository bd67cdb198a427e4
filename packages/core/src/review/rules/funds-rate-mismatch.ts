/** funds-rate-mismatch: the printed 执行率 must be 全年执行数 / 全年预算数. */
import { FUND_KEYS } from '../../model';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { FUND_ROW_NAMES, fundFacts } from '../facts';
import { pct } from '../helpers';

type O = { tolerance: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-rate-mismatch',
  category: 'funds',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '执行率计算错误', en: 'Execution rate miscomputed' },
    description: {
      zh: '对资金表每一行，比较表上填写的执行率与“全年执行数 ÷ 全年预算数”。相差超过容差（默认 1 个百分点）即报告；若填写值恰好等于“全年执行数 ÷ 年初预算数”，说明用错了分母。执行率决定预算执行得分，填高执行率就是抬高得分。',
      en: 'For each row of the funds table, compares the printed execution rate with executed ÷ adjusted budget (全年执行数 ÷ 全年预算数). A gap above the tolerance (1 percentage point by default) is reported; when the printed rate equals executed ÷ initial budget, the wrong denominator was used. The rate drives the execution score, so an overstated rate inflates the score.',
    },
    basis: {
      zh: '财预〔2020〕10号及自评表说明：预算执行率 = 全年执行数（B）÷ 全年预算数（A），全年预算数含调整与结转。',
      en: '财预〔2020〕10号 and the form notes: execution rate = executed (B) ÷ adjusted budget (A), the latter including adjustments and carry-over.',
    },
    fix: {
      zh: '用全年执行数除以全年预算数重新计算执行率，并据此重算预算执行得分。',
      en: 'Recompute the rate as executed ÷ adjusted budget and recompute the execution score from it.',
    },
  },
  messages: {
    mismatch: {
      zh: '{row}执行率填为 {printed}，按全年执行数 ÷ 全年预算数应为 {computed}',
      en: '{row}: printed execution rate {printed}, executed ÷ adjusted budget gives {computed}',
    },
    onInitial: {
      zh: '{row}执行率 {printed} 是按年初预算数计算的，按全年预算数应为 {computed}',
      en: '{row}: the printed rate {printed} was computed on the initial budget; on the adjusted budget it is {computed}',
    },
  },
  defaultOptions: { tolerance: 0.01 },
  inspect({ scored, options, report }) {
    const { amounts, rates } = fundFacts(scored);
    for (const key of FUND_KEYS) {
      const r = amounts[key];
      const printed = rates[key];
      const a = r.adjusted;
      const b = r.executed;
      if (!printed || !a || !b || a.lte(0)) continue;
      const computed = b.div(a);
      if (printed.minus(computed).abs().lte(options.tolerance)) continue;
      const i = r.initial;
      const onInitial = i !== null && i.gt(0) && !i.eq(a) && printed.minus(b.div(i)).abs().lte(options.tolerance);
      report({
        path: `funds.${key}.rate`,
        messageId: onInitial ? 'onInitial' : 'mismatch',
        data: { row: FUND_ROW_NAMES[key], printed: pct(printed), computed: pct(computed.round(4)) },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { initial: '4753.66', adjusted: '4753.66', executed: '3824.26', rate: '100%', score: 10 }, fiscal: null } },
    errors: [{ messageId: 'mismatch', path: 'funds.total.rate', data: { printed: '100%', computed: '80.45%' } }],
  },
  right: { patch: { funds: { total: { initial: '4753.66', adjusted: '4753.66', executed: '3824.26', rate: '80.45%', score: 8.05 }, fiscal: null } } },
};

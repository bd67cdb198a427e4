/** funds-budget-adjusted: 全年预算数 far from 年初预算数 with no word on the adjustment. */
import { canonical } from '../../money';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fundFacts } from '../facts';
import { pct } from '../helpers';

type O = { threshold: number; cutThreshold: number };
// Words by which a form explains a budget change.
const ADJUSTMENT_WORDS = /调整|调增|调减|追加|追减|压减|收回|调剂|预算变更|增加预算|减少预算/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-budget-adjusted',
  category: 'funds',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '预算大幅调整未作说明', en: 'Budget adjusted a lot without explanation' },
    description: {
      zh: '年度资金总额的全年预算数与年初预算数相差超过阈值（默认 20%），而总体目标完成情况和偏差原因中都没有提到预算调整。大幅调整会改变执行率的分母，复核时需要知道原因。另报两种调整：年初预算数为 0 而全年预算数全部为年中追加；全年预算数调减到恰好等于全年执行数（默认降幅超过 5%），使执行率显示为 100% 而掩盖了未执行的部分。总额行为空或为 0 时按分项合计判断。',
      en: 'The adjusted budget of the 年度资金总额 row differs from the initial budget by more than the threshold (20% by default) while neither the goals narrative nor any deviation reason mentions an adjustment. A large adjustment changes the denominator of the execution rate, and a reviewer needs its reason. Two adjustments are reported apart: an initial budget of 0 with the whole budget added during the year, and an adjusted budget cut to exactly what was spent (by more than 5% by default), which shows 100% execution and hides what was not spent. A total row left blank or 0 is read from its sources summed.',
    },
    basis: {
      zh: '财预〔2020〕10号：全年预算数包括年中追加、调整的预算；绩效目标随预算调整而调整，须说明。',
      en: '财预〔2020〕10号: the adjusted budget includes in-year additions and changes; targets adjusted with the budget must be explained.',
    },
    fix: {
      zh: '在实际完成情况或偏差原因中写明预算调整的原因、金额和批准文号。',
      en: 'State the reason, amount and approval of the adjustment in the narrative or a deviation reason.',
    },
  },
  messages: {
    allAdded: {
      zh: '年初预算数为 0，全年预算数 {adjusted} 全部为年中追加，未说明原因',
      en: 'initial budget 0: the whole adjusted budget of {adjusted} was added during the year, with no explanation',
    },
    cutToSpent: {
      zh: '全年预算数由年初 {initial} 调减至与全年执行数 {executed} 相同（{change}），未说明原因；按年初预算数执行率为 {initialRate}',
      en: 'the adjusted budget was cut from the initial {initial} to exactly the {executed} spent ({change}), with no explanation; against the initial budget the execution rate is {initialRate}',
    },
    unexplained: {
      zh: '全年预算数 {adjusted} 较年初预算数 {initial} 变动 {change}，未说明调整原因',
      en: 'adjusted budget {adjusted} differs from the initial {initial} by {change}, with no explanation',
    },
  },
  defaultOptions: { threshold: 0.2, cutThreshold: 0.05 },
  inspect({ scored, options, report }) {
    const ev = scored.evaluation;
    const { initial: i, adjusted: a, executed: e } = fundFacts(scored).total;
    if (!i || !a || i.lt(0) || a.lte(0)) return;
    if (ADJUSTMENT_WORDS.test(ev.goals.actual) || ev.indicators.some((x) => ADJUSTMENT_WORDS.test(x.deviation))) return;
    if (i.eq(0)) {
      report({ path: 'funds.total.adjusted', messageId: 'allAdded', data: { adjusted: canonical(a) } });
      return;
    }
    const change = a.minus(i).div(i);
    // A budget cut down to exactly what was spent makes any execution 100%: the rate hides the shortfall.
    if (e && a.lt(i) && a.eq(e) && change.abs().gt(options.cutThreshold)) {
      report({ path: 'funds.total.adjusted', messageId: 'cutToSpent', data: { initial: canonical(i), executed: canonical(e), change: pct(change.round(4)), initialRate: pct(e.div(i).round(4)) } });
      return;
    }
    if (change.abs().lte(options.threshold)) return;
    report({ path: 'funds.total.adjusted', messageId: 'unexplained', data: { initial: canonical(i), adjusted: canonical(a), change: pct(change.round(4)) } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { initial: '60' }, fiscal: { initial: '60' } } },
    errors: [{ messageId: 'unexplained', path: 'funds.total.adjusted', data: { initial: '60', adjusted: '100', change: '66.67%' } }],
  },
  right: {
    patch: {
      funds: { total: { initial: '60' }, fiscal: { initial: '60' } },
      goals: { actual: '年中追加预算40万元用于扩大培训规模，全年培训企业105家，考核合格率95%。' },
    },
  },
};

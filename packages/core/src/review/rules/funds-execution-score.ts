/** funds-execution-score: the claimed 预算执行 score must follow the template's formula. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2, pct } from '../helpers';

type O = { roundingTolerance: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-execution-score',
  category: 'funds',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '预算执行得分与计分规则不符', en: 'Execution score does not follow the scoring rule' },
    description: {
      zh: '按模板的预算执行率计分办法（线性：分值 × 执行率，封顶分值；或分档）计算应得分，与年度资金总额行填写的得分比较。相差不超过 0.5 分时多半是取整办法不同，作为提示报告“未说明取整规则”；相差更多则为错误。',
      en: "Computes the execution score from the template's formula (linear: weight × rate, capped at the weight; or tiers) and compares it with the score printed on the 年度资金总额 row. A gap of at most 0.5 points is usually a different rounding and is reported as info (rounding rule not stated); a larger gap is an error.",
    },
    basis: {
      zh: '财预〔2020〕10号：预算执行率按“全年执行数 ÷ 全年预算数”计算，得分 = 分值 × 执行率，最高不超过分值（各地模板可分档计分）。',
      en: '财预〔2020〕10号: the execution rate is executed ÷ adjusted budget and its score weight × rate, capped at the weight (local templates may use tiers).',
    },
    fix: {
      zh: '按模板公式重算预算执行得分；如采用取整或分档办法，在表中注明。',
      en: 'Recompute the execution score by the template formula; state any rounding or tier rule on the form.',
    },
  },
  messages: {
    mismatch: {
      zh: '预算执行得分填为 {claimed}，按执行率 {rate} 应为 {proven}',
      en: 'execution score printed as {claimed}; at a rate of {rate} it should be {proven}',
    },
    rounding: {
      severity: 'info',
      zh: '预算执行得分 {claimed} 与按执行率 {rate} 计算的 {proven} 相差不足 {tolerance} 分：未说明取整规则',
      en: 'execution score {claimed} differs from {proven} (rate {rate}) by less than {tolerance}: rounding rule not stated',
    },
  },
  defaultOptions: { roundingTolerance: 0.5 },
  usesTemplate: true,
  inspect({ scored, options, report }) {
    const { claimed, proven, rate } = scored.funds;
    if (claimed === null || proven === null) return;
    const diff = Math.abs(claimed - proven);
    if (diff < 0.005) return;
    const data = { claimed: round2(claimed), proven: round2(proven), rate: rate === null ? '—' : pct(rate), tolerance: options.roundingTolerance };
    const rounding = diff <= options.roundingTolerance + 1e-9;
    report({ path: 'funds.total.score', messageId: rounding ? 'rounding' : 'mismatch', data });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { executed: '80', rate: '80%', score: 10 }, fiscal: { executed: '80', rate: '80%' } } },
    errors: [{ messageId: 'mismatch', path: 'funds.total.score', data: { claimed: '10', proven: '8' } }],
  },
  right: { patch: { funds: { total: { executed: '80', rate: '80%', score: 8 }, fiscal: { executed: '80', rate: '80%' } } } },
};

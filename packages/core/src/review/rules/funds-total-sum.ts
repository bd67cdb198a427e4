/** funds-total-sum: 年度资金总额 must equal 当年财政拨款 + 上年结转资金 + 其他资金 in every column. */
import { Big, canonical } from '../../money';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fundFacts } from '../facts';

type O = Record<string, never>;
const COLUMNS = [
  ['initial', '年初预算数', 'initial budget'],
  ['adjusted', '全年预算数', 'adjusted budget'],
  ['executed', '全年执行数', 'executed'],
] as const;

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-total-sum',
  category: 'funds',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '年度资金总额不等于各来源之和', en: 'Fund total is not the sum of its sources' },
    description: {
      zh: '在年初预算数、全年预算数、全年执行数每一列，检查“年度资金总额”是否等于“当年财政拨款 + 上年结转资金 + 其他资金”。总额与分项不符时，执行率和得分都失去依据；实际表中见过总额填 0 而财政拨款为 90 的情形。',
      en: 'In each column (initial budget, adjusted budget, executed), checks that the 年度资金总额 row equals 当年财政拨款 + 上年结转资金 + 其他资金. When the total and its parts disagree, the execution rate and its score rest on nothing; a real filed form shows a total of 0 beside a fiscal allocation of 90.',
    },
    basis: {
      zh: '项目支出绩效自评表“项目资金”栏：年度资金总额由当年财政拨款、上年结转资金和其他资金构成（财预〔2020〕10号附件）。',
      en: 'The 项目资金 block of the self-evaluation form: the annual total consists of the fiscal allocation, the carry-over and other funds (annex to 财预〔2020〕10号).',
    },
    fix: {
      zh: '核对各来源金额，使年度资金总额等于三项之和；无此来源的行留空或填 0。',
      en: 'Check each source and make the total equal the sum of the three; leave a source blank or 0 when it does not exist.',
    },
  },
  messages: {
    empty: {
      zh: '年度资金总额行为空或为0，而分项合计为年初预算数 {initial}、全年预算数 {adjusted}、全年执行数 {executed}；执行率等按分项合计计算',
      en: 'the 年度资金总额 row is blank or 0 while the sources add up to {initial} / {adjusted} / {executed} (initial / adjusted / executed); the rate and checks use the sources summed',
    },
    mismatch: {
      zh: '{column}：年度资金总额 {total} ≠ 财政拨款 + 上年结转 + 其他资金 = {sum}',
      en: '{columnEn}: fund total {total} ≠ fiscal + carry-over + other = {sum}',
    },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const facts = fundFacts(scored);
    const f = facts.amounts;
    // A total never filled in (blank or 0 beside amounts in its sources) is one fact, not one per column.
    if (facts.total.fromSubRows) {
      if (![f.fiscal, f.carryover, f.other].some((r) => COLUMNS.some(([c]) => r[c] !== null && !r[c]!.eq(0)))) return;
      const show = (b: Big | null) => (b === null ? '（空）' : canonical(b));
      report({ path: 'funds.total', messageId: 'empty', data: { initial: show(facts.total.initial), adjusted: show(facts.total.adjusted), executed: show(facts.total.executed) } });
      return;
    }
    for (const [col, zh, en] of COLUMNS) {
      const parts = [f.fiscal[col], f.carryover[col], f.other[col]];
      const total = f.total[col];
      if (parts.every((p) => p === null)) continue; // nothing to add up
      const sum = parts.reduce<Big>((a, p) => (p ? a.plus(p) : a), new Big(0));
      if (total !== null && total.eq(sum)) continue;
      report({
        path: `funds.total.${col}`,
        messageId: 'mismatch',
        data: { column: zh, columnEn: en, total: total === null ? '（空）' : canonical(total), sum: canonical(sum) },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { initial: '0', adjusted: '90', executed: '85.5', weight: 10, rate: '95%', score: 9.5 }, fiscal: { initial: '90', adjusted: '90', executed: '85.5' } } },
    errors: [{ messageId: 'mismatch', path: 'funds.total.initial', data: { total: '0', sum: '90' } }],
  },
  right: { patch: { funds: { total: { initial: '90', adjusted: '90', executed: '85.5', weight: 10, rate: '95%', score: 9.5 }, fiscal: { initial: '90', adjusted: '90', executed: '85.5' } } } },
};

/** funds-overspent: 全年执行数 above 全年预算数, or negative amounts, in the funds table. */
import { canonical } from '../../money';
import { FUND_KEYS } from '../../model';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { AMOUNT_COLS, FUND_ROW_NAMES, fundFacts } from '../facts';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-overspent',
  category: 'funds',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '执行数超过预算数或金额为负', en: 'Spending above the budget, or a negative amount' },
    description: {
      zh: '资金表任一行的全年执行数大于全年预算数（无全年预算数时比较年初预算数），或任一金额为负数。超预算执行须有调整依据，负数金额通常是录入错误。',
      en: 'Reports a row whose executed amount exceeds its adjusted budget (or the initial budget when no adjusted one is given), and any negative amount. Spending beyond the budget needs an approved adjustment; a negative amount is usually an entry error.',
    },
    basis: {
      zh: '《预算法》：各级预算支出应当按照批准的预算执行；财预〔2020〕10号：执行率 = 全年执行数 ÷ 全年预算数。',
      en: 'Budget Law: spending follows the approved budget; 财预〔2020〕10号: execution rate = executed ÷ adjusted budget.',
    },
    fix: {
      zh: '核对执行数；若预算确已调整，把调整后的数填入全年预算数。',
      en: 'Check the executed amount; if the budget was adjusted, enter the adjusted figure as 全年预算数.',
    },
  },
  messages: {
    overspent: {
      zh: '{row}：全年执行数 {executed} 大于预算数 {budget}',
      en: '{row}: executed {executed} exceeds the budget {budget}',
    },
    negative: { zh: '{row}：金额 {amount} 为负数', en: '{row}: amount {amount} is negative' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const { amounts } = fundFacts(scored);
    for (const key of FUND_KEYS) {
      const r = amounts[key];
      for (const col of AMOUNT_COLS) {
        const v = r[col];
        if (v && v.lt(0)) report({ path: `funds.${key}.${col}`, messageId: 'negative', data: { row: FUND_ROW_NAMES[key], amount: canonical(v) } });
      }
      const budget = r.adjusted ?? r.initial;
      const executed = r.executed;
      if (budget && executed && budget.gte(0) && executed.gt(budget)) {
        report({ path: `funds.${key}.executed`, messageId: 'overspent', data: { row: FUND_ROW_NAMES[key], executed: canonical(executed), budget: canonical(budget) } });
      }
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { total: { executed: '105', rate: '105%', score: 10 }, fiscal: { executed: '105', rate: '105%' } } },
    errors: [
      { messageId: 'overspent', path: 'funds.total.executed', data: { executed: '105', budget: '100' } },
      { messageId: 'overspent', path: 'funds.fiscal.executed', data: { executed: '105', budget: '100' } },
    ],
  },
  right: { patch: { funds: { total: { adjusted: '105', executed: '105', rate: '100%', score: 10 }, fiscal: { adjusted: '105', executed: '105', rate: '100%' } } } },
};

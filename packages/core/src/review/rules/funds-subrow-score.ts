/** funds-subrow-score: 分值/得分 repeated on a source row of the funds table (double counting). */
import { FUND_KEYS } from '../../model';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { FUND_ROW_NAMES } from '../facts';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'funds-subrow-score',
  category: 'funds',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '资金分项行重复填写分值或得分', en: 'Weight or score repeated on a funds source row' },
    description: {
      zh: '分值和得分只属于年度资金总额行；当年财政拨款、上年结转、其他资金行应填“—”。分项行再填分值或得分，汇总时有重复计分的风险。',
      en: 'Weight and score belong to the 年度资金总额 row only; the source rows carry "—". A weight or score repeated on a source row risks being counted twice when totals are added up.',
    },
    basis: {
      zh: '项目支出绩效自评表格式：分值、得分栏在分项行为“—”。',
      en: 'The form layout: the weight and score cells of the source rows are "—".',
    },
    fix: { zh: '删去分项行的分值和得分，只在年度资金总额行填写。', en: 'Remove the weight and score from the source rows.' },
  },
  messages: {
    repeated: {
      zh: '{row}行填写了分值/得分（{value}），可能重复计分',
      en: '{rowEn} row carries a weight/score ({value}): risk of double counting',
    },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const f = scored.evaluation.funds;
    for (const key of FUND_KEYS) {
      if (key === 'total') continue;
      const r = f[key];
      if (r.weight === null && r.score === null) continue;
      report({
        path: `funds.${key}.${r.score !== null ? 'score' : 'weight'}`,
        messageId: 'repeated',
        data: { row: FUND_ROW_NAMES[key], rowEn: key, value: `${r.weight ?? '—'}/${r.score ?? '—'}` },
      });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { funds: { fiscal: { weight: 10, score: 9.5 } } },
    errors: [{ messageId: 'repeated', path: 'funds.fiscal.score', data: { value: '10/9.5' } }],
  },
  right: { patch: {} },
};

/** total-sum: the claimed 总分 must equal the sum of the claimed scores. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2 } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'total-sum',
  category: 'score',
  defaultSeverity: 'error',
  docs: {
    title: { zh: '总分不等于各项得分之和', en: 'Total is not the sum of the scores' },
    description: {
      zh: '表上填写的总分得分应等于各指标得分之和（模板将预算执行率计入总分时，加上预算执行得分）。',
      en: 'The printed 总分 score must equal the sum of the indicator scores (plus the execution score when the template counts it).',
    },
    basis: { zh: '财预〔2020〕10号：总分为各项指标得分之和。', en: '财预〔2020〕10号: the total is the sum of the indicator scores.' },
    fix: { zh: '重新加总各项得分，改正总分。', en: 'Add the scores again and correct the total.' },
  },
  messages: {
    mismatch: { zh: '总分填为 {claimed}，各项得分合计 {sum}', en: 'total printed as {claimed}; the scores add up to {sum}' },
  },
  defaultOptions: {},
  requires: 'whole-form',
  inspect({ scored, report }) {
    const { claimedTotal, claimedSum } = scored.totals;
    if (claimedTotal === null) return;
    if (Math.abs(claimedTotal - claimedSum) > 0.005) report({ path: 'total.score', messageId: 'mismatch', data: { claimed: round2(claimedTotal), sum: round2(claimedSum) } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: { patch: { total: { score: 100 } }, errors: [{ messageId: 'mismatch', path: 'total.score', data: { claimed: '100', sum: '99.5' } }] },
  right: { patch: { total: { score: 99.5 } } },
};

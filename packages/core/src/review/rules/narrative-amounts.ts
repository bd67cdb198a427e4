/** narrative-amounts: amounts in the goals narrative that contradict the funds table. */
import { toBaseUnit, unitInfo } from '../../grammar';
import { Big, canonical } from '../../money';
import { FUND_KEYS } from '../../model';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fundFacts } from '../facts';
import { fundsFactor } from '../helpers';

type O = { closeShare: number };
const COLS = ['initial', 'adjusted', 'executed'] as const;
/** Half a unit of the last digit printed in a decimal text, in 元 (factor 元 per unit): "45.90" 万元 → 50. */
function halfStep(text: string, factor: number): Big {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.trim().length - dot - 1;
  const key = decimals * 1e9 + factor;
  let step = STEPS.get(key);
  if (step === undefined) {
    step = new Big(factor).div(new Big(10).pow(decimals)).div(2);
    if (STEPS.size < 1000) STEPS.set(key, step);
  }
  return step;
}
const STEPS = new Map<number, Big>();

const AMOUNT = /(\d+(?:\.\d+)?)\s*(亿元|万元|元)/g;

/** The rule. */
export const rule: Rule<O> = {
  id: 'narrative-amounts',
  category: 'narrative',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '文字中的金额与资金表不符', en: 'Amounts in the narrative contradict the funds table' },
    description: {
      zh: '从年度总体目标的文字中读出金额，与资金表中的各项金额比较：超过项目全部资金的，或与表中某一金额接近（默认相差 10% 以内）却不相等的，视为相互矛盾。两个金额按二者中较粗的印刷精度比较：45.90万元与 45.8966 万元一致，458966元与 45.8966万元一致。',
      en: 'Reads amounts from the goals narrative and compares them with the funds table: an amount above all of the project\'s money, or close to a table amount (within 10% by default) without equalling it, contradicts the table. Two amounts are compared at the coarser of their printed precisions: 45.90万元 equals 45.8966万元, 458966元 equals 45.8966万元.',
    },
    basis: { zh: '财预〔2020〕10号：自评内容应真实、准确，文字说明与表格数据一致。', en: '财预〔2020〕10号: the self-evaluation is accurate; narrative and table agree.' },
    fix: { zh: '核对文字中的金额，使之与资金表一致。', en: 'Make the amounts in the narrative match the funds table.' },
  },
  messages: {
    exceeds: { zh: '{part}提到 {amount}，超过资金表全部金额 {max}{unit}', en: '{partEn} mentions {amount}, more than all the money in the table ({max}{unit})' },
    differs: { zh: '{part}提到 {amount}，与资金表中的 {near}{unit} 接近但不一致', en: '{partEn} mentions {amount}, close to but not equal to {near}{unit} in the table' },
  },
  defaultOptions: { closeShare: 0.1 },
  inspect({ scored, options, report }) {
    const ev = scored.evaluation;
    if (!ev.goals.expected.includes('元') && !ev.goals.actual.includes('元')) return; // no amount to read
    const factor = fundsFactor(scored);
    const table: Big[] = [];
    // Half the last printed digit of each table amount, in 元: 45.8966万元 is exact to 0.5元.
    const halfSteps: Big[] = [];
    const amounts = fundFacts(scored).amounts;
    for (const k of FUND_KEYS) for (const c of COLS) {
      const v = amounts[k][c];
      if (!v || !v.gt(0)) continue;
      table.push(v.times(factor));
      halfSteps.push(halfStep(String(ev.funds[k]?.[c] ?? ''), factor));
    }
    if (table.length === 0) return;
    const max = table.reduce((a, b) => (b.gt(a) ? b : a));
    const parts = [
      ['expected', '预期目标', 'the expected goal'],
      ['actual', '实际完成情况', 'the account of what was achieved'],
    ] as const;
    for (const [key, zh, en] of parts) {
      for (const m of ev.goals[key].matchAll(AMOUNT)) {
        const yuan = toBaseUnit(m[1], m[2]);
        if (yuan === null) continue;
        const v = new Big(yuan);
        // Equal at the coarser of the two printed precisions: 45.90万元 is 45.8966, 458966元 is 45.8966万元.
        const mine = halfStep(m[1], Number(unitInfo(m[2]).factor));
        if (v.lte(0) || table.some((t, i) => v.minus(t).abs().lte(mine.gt(halfSteps[i]) ? mine : halfSteps[i]))) continue;
        const data = { part: zh, partEn: en, amount: m[0], unit: ev.funds.unit };
        if (v.gt(max.times(1 + options.closeShare))) {
          report({ path: `goals.${key}`, messageId: 'exceeds', data: { ...data, max: canonical(max.div(factor)) } });
          continue;
        }
        const near = table.find((t) => v.minus(t).abs().div(t).lte(options.closeShare));
        if (near) report({ path: `goals.${key}`, messageId: 'differs', data: { ...data, near: canonical(near.div(factor)) } });
      }
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { goals: { actual: '全年培训企业105家，支出资金98万元，考核合格率95%。' } },
    errors: [{ messageId: 'differs', path: 'goals.actual', data: { amount: '98万元', near: '100' } }],
  },
  right: { patch: { goals: { actual: '全年培训企业105家，支出资金95万元，考核合格率95%。' } } },
};

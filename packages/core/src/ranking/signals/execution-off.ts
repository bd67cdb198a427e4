/** execution-off: a budget execution rate (预算执行率) far from 100%, below or above. */
import { Big } from '../../money';
import { round2, pct } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = { tolerance: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'execution-off',
  docs: {
    title: { zh: '执行率偏离', en: 'Execution rate off' },
    what: {
      zh: '预算执行率（全年执行数 ÷ 全年预算数，按资金数据重新计算）偏离 100% 超过容差（默认 5 个百分点）的部分，以百分点计；执行率低于或高于 100% 都计入。资金数据不全、算不出执行率时不计。',
      en: 'How far the execution rate (executed ÷ adjusted budget, recomputed from the funds) is from 100% beyond a tolerance (5 percentage points by default), in percentage points; under- and overspending both count. Nothing is counted when the funds do not give a rate.',
    },
    why: {
      zh: '执行率低说明资金沉淀、项目进度滞后，而产出和效益指标却常常仍报满分；执行率超过 100% 说明超预算支出。多地把执行率作为抽查和下年度预算调减的依据。',
      en: 'A low rate means money left unspent and a project behind schedule, while its output and outcome indicators often still claim full marks; above 100% means spending beyond the budget. Many localities use the rate to pick forms for sampling and to cut next year’s budget.',
    },
    unit: { zh: '超出容差的每个百分点', en: 'per percentage point beyond the tolerance' },
  },
  messages: {
    low: { zh: '预算执行率 {rate}，低于 100% {off} 个百分点', en: 'execution rate {rate}, {off} points below 100%' },
    high: { zh: '预算执行率 {rate}，超过 100% {off} 个百分点（超预算支出）', en: 'execution rate {rate}, {off} points above 100% (spent beyond the budget)' },
  },
  defaultOptions: { weight: 0.5, cap: 20, tolerance: 5 },
  optionDocs: {
    weight: { zh: '每个百分点的风险分', en: 'risk points per percentage point' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    tolerance: { zh: '不计入的偏离（百分点）', en: 'deviation not counted (percentage points)' },
  },
  measure({ scored }, o) {
    const rate = scored.funds.rate;
    if (rate === null) return null;
    const r = new Big(rate);
    // Percentage points off 100%, exact until the final number.
    const off = r.minus(1).abs().times(100);
    const amount = Number(off) - o.tolerance;
    if (amount <= 0) return null;
    return { amount, messageId: r.lt(1) ? 'low' : 'high', data: { rate: pct(r), off: round2(off.toString()) } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '全年预算 100 万元，执行 62 万元，执行率 62%。', en: 'Budget 100 万元, 62 万元 spent: a rate of 62%.' }, 
    patch: {
      funds: { total: { executed: '62', rate: '62%', score: 6.2 }, fiscal: { executed: '62', rate: '62%' } },
      total: { score: 96.2 },
    },
  },
  quiet: {
    note: { zh: '示例基础表：执行率 95%，在容差之内。', en: 'The example base form: 95% executed, within the tolerance.' },  patch: {} },
};

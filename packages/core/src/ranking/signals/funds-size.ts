/** funds-size: how much money the project had, on a log scale (materiality). */
import { Big } from '../../money';
import { round2 } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = { floor: number };

/** The signal. */
export const signal: Signal<O> = {
  id: 'funds-size',
  docs: {
    title: { zh: '资金规模', en: 'Funds size' },
    what: {
      zh: '项目全年预算数（无全年预算数时取年初预算数；以元填报的折算为万元）超过起点（默认 10 万元）的数量级：log10(预算数 ÷ 起点)。100 万元计 1，1000 万元计 2，1 亿元计 3。',
      en: 'The orders of magnitude by which the project’s adjusted budget (the initial budget when there is none; 元 converted to 万元) exceeds a floor (10 万元 by default): log10(budget ÷ floor). 100 万元 counts 1, 1,000 万元 2, 100 million 元 3.',
    },
    why: {
      zh: '抽查应按重要性原则优先覆盖资金量大的项目：同样的虚高，资金越多，对预算安排和公开结果的影响越大。取对数使大项目优先而不压倒其他信号。',
      en: 'Sampling should favour material projects: the same inflation matters more the more money it concerns, for the next budget and for what is published. The log keeps large projects ahead without drowning every other signal.',
    },
    unit: { zh: '超过起点的每个数量级（10 倍）', en: 'per order of magnitude (×10) above the floor' },
  },
  messages: {
    size: { zh: '全年预算 {amount}{unit}，为起点 {floor} 万元的 {times} 倍', en: 'budget of {amount} {unit}, {times} times the floor of {floor} 万元' },
  },
  defaultOptions: { weight: 5, cap: 20, floor: 10 },
  optionDocs: {
    weight: { zh: '每个数量级的风险分', en: 'risk points per order of magnitude' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    floor: { zh: '起点（万元），不超过起点的项目不计', en: 'floor in 万元; budgets at or below it count nothing' },
  },
  measure({ scored }, o) {
    const row = scored.evaluation.funds.total;
    const text = row.adjusted ?? row.initial;
    if (text === null || o.floor <= 0) return null;
    let amount: Big;
    try {
      amount = new Big(text);
    } catch {
      return null;
    }
    if (scored.evaluation.funds.unit === '元') amount = amount.div(10000);
    const times = amount.div(o.floor);
    if (times.lte(1)) return null;
    return {
      amount: Math.log10(Number(times)),
      messageId: 'size',
      // The amount as the form wrote it, in its own unit: text the user wrote is kept verbatim.
      data: { amount: text.trim(), unit: scored.evaluation.funds.unit, floor: round2(o.floor), times: round2(times.round(2).toString()) },
    };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '示例基础表：全年预算 100 万元。', en: 'The example base form: a budget of 100 万元.' },  patch: {} },
  quiet: {
    note: { zh: '全年预算 8 万元，低于起点 10 万元。', en: 'A budget of 8 万元, below the 10 万元 floor.' }, 
    patch: {
      funds: {
        total: { initial: '8', adjusted: '8', executed: '7.6', rate: '95%' },
        fiscal: { initial: '8', adjusted: '8', executed: '7.6', rate: '95%' },
      },
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: 20 },
        { level2: '质量指标', name: '培训考核合格率', target: '≥90%', actual: '95%', weight: 10, score: 10 },
        { level2: '时效指标', name: '培训完成时间', target: '2020年11月30日前', actual: '2020年11月20日', weight: 10, score: 10 },
        { level2: '成本指标', name: '培训总成本', target: '≤8万元', actual: '7.6万元', weight: 10, score: 10 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 15, score: 15 },
        { level2: '可持续影响指标', name: '持续跟踪服务企业数', target: '≥30家', actual: '32家', weight: 15, score: 15 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
  },
};

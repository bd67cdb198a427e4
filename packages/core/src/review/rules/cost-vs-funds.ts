/** cost-vs-funds: a 成本指标 amount far from the funds actually spent, or a 100% cost rate beside low execution. */
import { toBaseUnit, unitInfo } from '../../grammar';
import { Big, canonical } from '../../money';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { fundFacts } from '../facts';
import { fullMarks, fundsFactor, kind, pct, rowNames } from '../helpers';

type O = { tolerance: number; rateTolerance: number };
// A cost per person, household, mu or pupil is a standard, not the total spent.
const PER_UNIT = /每(?:人|户|亩|名|生|次|家|个|年|月)|人均|户均|亩均|生均|单价|单位成本|标准/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'cost-vs-funds',
  category: 'evidence',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '成本指标与资金执行数不一致', en: 'Cost indicator disagrees with the funds spent' },
    description: {
      zh: '成本指标的完成值是金额时，与资金表的全年执行数比较，相差超过容差（默认 30%）即提示：要么成本指标只覆盖部分支出，要么两处有一处不实；资金已全部执行而成本指标远低于执行数时，报告为警告。几项成本指标合计等于执行数的，是支出的组成部分，不报告；人均、亩均等单位成本不与总额比较。成本指标写成“成本控制率 100%”并得满分，而预算执行率明显低于 100% 时，两者相互矛盾，报告为警告。',
      en: 'When a cost indicator\'s actual is an amount, it is compared with the executed funds; a gap above the tolerance (30% by default) is noted: the indicator covers only part of the spending, or one of the two is wrong; when the funds were executed in full and the cost row states far less, it is a warning. Cost rows that add up to the executed funds are parts of it and are not reported; per-unit costs are not compared with the total. A "cost control rate" of 100% with full marks beside an execution rate well below 100% is a contradiction and a warning.',
    },
    basis: { zh: '财预〔2021〕101号：成本指标反映项目实施的成本，应与预算支出标准和实际支出相衔接。', en: '财预〔2021〕101号: cost indicators reflect the cost of delivery and must tie to spending standards and actual spending.' },
    fix: { zh: '核对成本指标与执行数，说明差额的构成。', en: 'Reconcile the cost indicator with the executed funds and explain the difference.' },
  },
  messages: {
    amount: { zh: '{what}完成值 {actual}，而全年执行数为 {executed}{unit}', en: '{whatEn}: actual {actual}, while {executed}{unit} was spent' },
    amountShort: {
      severity: 'warning',
      zh: '{what}完成值 {actual}，而资金已全部执行，全年执行数为 {executed}{unit}：成本指标未反映实际支出',
      en: '{whatEn}: actual {actual}, while the funds were executed in full ({executed}{unit}): the cost indicator does not account for the spending',
    },
    rate: {
      severity: 'warning',
      zh: '{what}完成值 {actual} 且得满分，而预算执行率只有 {rate}',
      en: '{whatEn}: actual {actual} with full marks, while the execution rate is only {rate}',
    },
  },
  defaultOptions: { tolerance: 0.3, rateTolerance: 0.05 },
  inspect({ scored, options, report }) {
    const ev = scored.evaluation;
    const executed = fundFacts(scored).total.executed;
    const rate = scored.funds.rate === null ? null : Number(scored.funds.rate);
    const spent = executed && executed.gt(0) ? executed.times(fundsFactor(scored)) : null;
    // The amounts of the cost rows in 元 (per-unit costs aside): rows that add up to what was
    // spent are parts of the spending (办公 15 + 维修 35 + 水电 14.8 = 64.8), not contradictions.
    const amounts = new Map<number, Big>();
    for (const s of scored.indicators) {
      if (kind(s) !== 'cost' || s.actual.kind !== 'number') continue;
      const info = unitInfo(s.actual.unit);
      if (info.kind !== 'money' || info.base !== '元' || PER_UNIT.test(ev.indicators[s.index].name)) continue;
      const amount = toBaseUnit(s.actual.value, s.actual.unit);
      if (amount !== null) amounts.set(s.index, new Big(amount));
    }
    const parts = spent !== null && amounts.size > 1 && [...amounts.values()].reduce((a, b) => a.plus(b), new Big(0)).minus(spent).abs().lte(spent.times(0.005));
    // Executed in full, yet the cost row states far less: the cost indicator does not account for the money.
    const fullyExecuted = rate !== null && rate >= 1 - options.rateTolerance;
    for (const s of scored.indicators) {
      if (kind(s) !== 'cost' || s.actual.kind !== 'number') continue;
      const a = s.actual;
      const x = ev.indicators[s.index];
      const info = unitInfo(a.unit);
      if (info.kind === 'money' && info.base === '元') {
        const amount = amounts.get(s.index);
        // |amount − spent| / spent > tolerance, without the division (spent > 0).
        if (spent !== null && amount !== undefined && !parts && amount.minus(spent).abs().gt(spent.times(options.tolerance))) {
          const messageId = fullyExecuted && amount.lt(spent) ? 'amountShort' : 'amount';
          report({ path: `indicators[${s.index}].actual`, messageId, data: { ...rowData(x.name, s.index, x.actual), executed: executed === null ? '' : canonical(executed), unit: ev.funds.unit } });
        }
        continue;
      }
      const isRate = a.unit === '%' || (a.unit === null && /率/.test(x.name));
      if (isRate && Number(a.value) >= 100 && fullMarks(s) && rate !== null && rate < 1 - options.rateTolerance) {
        report({ path: `indicators[${s.index}].actual`, messageId: 'rate', data: { ...rowData(x.name, s.index, x.actual), rate: pct(rate) } });
      }
    }
  },
};

// Built only when a report is made: most rows pass.
function rowData(name: string, index: number, actual: string) {
  return { ...rowNames(name, index), actual: actual.trim() };
}

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '培训总成本', target: '≤100万元', actual: '25万', weight: 10, score: 10 }] },
    errors: [{ messageId: 'amountShort', path: 'indicators[0].actual', data: { actual: '25万', executed: '95' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '培训总成本', target: '≤100万元', actual: '95万元', weight: 10, score: 10 }] } },
};

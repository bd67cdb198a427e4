/** target-too-low: a rate target set below what the indicator's nature requires, so it is always met. */
import { toSimplified } from '../../grammar/traditional';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = { budgetMin: number; completionMin: number };

// Budget execution, completion, payment and arrival of funds: the finance bureau scores execution
// against 100% and treats under 90% as poor execution, so a target below 90% plans poor execution.
const BUDGET = /(?:预算|资金|经费|财政|支出|项目).{0,4}(?:执行|完成|支出|支付|拨付|到位)率|^(?:预算)?执行率$|(?:资金|经费|款项?).{0,2}到位(?:及时)?率|(?:拨付|支付)(?:及时)?率/;
// 到位率 alone is not about money: 配方肥到位率 (corpus 116) counts fertiliser delivered.
// A unit's own planned work done: 任务完成率, 项目完成率, 工程完工率. Not outcomes the unit does not
// control (治愈率, 就业率, 覆盖率), which may honestly sit lower.
const COMPLETION = /(?:任务|工作|计划|项目|工程|建设)?(?:完成|完工|实施|办结)率/;
// Lower-is-better rates and their relatives are no floors: 预算调整率, 结转结余率, 偏差率.
const NOT_A_FLOOR = /调整|结余|结转|偏差|变动|差异|下降|减少|降低|投诉|事故|发生|损失|超支|未完成/;
const FLOOR_OPS = new Set(['>=', '>', '=']);

/** The rule. */
export const rule: Rule<O> = {
  id: 'target-too-low',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标值定得过低', en: 'Target set too low' },
    description: {
      zh: '比率类指标的指标值低于该类指标的性质所要求的水平，目标总能达到，不能反映绩效：预算执行率、资金到位率、支付率等资金执行类指标低于 90%（默认），任务完成率、完工率等单位自身工作的完成类指标低于 90%（默认）。满意度由 satisfaction-target 检查；“≥0”“≤100%”等任何结果都成立的指标值由 target-cannot-fail 报告。',
      en: "A rate target below the level the indicator's nature requires, so it is always met and measures nothing: a budget execution, funds arrival or payment rate below 90% (default), or a completion rate of the unit's own planned work (任务完成率, 完工率) below 90% (default). Satisfaction is satisfaction-target's check; a target every outcome meets (≥0, ≤100%) is target-cannot-fail's.",
    },
    basis: {
      zh: '财预〔2020〕10号及各地项目支出绩效目标编报指引：绩效指标值应体现合理的绩效水平，不得为“保底”目标；预算执行率按 100% 计分。',
      en: '财预〔2020〕10号 and local target guides: a target states a reasonable level of performance, not a floor sure to be met; budget execution is scored against 100%.',
    },
    fix: { zh: '按项目应达到的水平设定指标值（如预算执行率 ≥90% 或 100%），并说明依据。', en: 'Set the target at the level the project should reach (e.g. budget execution ≥90% or 100%) and state the basis.' },
  },
  messages: {
    budget: { zh: '{what}指标值 {target} 低于资金执行类指标通常要求的 {min}%，目标定得过低', en: '{whatEn}: target {target} is below the {min}% a budget execution measure normally requires; set too low' },
    completion: { zh: '{what}指标值 {target} 低于完成类指标通常要求的 {min}%，目标定得过低', en: '{whatEn}: target {target} is below the {min}% a completion measure normally requires; set too low' },
  },
  defaultOptions: { budgetMin: 90, completionMin: 90 },
  inspect({ scored, options, report }) {
    for (const s of scored.indicators) {
      const t = s.target;
      if (t.kind !== 'number' || t.unit !== '%' || (t.op !== null && !FLOOR_OPS.has(t.op)) || kind(s) === 'satisfaction') continue;
      const x = scored.evaluation.indicators[s.index];
      const name = toSimplified(x.name).replace(/\s+/g, '');
      if (NOT_A_FLOOR.test(name)) continue;
      const messageId = BUDGET.test(name) ? 'budget' : COMPLETION.test(name) ? 'completion' : null;
      if (messageId === null) continue;
      const min = messageId === 'budget' ? options.budgetMin : options.completionMin;
      const v = Number(t.value);
      // A zero floor is target-cannot-fail's finding.
      if (v > 0 && v < min) report({ path: `indicators[${s.index}].target`, messageId, data: { ...rowNames(x.name, s.index), target: x.target.trim(), min } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '预算完成率', target: '70%', actual: '76%', weight: 10, score: 10 }] },
    errors: [{ messageId: 'budget', path: 'indicators[0].target', data: { target: '70%', min: 90 } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '质量指标', name: '预算完成率', target: '≥95%', actual: '96%', weight: 10, score: 10 }] } },
};

/** cost-qualitative: a 成本指标 without an amount ("符合相关规定"). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'cost-qualitative',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '成本指标为定性表述', en: 'Cost indicator without an amount' },
    description: {
      zh: '成本指标的指标值是“符合相关规定”“严格控制”之类的定性表述，没有金额、单价或比率，无法判断成本是否得到控制。',
      en: 'A cost indicator whose target is wording such as "符合相关规定" or "严格控制" with no amount, unit cost or rate cannot show whether cost was controlled.',
    },
    basis: { zh: '财预〔2021〕101号：成本指标应量化，反映预算支出标准和成本控制。', en: '财预〔2021〕101号: cost indicators are quantified against spending standards.' },
    fix: { zh: '写明总成本上限、单位成本或成本节约率。', en: 'State a cost ceiling, a unit cost or a savings rate.' },
  },
  messages: {
    qualitative: { zh: '{what}是成本指标，指标值“{target}”没有金额或比率', en: '{whatEn} is a cost indicator but its target "{target}" has no amount or rate' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      // A damaged target ("M.8万元") had an amount: value-unreadable reports it.
      if (kind(s) !== 'cost' || s.damage?.target || (s.target.kind !== 'qualitative' && s.target.kind !== 'unknown')) continue;
      const x = scored.evaluation.indicators[s.index];
      report({ path: `indicators[${s.index}].target`, messageId: 'qualitative', data: { ...rowNames(x.name, s.index), target: x.target.trim() } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '项目成本', target: '符合相关规定', actual: '符合', weight: 10, score: 10 }] },
    errors: [{ messageId: 'qualitative', path: 'indicators[0].target', data: { target: '符合相关规定' } }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '成本指标', name: '项目成本', target: '≤100万元', actual: '95万元', weight: 10, score: 10 }] } },
};

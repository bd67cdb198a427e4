/** target-cannot-fail: targets that any outcome meets (≥0, ≤100%). */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { rowNames } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'target-cannot-fail',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标值不可能未完成', en: 'Target that cannot fail' },
    description: {
      zh: '指标值对任何结果都成立，如“≥0”“>0 个”的下限为零，或比率上限“≤100%”。这样的指标不约束任何结果，得分没有意义。',
      en: 'A target every outcome meets: a floor of zero ("≥0", ">0个") or a rate ceiling of "≤100%". It constrains nothing, so its score means nothing.',
    },
    basis: { zh: '财预〔2021〕101号：指标值应根据计划标准、行业标准、历史标准等合理确定，体现绩效改进。', en: '财预〔2021〕101号: targets rest on plans, industry or historical standards and aim at improvement.' },
    fix: { zh: '按计划或历史水平设定有约束力的指标值。', en: 'Set a target from the plan or past results that can actually be missed.' },
  },
  messages: {
    floorZero: { zh: '{what}指标值“{target}”下限为零，任何结果都达标', en: '{whatEn}: the target "{target}" has a floor of zero; any result meets it' },
    ceilingAll: { zh: '{what}指标值“{target}”上限为 100%，任何结果都达标', en: '{whatEn}: the target "{target}" caps a rate at 100%; any result meets it' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const t = s.target;
      if (t.kind !== 'number') continue;
      const x = scored.evaluation.indicators[s.index];
      const v = Number(t.value);
      if ((t.op === '>=' && v <= 0) || (t.op === '>' && v < 0)) report({ path: `indicators[${s.index}].target`, messageId: 'floorZero', data: { ...rowNames(x.name, s.index), target: x.target.trim() } });
      else if ((t.op === '<=' || t.op === '<') && t.unit === '%' && v >= (t.op === '<' ? 100.0001 : 100)) report({ path: `indicators[${s.index}].target`, messageId: 'ceilingAll', data: { ...rowNames(x.name, s.index), target: x.target.trim() } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '新增服务企业数', target: '≥0家', actual: '12家', weight: 20, score: 20 }] },
    errors: [{ messageId: 'floorZero', path: 'indicators[0].target' }],
  },
  right: { patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '新增服务企业数', target: '≥10家', actual: '12家', weight: 20, score: 20 }] } },
};

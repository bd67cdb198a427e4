/** weight-concentrated: one indicator carrying a large share of the points — a risk signal. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2, rowNames } from '../helpers';

type O = { maxWeight: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'weight-concentrated',
  category: 'structure',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '单项指标分值过于集中', en: 'One indicator carries too many points' },
    description: {
      zh: '一个三级指标的分值达到 30 分或以上（可配置），整张表的得分主要取决于这一行：该行的完成值、证据和评分方式决定了结果。这是风险信号，提示复核人重点核对该指标，并考虑指标体系是否足以反映项目的产出和效益。',
      en: 'One third-level indicator carries 30 points or more (configurable): the form\'s score rests mostly on that row, its actual, its evidence and how it was scored. It is a risk signal for the reviewer to check that row first, and to ask whether the indicators cover the project\'s outputs and benefits.',
    },
    basis: { zh: '财预〔2021〕101号：指标应高度关联、重点突出；三级指标分值由单位根据重要程度设置，原则上不宜过度集中。', en: '财预〔2021〕101号: indicators are relevant and focused; units weight third-level indicators by importance, which should not rest on a single row.' },
    fix: { zh: '把该指标拆分为可分别评价的产出、效益指标，或说明集中设置分值的理由。', en: 'Split the indicator into outputs and benefits that can be judged separately, or explain why the points are concentrated.' },
  },
  messages: {
    heavy: { zh: '{what}一项分值 {weight} 分，得分主要取决于这一行', en: '{whatEn} alone carries {weight} points: the score rests mostly on this row' },
  },
  defaultOptions: { maxWeight: 30 },
  inspect({ scored, options, report }) {
    for (const s of scored.indicators) {
      // A row without a printed 分值 carries at least the points it claims.
      const carried = s.weight ?? s.claimed;
      if (carried === null || !(carried >= options.maxWeight)) continue;
      const x = scored.evaluation.indicators[s.index];
      report({ path: `indicators[${s.index}].${s.weight === null ? 'score' : 'weight'}`, messageId: 'heavy', data: { ...rowNames(x.name, s.index), weight: round2(carried) } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 60, score: 60 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 20, score: 20 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
    errors: [{ messageId: 'heavy', path: 'indicators[0].weight', data: { weight: '60' } }],
  },
  right: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 25, score: 25 },
        { level2: '质量指标', name: '培训考核合格率', target: '≥90%', actual: '95%', weight: 25, score: 25 },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 20, score: 20 },
        { level2: '可持续影响指标', name: '持续跟踪服务企业数', target: '≥30家', actual: '32家', weight: 10, score: 10 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
  },
};

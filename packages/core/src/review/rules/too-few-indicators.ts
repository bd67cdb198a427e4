/** too-few-indicators: fewer indicators than the template's minimum. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'too-few-indicators',
  category: 'structure',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标数量过少', en: 'Too few indicators' },
    description: {
      zh: '有内容的三级指标少于模板规定的最少数量（默认 3 个）。指标过少不能全面反映项目的产出和效益。',
      en: "Fewer third-level indicators with content than the template's minimum (3 by default): too few to show the project's outputs and benefits.",
    },
    basis: { zh: '地方绩效目标管理办法：每个项目至少设置 3 个三级指标（模板可调整）。', en: 'Local target rules: at least 3 third-level indicators per project (set by the template).' },
    fix: { zh: '补充反映产出、效益和满意度的指标。', en: 'Add indicators for outputs, benefits and satisfaction.' },
  },
  messages: {
    tooFew: { zh: '只有 {count} 个指标，少于 {min} 个', en: 'only {count} indicators, fewer than {min}' },
  },
  defaultOptions: {},
  requires: 'whole-table',
  inspect({ scored, report }) {
    const count = scored.evaluation.indicators.filter((x) => !isBlank(x.name)).length;
    const min = scored.template.minIndicators;
    if (count < min) report({ path: 'indicators', messageId: 'tooFew', data: { count, min } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 90, score: 90 }] },
    errors: [{ messageId: 'tooFew', path: 'indicators', data: { count: 1, min: 3 } }],
  },
  right: { patch: {} },
};

/** satisfaction-target: a satisfaction target below the template's minimum. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { kind, rowNames } from '../helpers';

type O = Record<string, never>;
const SATISFACTION_NAME = /满意/;

/** The rule. */
export const rule: Rule<O> = {
  id: 'satisfaction-target',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '满意度指标值不合理', en: 'Unreasonable satisfaction target' },
    description: {
      zh: '满意度指标值低于模板规定的下限（默认 90%），目标定得过低。高于 100% 的值（如 290%，多为“≥90%”被误识）无法辨认，由 value-unreadable 报告。',
      en: "A satisfaction target below the template's minimum (90% by default) is set too low. A value above 100% (290%, mostly a misread \"≥90%\") cannot be read and is value-unreadable's finding.",
    },
    basis: { zh: '各地绩效目标编报指引：服务对象满意度一般不低于 90%；比率不能超过 100%。', en: 'Local target guides: satisfaction is normally at least 90%; a rate cannot exceed 100%.' },
    fix: { zh: '按实际要求填写满意度指标值（如 ≥90%），并说明调查方式。', en: 'Enter the intended target (e.g. ≥90%) and state how satisfaction is surveyed.' },
  },
  messages: {
    belowMin: { zh: '{what}指标值 {target} 低于 {min}%', en: '{whatEn}: target {target} is below {min}%' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    for (const s of scored.indicators) {
      const t = s.target;
      const x = scored.evaluation.indicators[s.index];
      if (kind(s) !== 'satisfaction' || t.kind !== 'number' || t.unit !== '%' || !SATISFACTION_NAME.test(x.name)) continue;
      const v = Number(t.value);
      const min = scored.template.satisfactionMinTarget;
      if (v < min) report({ path: `indicators[${s.index}].target`, messageId: 'belowMin', data: { ...rowNames(x.name, s.index), target: x.target.trim(), min } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '市民满意度调查', target: '≥80%', actual: '100%', weight: 10, score: 10 }] },
    errors: [{ messageId: 'belowMin', path: 'indicators[0].target', data: { target: '≥80%', min: 90 } }],
  },
  right: { patch: { indicators: [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '市民满意度调查', target: '≥90%', actual: '100%', weight: 10, score: 10 }] } },
};

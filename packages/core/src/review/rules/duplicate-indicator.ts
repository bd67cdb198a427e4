/** duplicate-indicator: the same indicator listed twice. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, rowNames, squash } from '../helpers';
import { LEFTOVER } from './template-leftover';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'duplicate-indicator',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '指标重复', en: 'Duplicate indicator' },
    description: {
      zh: '同一个三级指标名称出现两次以上。重复的指标会重复计分，也掩盖了本应设置的其他指标。',
      en: 'The same third-level indicator name appears more than once. A duplicate is scored twice and hides an indicator that should have been set.',
    },
    basis: { zh: '财预〔2021〕101号：指标应重点突出、相互独立，避免交叉重复。', en: '财预〔2021〕101号: indicators are focused and independent, without overlap.' },
    fix: { zh: '删除重复行，或改为反映不同内容的指标。', en: 'Remove the duplicate or replace it with an indicator of something else.' },
  },
  messages: {
    duplicate: { zh: '{what}与第 {firstRow} 行重复', en: '{whatEn} repeats row {firstRow}' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const first = new Map<string, number>();
    scored.evaluation.indicators.forEach((x, i) => {
      if (isBlank(x.name) || LEFTOVER.test(x.name.trim()) && squash(x.name).length <= 4) return;
      const key = squash(x.name);
      const f = first.get(key);
      if (f === undefined) first.set(key, i);
      else report({ path: `indicators[${i}].name`, messageId: 'duplicate', data: { ...rowNames(x.name, i), firstRow: f + 1 } });
    });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '为企业提供服务次数', target: '≥11次', actual: '11次', weight: 5, score: 5 },
        { level1: '效益指标', level2: '社会效益指标', name: '为企业提供服务次数', target: '≥11次', actual: '11次', weight: 5, score: 5 },
      ],
    },
    errors: [{ messageId: 'duplicate', path: 'indicators[1].name', data: { firstRow: 1 } }],
  },
  right: { patch: {} },
};

/** form-incomplete: the page does not show the whole form (cut off, or a continuation page). */
import { describeMissing } from '../../scoring/completeness';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'form-incomplete',
  category: 'structure',
  defaultSeverity: 'info',
  docs: {
    title: { zh: '表格可能不完整', en: 'The form may be incomplete' },
    description: {
      zh: '公开的自评表常以节选出现：截在满意度或总分之前、续页没有表头、最后一个指标名称被截断。此时不计算总分和等级，也不对页面未显示的部分做分值合计、类别缺失、指标过少等检查；本规则列出判断依据（无总分行、末行不完整、一级指标未达其标明的分值、页面从表格中间开始）。',
      en: 'Published forms often arrive as excerpts: cut before the satisfaction block or the 总分 row, a continuation page without the header, a last indicator name cut mid-word. Then no total or grade is given, and no sums, category or count checks are made on parts the page does not show; this rule lists the evidence (no 总分 row, an incomplete last row, a block short of the points it states, a page starting inside the form).',
    },
    basis: {
      zh: '财预〔2020〕10号附件自评表：一张完整的自评表含表头、项目资金、年度总体目标、绩效指标和总分。',
      en: 'The form in the annex to 财预〔2020〕10号: a whole form has the header, funds, goals, indicators and the 总分 row.',
    },
    fix: { zh: '取得完整的自评表（含满意度指标和总分行）后再复核。', en: 'Obtain the whole form (with the satisfaction block and the 总分 row) and review it again.' },
  },
  messages: {
    incomplete: { zh: '表格可能不完整：{what}；未计算总分和等级', en: 'the form may be incomplete: {whatEn}; no total or grade given' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const { complete, missing } = scored.completeness;
    if (complete) return;
    const parts = missing.map(describeMissing);
    report({ path: '', messageId: 'incomplete', data: { what: parts.map((p) => p.zh).join('；'), whatEn: parts.map((p) => p.en).join('; '), parts: missing.map((m) => m.part).join(',') } });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      layout: { total: false },
      indicators: [
        { level1: '产出指标(50分)', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 30, score: 30 },
        { level2: '质量指标', name: '培训考核合格率', target: '≥90%', actual: '95%', weight: 20, score: 20 },
        { level1: '效益指标(30分)', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 15, score: 15 },
        { level2: '可持续影响指标', name: '持续跟踪服', target: '', actual: '', weight: null, score: null },
      ],
      total: { weight: null, score: null },
    },
    errors: [{ messageId: 'incomplete', path: '', data: { parts: 'total,last-row,block-short' } }],
  },
  right: { patch: { layout: { total: true } } },
};

/** findings: the review's error and warning findings, weighted by severity and by rule category. */
import { RULES } from '../../review/rules';
import type { Category, Severity } from '../../review/types';
import { round2 } from '../../review/helpers';
import type { Signal } from '../types';
import type { SignalExamples } from '../example';

type O = {
  error: number;
  warning: number;
  info: number;
  evidence: number;
  funds: number;
  score: number;
  target: number;
  structure: number;
  narrative: number;
  exclude: readonly string[];
};

const CATEGORY = new Map(RULES.map((r) => [r.id, r.category]));
const TITLE = new Map(RULES.map((r) => [r.id, r.docs.title]));

/** The signal. */
export const signal: Signal<O> = {
  id: 'findings',
  docs: {
    title: { zh: '复核问题', en: 'Review findings' },
    what: {
      zh: '复核规则对本表报告的问题：每个错误、警告、提示按严重程度计分，再乘以规则类别的系数（证据类最高，文字说明类最低）。已由其他信号计入的规则（自评虚高、大幅超额完成、满分无佐证）不重复计算。',
      en: 'The findings the review rules report on the form: each error, warning and info counts by severity, multiplied by its rule category’s factor (evidence highest, narrative lowest). Rules already counted by another signal (inflated scores, over-achievement, full marks with no evidence) are not counted twice.',
    },
    why: {
      zh: '算术错误、资金数据不符、目标不可衡量、缺少偏差原因等问题越多，自评表越不可信，复核越可能改变结论。证据类和资金类问题最直接影响得分的真实性。',
      en: 'The more arithmetic errors, inconsistent funds, unmeasurable targets and missing reasons a form has, the less it can be trusted and the more likely a re-check changes its result. Evidence and funds problems bear most directly on whether the score is genuine.',
    },
    unit: { zh: '每个加权问题', en: 'per weighted finding' },
  },
  messages: {
    found: {
      zh: '复核发现 {errors} 个错误、{warnings} 个警告（{ruleNames}）',
      en: 'review findings: {errors} error(s), {warnings} warning(s) ({ruleNames})',
    },
    errors: { zh: '复核发现 {errors} 个错误（{ruleNames}）', en: 'review findings: {errors} error(s) ({ruleNames})' },
    warnings: { zh: '复核发现 {warnings} 个警告（{ruleNames}）', en: 'review findings: {warnings} warning(s) ({ruleNames})' },
    infos: { zh: '复核发现 {infos} 个提示（{ruleNames}）', en: 'review findings: {infos} info ({ruleNames})' },
  },
  defaultOptions: {
    weight: 1,
    cap: 30,
    error: 4,
    warning: 1.5,
    info: 0,
    evidence: 1.5,
    funds: 1.25,
    score: 1,
    target: 0.75,
    structure: 0.5,
    narrative: 0.5,
    exclude: ['over-achievement', 'score-inflated', 'evidence-required'],
  },
  optionDocs: {
    weight: { zh: '每个加权问题的风险分', en: 'risk points per weighted finding' },
    cap: { zh: '本项风险分上限', en: 'most points this signal gives' },
    error: { zh: '一个错误计几个问题', en: 'what one error counts' },
    warning: { zh: '一个警告计几个问题', en: 'what one warning counts' },
    info: { zh: '一个提示计几个问题', en: 'what one info counts' },
    evidence: { zh: '证据类规则的系数', en: 'factor of evidence rules' },
    funds: { zh: '资金类规则的系数', en: 'factor of funds rules' },
    score: { zh: '计分类规则的系数', en: 'factor of score-arithmetic rules' },
    target: { zh: '目标质量类规则的系数', en: 'factor of target-quality rules' },
    structure: { zh: '表格结构类规则的系数', en: 'factor of structure rules' },
    narrative: { zh: '文字说明类规则的系数', en: 'factor of narrative rules' },
    exclude: { zh: '不计入的规则（已由其他信号计入）', en: 'rules not counted (another signal counts them)' },
  },
  measure({ findings }, o) {
    const severity: Record<Severity, number> = { error: o.error, warning: o.warning, info: o.info };
    let amount = 0;
    const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const byRule = new Map<string, number>();
    for (const f of findings) {
      if (o.exclude.includes(f.ruleId)) continue;
      // A finding whose rule is unknown (internal-error) counts as a structure problem.
      const category: Category = CATEGORY.get(f.ruleId) ?? 'structure';
      const pts = severity[f.severity] * o[category];
      if (pts <= 0) continue;
      amount += pts;
      count[f.severity]++;
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
    if (amount <= 0) return null;
    const rules = [...byRule].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
    // The rules by the titles the reader knows them by, in the language being written; `rules` keeps the ids.
    const titled = (lang: 'zh' | 'en') => [...byRule].map(([id, n]) => `${TITLE.get(id)?.[lang] ?? id}${n > 1 ? ` ×${n}` : ''}`).join(lang === 'zh' ? '；' : '; ');
    const ruleNames = { zh: titled('zh'), en: titled('en') };
    // Name only the severities there are: "3 个警告", not "0 个错误、3 个警告".
    const messageId = count.error && count.warning ? 'found' : count.error ? 'errors' : count.warning ? 'warnings' : 'infos';
    return { amount, messageId, data: { errors: count.error, warnings: count.warning, infos: count.info, weighted: round2(amount), rules, ruleNames } };
  },
};

/** Docs examples (also run as tests): one that fires, one that stays silent. */
export const examples: SignalExamples = {
  fires: {
    note: { zh: '示例表的执行率填报为 98%（实际 95%），且实际完成情况栏为空。', en: 'The example form prints an execution rate of 98% (it is 95%) and leaves 实际完成情况 blank.' }, 
    patch: {
      funds: { total: { initial: '100', adjusted: '100', executed: '95', weight: 10, rate: '98%', score: 9.5 } },
      goals: { actual: '' },
    },
  },
  quiet: {
    note: { zh: '示例基础表：复核规则没有报告错误或警告。', en: 'The example base form: the review reports no error or warning.' },  patch: {} },
};

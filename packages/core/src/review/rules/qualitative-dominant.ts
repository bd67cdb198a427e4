/** qualitative-dominant: too many qualitative targets, or nearly all indicators are 100% compliance rates. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, pct } from '../helpers';

type O = { maxQualitativeShare: number; maxComplianceShare: number; minIndicators: number };

/** The rule. */
export const rule: Rule<O> = {
  id: 'qualitative-dominant',
  category: 'target',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '定性指标或 100% 合规率占比过高', en: 'Too many qualitative targets or 100% compliance rates' },
    description: {
      zh: '定性指标值占全部指标的比例超过上限（默认 50%）；或几乎所有指标（默认 ≥70%）都是“××率 100%”式的合规率（制度执行率、专户管理率等）。这类指标反映的是程序是否合规，而不是项目的产出和效益。',
      en: 'The share of qualitative targets exceeds the maximum (50% by default), or nearly all indicators (≥70% by default) are "×× rate 100%" compliance rates (制度执行率, 专户管理率). Such indicators show procedure, not the outputs and benefits of the project.',
    },
    basis: { zh: '财预〔2021〕101号：优先使用定量指标，定性指标仅用于确实难以量化的内容；指标应反映产出和效果。', en: '财预〔2021〕101号: prefer quantitative indicators; qualitative only where quantifying is impossible; indicators show outputs and outcomes.' },
    fix: { zh: '用反映实物产出和效果的定量指标替换合规率和定性表述。', en: 'Replace compliance rates and qualitative wording with quantitative output and outcome indicators.' },
  },
  messages: {
    qualitative: { zh: '{count}/{total} 项指标为定性指标（{share}），超过 {max}', en: '{count} of {total} targets are qualitative ({share}), above {max}' },
    complianceRates: { zh: '{count}/{total} 项指标都是 100% 的比率（{share}），多为合规性指标而非产出', en: '{count} of {total} indicators are 100% rates ({share}): compliance, not outputs' },
  },
  defaultOptions: { maxQualitativeShare: 0.5, maxComplianceShare: 0.7, minIndicators: 4 },
  inspect({ scored, options, report }) {
    const rows = scored.indicators.filter((s) => !isBlank(scored.evaluation.indicators[s.index].target));
    const total = rows.length;
    if (total < options.minIndicators) return;
    const qual = rows.filter((s) => s.target.kind === 'qualitative').length;
    if (qual / total > options.maxQualitativeShare) {
      report({ path: 'indicators', messageId: 'qualitative', data: { count: qual, total, share: pct(qual / total), max: pct(options.maxQualitativeShare) } });
    }
    const rates = rows.filter((s) => {
      const t = s.target;
      if (t.kind !== 'number' || Number(t.value) !== 100 || (t.op !== null && t.op !== '=' && t.op !== '>=')) return false;
      return t.unit === '%' || (t.unit === null && /率/.test(scored.evaluation.indicators[s.index].name));
    }).length;
    if (rates / total >= options.maxComplianceShare) {
      report({ path: 'indicators', messageId: 'complianceRates', data: { count: rates, total, share: pct(rates / total) } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '储备粮到位率', target: '100%', actual: '100%', weight: 20, score: 20 },
        { level2: '质量指标', name: '管理制度严格执行率', target: '100%', actual: '100%', weight: 15, score: 15 },
        { level2: '时效指标', name: '贷款付息及时率', target: '100%', actual: '100%', weight: 15, score: 15 },
        { level1: '效益指标', level2: '经济效益指标', name: '利息费用保障率', target: '100%', actual: '100%', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '市民满意度', target: '≥90%', actual: '95%', weight: 10, score: 10 },
      ],
    },
    errors: [{ messageId: 'complianceRates', path: 'indicators', data: { count: 4, total: 5 } }],
  },
  right: { patch: {} },
};

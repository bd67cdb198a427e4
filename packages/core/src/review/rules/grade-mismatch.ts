/** grade-mismatch: the grade the claimed total earns is above what the evidence supports. */
import type { Grade } from '../../templates/types';
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { round2 } from '../helpers';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'grade-mismatch',
  category: 'score',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '自评等级高于证据支持的等级', en: 'Claimed grade above what the evidence supports' },
    description: {
      zh: '按模板的等级标准（优 ≥90、良 ≥80、中 ≥60、差 <60），自评总分所对应的等级高于依据实际完成值可得的最高等级。等级影响结果应用和预算安排，等级虚高比单项分数虚高影响更大。',
      en: 'By the template\'s grade bands (优 ≥90, 良 ≥80, 中 ≥60, 差 <60), the grade of the claimed total is above the best grade the evidence can support. Grades drive how results are used in budgeting, so an inflated grade matters more than one inflated score.',
    },
    basis: { zh: '财预〔2020〕10号：评价结果分为优、良、中、差四个等级。', en: '财预〔2020〕10号: results are graded 优, 良, 中, 差.' },
    fix: { zh: '按证据重新评分，使总分和等级与实际完成情况相符。', en: 'Re-score by the evidence so that total and grade match what was achieved.' },
  },
  messages: {
    above: {
      zh: '自评总分 {claimed} 对应等级“{claimedGrade}”，依据完成值最高只能为“{maxGrade}”（最高 {max} 分）',
      en: 'the claimed total {claimed} earns grade {claimedGrade}; the evidence supports at most {maxGrade} ({max} points)',
    },
  },
  defaultOptions: {},
  usesTemplate: true,
  requires: 'whole-form',
  inspect({ scored, report }) {
    const g = scored.totals.grade;
    const claimed = scored.totals.claimedTotal ?? scored.totals.claimedSum;
    if (!g.claimed || !g.proven) return;
    const rank = (x: Grade) => scored.template.grades.findIndex((b) => b.grade === x); // 0 is best
    if (rank(g.claimed) < rank(g.proven.max)) {
      report({ path: 'total.score', messageId: 'above', data: { claimed: round2(claimed), claimedGrade: g.claimed, maxGrade: g.proven.max, max: round2(scored.totals.proven.max) } });
    }
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: {
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '50家', weight: 50, score: 50, deviation: '疫情影响' },
        { level1: '效益指标', level2: '社会效益指标', name: '经营能力提升企业数', target: '≥50家', actual: '55家', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训企业满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
      ],
    },
    errors: [{ messageId: 'above', path: 'total.score', data: { claimedGrade: '优', maxGrade: '中' } }],
  },
  right: { patch: {} },
};

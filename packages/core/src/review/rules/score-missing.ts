/** score-missing: a weight without a score, a score without a weight, or a form without scores. */
import type { Rule } from '../types';
import type { RuleExamples } from '../example-form';
import { isBlank, rowNames } from '../helpers';
import { statedPoints } from '../../scoring/completeness';

type O = Record<string, never>;

/** The rule. */
export const rule: Rule<O> = {
  id: 'score-missing',
  category: 'score',
  defaultSeverity: 'warning',
  docs: {
    title: { zh: '缺少分值或得分', en: 'Weight or score missing' },
    description: {
      zh: '有分值而无得分、有得分而无分值的指标行，以及整张表没有任何分值和得分（一些地方模板没有这两栏，此时表格无法给出自评分，连预算执行也不计分）。',
      en: 'Reports rows with a weight but no score or a score but no weight, and a form with no weights or scores at all (some local templates lack both columns; such a form yields no score, not even for budget execution).',
    },
    basis: { zh: '财预〔2020〕10号：自评应对各项指标逐项打分并汇总。', en: '财预〔2020〕10号: every indicator is scored and the scores are totalled.' },
    fix: { zh: '为每项指标填写分值和得分；使用有分值、得分栏的自评表格式。', en: 'Give every indicator a weight and a score; use a form layout with both columns.' },
  },
  messages: {
    scoreMissing: { zh: '{what}有分值 {weight} 但未填得分', en: '{whatEn} has a weight of {weight} but no score' },
    weightMissing: { zh: '{what}有得分 {score} 但未填分值', en: '{whatEn} has a score of {score} but no weight' },
    fundsScoreMissing: { zh: '预算执行率有分值 {weight} 但未填得分', en: 'the execution rate has a weight of {weight} but no score' },
    noScores: { zh: '全表没有任何分值和得分，无法计算自评分', en: 'the form has no weights or scores at all: it yields no score' },
  },
  defaultOptions: {},
  inspect({ scored, report }) {
    const ev = scored.evaluation;
    const rows = ev.indicators.filter((x) => !(isBlank(x.name) && isBlank(x.target) && isBlank(x.actual)));
    if (rows.length > 0 && rows.every((x) => x.weight === null && x.score === null) && ev.funds.total.score === null) {
      report({ path: '', messageId: 'noScores' });
      return;
    }
    const t = ev.funds.total;
    if (t.weight !== null && t.weight > 0 && t.score === null) report({ path: 'funds.total.score', messageId: 'fundsScoreMissing', data: { weight: t.weight } });
    // A table whose rows print no 分值 at all uses a template without that column (the points
    // stand in the block headings): a blank 分值 is its layout, not the unit's omission. So is a
    // row whose own label states its points (决策依据(4分), 数量指标 15 分).
    const weighted = ev.indicators.some((x) => x.weight !== null);
    // A cell that prints something other than a number ("IO") is unreadable (value-unreadable), not blank.
    const printed = ev.source?.unreadableText ?? {};
    ev.indicators.forEach((x, i) => {
      if (isBlank(x.name) && isBlank(x.target) && isBlank(x.actual)) return;
      if (`indicators[${i}].score` in printed || `indicators[${i}].weight` in printed) return;
      if (x.weight !== null && x.score === null) report({ path: `indicators[${i}].score`, messageId: 'scoreMissing', data: { ...rowNames(x.name, i), weight: x.weight, score: x.score } });
      else if (x.score !== null && x.weight === null && weighted && statedPoints(x.name) === null && statedPoints(x.level2) === null) report({ path: `indicators[${i}].weight`, messageId: 'weightMissing', data: { ...rowNames(x.name, i), weight: x.weight, score: x.score } });
    });
  },
};

/** Docs examples (also run as test cases). */
export const examples: RuleExamples = {
  wrong: {
    patch: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训企业数', target: '≥100家', actual: '105家', weight: 20, score: null }] },
    errors: [{ messageId: 'scoreMissing', path: 'indicators[0].score', data: { weight: 20 } }],
  },
  right: { patch: {} },
};

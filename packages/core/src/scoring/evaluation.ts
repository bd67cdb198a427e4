/** Scoring a whole form: every indicator, the funds, 一级 sums, totals and grades. */
import type { Evaluation } from '../model';
import type { Msg } from '../result';
import { Big } from '../money';
import { explainTemplate, resolveTemplate } from '../templates/registry';
import type { Template } from '../templates/types';
import { assessCompleteness } from './completeness';
import { scoreFunds } from './funds';
import { gradeOf } from './grade';
import { scoreIndicator } from './indicator';
import { resolveLevels } from './levels';
import type { Level1Sum, ScoredEvaluation, ScoredIndicator, ScoreRange } from './types';

/** Options of scoreEvaluation. */
export interface ScoreOptions {
  /** The template (object or id); default: the form's own, else detected from its weights. */
  template?: Template | string;
}

const n = (b: Big) => Number(b.toString());

/**
 * What one indicator adds to sums: its weight, claim and proven range. An unverifiable one may
 * be worth anything from 0 to its weight; one without a weight adds nothing.
 */
function contribution(s: ScoredIndicator): { weight: Big; claimed: Big; min: Big; max: Big } {
  const zero = new Big(0);
  const claimed = s.claimed === null ? zero : new Big(s.claimed);
  if (s.method === 'no-weight' || s.weight === null) return { weight: zero, claimed, min: zero, max: zero };
  const w = new Big(s.weight);
  if (s.proven === null) return { weight: w, claimed, min: zero, max: w };
  return { weight: w, claimed, min: new Big(s.proven.min), max: new Big(s.proven.max) };
}

type Contribution = ReturnType<typeof contribution>;

function level1Sums(indicators: ScoredIndicator[], parts: Contribution[]): Level1Sum[] {
  const acc = new Map<string, Contribution>();
  for (let k = 0; k < indicators.length; k++) {
    const s = indicators[k];
    const c = parts[k];
    const a = acc.get(s.level1);
    if (!a) acc.set(s.level1, { ...c });
    else {
      a.weight = a.weight.plus(c.weight);
      a.claimed = a.claimed.plus(c.claimed);
      a.min = a.min.plus(c.min);
      a.max = a.max.plus(c.max);
    }
  }
  return [...acc].map(([name, a]) => ({
    name,
    weight: n(a.weight),
    claimed: n(a.claimed),
    proven: { min: n(a.min), max: n(a.max) },
  }));
}

function templateEvidence(ev: Evaluation, template: Template): Msg {
  const detected = explainTemplate(ev);
  if (detected.template.id === template.id) return detected.evidence;
  return { zh: `按表单或配置指定的模板“${template.name.zh}”`, en: `the template named by the form or configuration ("${template.name.en}")` };
}

/**
 * Score a form. Each indicator's proven score is rounded once, at its end; sums add those
 * figures exactly, as the paper form's 总分 adds the 得分 column. Never throws on user input.
 */
export function scoreEvaluation(ev: Evaluation, opts: ScoreOptions = {}): ScoredEvaluation {
  const { template, source } = resolveTemplate(ev, opts.template);
  const levels = resolveLevels(ev.indicators);
  const unreadable = new Set(ev.source?.unreadable ?? []);
  const cellUnreadable = (index: number) => {
    const u = { target: unreadable.has(`indicators[${index}].target`), actual: unreadable.has(`indicators[${index}].actual`), score: unreadable.has(`indicators[${index}].score`) };
    return u.target || u.actual || u.score ? u : undefined;
  };
  // A page that prints no year has a placeholder in `year`: dates are read without one.
  const year = ev.source?.layout?.year === false ? Number.NaN : ev.year;
  const indicators = ev.indicators.map((ind, index) =>
    scoreIndicator(ind, { year, template, index, levels: levels[index], unreadable: cellUnreadable(index) }),
  );
  const funds = scoreFunds(ev, template);

  let weight = new Big(0);
  let claimedSum = new Big(0);
  let min = new Big(0);
  let max = new Big(0);
  let anyClaim = false;
  const parts = indicators.map(contribution);
  for (let k = 0; k < indicators.length; k++) {
    const s = indicators[k];
    const c = parts[k];
    weight = weight.plus(c.weight);
    claimedSum = claimedSum.plus(c.claimed);
    min = min.plus(c.min);
    max = max.plus(c.max);
    anyClaim ||= s.claimed !== null;
  }
  if (funds.counted && funds.weight !== null && funds.weight >= 0) {
    weight = weight.plus(funds.weight);
    if (funds.claimed !== null) claimedSum = claimedSum.plus(funds.claimed);
    anyClaim ||= funds.claimed !== null;
    min = min.plus(funds.proven ?? 0);
    max = max.plus(funds.proven ?? funds.weight);
  }
  const completeness = assessCompleteness(ev, indicators);
  // Part of the form is not on the page: no total or grade can be given for what is not shown.
  const graded = completeness.complete && template.scored;
  const claimedTotal = ev.total.score;
  const claimedForGrade = claimedTotal ?? (anyClaim ? n(claimedSum) : null);
  const proven: ScoreRange = { min: n(min), max: n(max) };
  return {
    evaluation: ev,
    template,
    templateSource: source,
    templateEvidence: templateEvidence(ev, template),
    indicators,
    funds,
    level1: level1Sums(indicators, parts),
    completeness,
    totals: {
      weight: n(weight),
      claimedSum: n(claimedSum),
      claimedTotal,
      proven,
      grade: {
        claimed: claimedForGrade === null || !graded ? null : gradeOf(claimedForGrade, template),
        // Without indicator weights the evidence cannot bound the total (only the funds points count).
        proven: weight.gt(0) && graded && indicators.some((i) => i.weight !== null) ? { min: gradeOf(proven.min, template), max: gradeOf(proven.max, template) } : null,
      },
    },
  };
}

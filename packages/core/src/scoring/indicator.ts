/** Scoring one indicator row: parse its two value cells once, judge the evidence, check the claim. */
import { damageOf, lostDigits } from '../grammar/damage';
import { normalize } from '../grammar/normalize';
import { parseValue } from '../grammar/parse';
import { isVerdict } from '../grammar/qualitative';
import type { ParsedValue } from '../grammar/types';
import type { Indicator } from '../model';
import { Big, roundScore } from '../money';
import { indicatorDirection, isBoundedShare, kindOf } from '../taxonomy';
import type { Template } from '../templates/types';
import { judge } from './judge';
import { resolveLevels, type ResolvedLevels } from './levels';
import { noWeightMsg, unverifiableMsg } from './messages';
import { unverifiable } from './outcome';
import type { Check, Damage, NotEvidence, ScoreRange, ScoredIndicator } from './types';

/** What scoring one indicator needs from its form. */
export interface IndicatorContext {
  /** The form's year: dates written without one fall in it. */
  year: number;
  template: Template;
  /** Position in the form (0-based); default 0. */
  index?: number;
  /** The levels in force (carried down over merged cells); default: the row's own cells. */
  levels?: ResolvedLevels;
  /** Cells read with low OCR confidence (evaluation.source.unreadable): nothing is proven from them. */
  unreadable?: { target?: boolean; actual?: boolean; score?: boolean };
}

/** Parse a row's 年度指标值, then its 实际完成值 with the target's unit as context. */
export function parseCells(ind: Indicator, year: number): { target: ParsedValue; actual: ParsedValue } {
  const target = parseValue(ind.target, { year });
  const unit = target.kind === 'number' || target.kind === 'range' ? target.unit : null;
  return { target, actual: parseValue(ind.actual, { year, unit }) };
}

function usableWeight(weight: number | null): Big | null {
  return weight !== null && Number.isFinite(weight) && weight >= 0 ? new Big(weight) : null;
}

function clamp(b: Big, w: Big): Big {
  return b.lt(0) ? new Big(0) : b.gt(w) ? w : b;
}

/** The claimed 得分 against the proven range (both at 2 decimals). */
export function checkClaim(claimed: number | null, weight: number | null, proven: ScoreRange | null): Check {
  if (claimed === null) return weight !== null ? 'missing' : 'unverifiable';
  if (proven === null) return 'unverifiable';
  // Both sides are decimals of at most a few places: comparing the doubles orders them exactly.
  if (claimed < proven.min) return 'below';
  if (claimed > proven.max) return 'above';
  return 'consistent';
}

const fullMarks = (ind: Indicator): boolean =>
  typeof ind.weight === 'number' && typeof ind.score === 'number' && ind.weight > 0 && ind.score >= ind.weight;

/** The damage that makes a row's value cells unreadable (grammar/damage.ts), or null when both read. */
export function damageOfRow(ind: Indicator, level2: string): Damage | null {
  const share = kindOf(level2) === 'satisfaction' || isBoundedShare(ind.name);
  const target = damageOf(ind.target, { share });
  const actual = damageOf(ind.actual, { share }) ?? (target === null && lostDigits(ind.target, ind.actual, fullMarks(ind)) ? 'lost-digits' : null);
  return target === null && actual === null ? null : { target, actual };
}

const BOUND_OPS = new Set(['>=', '<=', '>', '<']);
const QUAL_PUNCT = /[。.，,；;！!]/g;

/**
 * Why an actual that reads proves nothing: it copies a bound or a phrase of the target (≤5万元 →
 * ≤5万元, 明显提高 → 明显提高), or it is only the unit's verdict (达成预期指标, 已完成). Null otherwise.
 */
export function notEvidenceOf(ind: Indicator, target: ParsedValue, actual: ParsedValue): NotEvidence | null {
  if (actual.kind === 'empty' || actual.kind === 'placeholder') return null;
  // A bound that says what the target says, in whatever spelling: ≥266米 → ≥266米, ≤5万元 → ≤5万元.
  if (actual.kind === 'number' && target.kind === 'number') {
    if (actual.op !== null && BOUND_OPS.has(actual.op) && actual.op === target.op && actual.value === target.value && actual.unit === target.unit) return 'copies-target';
  } else if (actual.kind === 'range' && target.kind === 'range') {
    if (actual.low === target.low && actual.high === target.high && actual.unit === target.unit) return 'copies-target';
  } else if (actual.kind === 'date' && target.kind === 'date') {
    if (actual.op === '<=' && target.op === '<=' && actual.date === target.date) return 'copies-target';
  } else if (actual.kind === 'qualitative' && target.kind === 'qualitative') {
    const a = normalize(ind.actual).replace(QUAL_PUNCT, '');
    // A short answer (是, 合格) repeating a yes/no target is an answer, not a copy.
    if (a.length >= 4 && a === normalize(ind.target).replace(QUAL_PUNCT, '')) return 'copies-target';
  }
  // On a quantitative target a verdict is already "no number given" (actual-no-number).
  const quantitative = target.kind === 'number' || target.kind === 'range';
  return !quantitative && actual.kind === 'qualitative' && isVerdict(ind.actual) ? 'verdict' : null;
}

/** Score one indicator: what its evidence proves, the check of its claimed 得分 and an explanation. */
export function scoreIndicator(ind: Indicator, ctx: IndicatorContext): ScoredIndicator {
  const levels = ctx.levels ?? resolveLevels([ind])[0];
  const damage = damageOfRow(ind, levels.level2);
  const cells = parseCells(ind, ctx.year);
  // A damaged cell is read as nothing: the number in "290%" or "M.8万元" is not what was printed.
  const target: ParsedValue = damage?.target ? { kind: 'unknown', text: ind.target } : cells.target;
  const actual: ParsedValue = damage?.actual ? { kind: 'unknown', text: ind.actual } : cells.actual;
  const notEvidence = damage ? null : notEvidenceOf(ind, target, actual);
  const w = usableWeight(ind.weight);
  const u = ctx.unreadable;
  // Without a weight the evidence is still read (at W = 1) so that its status is known.
  const j =
    u?.target || u?.actual
      ? unverifiable(unverifiableMsg({ why: 'unreadable', cell: u.target ? 'target' : 'actual', text: u.target ? ind.target : ind.actual }))
      : damage
        ? unverifiable(unverifiableMsg({ why: 'damaged', cell: damage.target ? 'target' : 'actual', text: damage.target ? ind.target : ind.actual }))
        : notEvidence
          ? unverifiable(unverifiableMsg({ why: notEvidence, actual: ind.actual.trim() }))
          : judge(target, actual, w ?? new Big(1), {
          year: ctx.year,
          template: ctx.template,
          nameDirection: indicatorDirection(ind.name, levels.level2),
        });
  const proven =
    w === null || j.range === null
      ? null
      : { min: roundScore(clamp(j.range[0], w)), max: roundScore(clamp(j.range[1], w)) };
  return {
    index: ctx.index ?? 0,
    level1: levels.level1,
    level1Source: levels.level1Source,
    level2: levels.level2,
    target,
    actual,
    // Always present (undefined when absent) so every scored row has one shape.
    damage: damage ?? undefined,
    notEvidence: notEvidence ?? undefined,
    method: w === null ? 'no-weight' : j.method,
    status: j.status,
    proven,
    achievement: j.achievement === null ? null : Number(j.achievement.round(4, Big.roundHalfUp).toString()),
    claimed: ind.score,
    weight: ind.weight,
    // A claimed score OCR could not read is not checked against the evidence.
    check: u?.score ? 'unverifiable' : checkClaim(ind.score, w === null ? null : ind.weight, proven),
    explanation: w === null ? noWeightMsg(j.status) : j.explanation,
  };
}

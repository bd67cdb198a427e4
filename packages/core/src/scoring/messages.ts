/**
 * The words of scoring explanations: one catalogue of {zh, en} templates keyed by message id, in
 * the paper form's terms (指标值, 实际完成值, 分值). An explanation is its message id and data (the
 * values: quantities as printed, scores, the quoted cell) plus its text rendered once by the one
 * interpolation step (renderMsg), like a rule finding. Tests assert ids and data; the wording is
 * checked once, in messages.test.ts.
 */
import { renderMsg } from '../result';
import type { Msg } from '../present';

type Pair = { zh: string; en: string };

/** A scoring explanation: the rendered text with the message id and data it was rendered from. */
export interface Explanation extends Msg {
  messageId: ScoringMessageId;
  data: Record<string, string>;
}

/** How the actual is introduced: plain, only a lower/upper bound, or a range read at its worst. */
export type Lead = 'plain' | 'lower' | 'upper' | 'range';

const LEAD: Record<Lead, Msg> = {
  plain: { zh: '实际完成值{actual}', en: 'Actual {actualEn}' },
  lower: { zh: '实际完成值仅能证明{actual}', en: 'Actual proves only {actualEn}' },
  upper: { zh: '实际完成值仅能证明不超过{actual}', en: 'Actual proves at most {actualEn}' },
  range: { zh: '实际完成值“{text}”按最不利值{actual}计', en: 'Actual “{text}” taken at its worst, {actualEn}' },
};

// A bound that suffices is stated as what it proves, not as "only".
const MET_LEAD: Record<Lead, Msg> = {
  ...LEAD,
  lower: { zh: '实际完成值不低于{actual}', en: 'Actual at least {actualEn}' },
  upper: { zh: '实际完成值不超过{actual}', en: 'Actual at most {actualEn}' },
};

const BELOW = { zh: '，低于指标值{target}，按比例计 {formula} = {score}分', en: ', below target {targetEn}: proportional {formula} = {score}' };
const BELOW_ZERO = { zh: '，低于指标值{target}，记0分', en: ', below target {targetEn}: 0' };
const ABOVE = { zh: '，超过指标值{target}，按比例计 {formula} = {score}分', en: ', above target {targetEn}: proportional {formula} = {score}' };
const ABOVE_ZERO = { zh: '，超过指标值{target}，记0分', en: ', above target {targetEn}: 0' };
const MET_WITH_OP = { zh: '，符合指标值{targetOp}，记满分{weight}分', en: ', meeting target {targetOpEn}: full marks, {weight}' };

const join = (a: Msg, b: Msg): Msg => ({ zh: a.zh + b.zh, en: a.en + b.en });
const byLead = <K extends string>(prefix: K, tail: Msg, lead = LEAD) =>
  Object.fromEntries((Object.keys(lead) as Lead[]).map((l) => [`${prefix}.${l}`, join(lead[l], tail)])) as Record<`${K}.${Lead}`, Msg>;

const BAND_WORDS: Record<BandName, Pair> = {
  achieved: { zh: '达成', en: 'achieved' },
  partial: { zh: '部分达成', en: 'partly achieved' },
  notAchieved: { zh: '未达成', en: 'not achieved' },
};
const STATUS_WORDS: Record<string, Pair> = {
  met: { zh: '证据显示已达成', en: 'the evidence shows it met' },
  partial: { zh: '证据显示部分达成', en: 'the evidence shows it partly met' },
  'not-met': { zh: '证据显示未达成', en: 'the evidence shows it not met' },
  unverifiable: { zh: '无法验证', en: 'cannot be verified' },
};
const CELL_WORDS: Record<string, Pair> = { target: { zh: '指标值', en: 'Target' }, actual: { zh: '实际完成值', en: 'Actual' } };

/** Every scoring explanation, by id. */
export const SCORING_MESSAGES = {
  /** "实际完成值35家 ≥ 指标值20家，记满分15分". */
  'met.compared': { zh: '实际完成值{actual} {sym} 指标值{target}，记满分{weight}分', en: 'Actual {actualEn} {sym} target {targetEn}: full marks, {weight}' },
  ...byLead('met', MET_WITH_OP, MET_LEAD),
  ...byLead('below', BELOW),
  ...byLead('below-zero', BELOW_ZERO),
  ...byLead('above', ABOVE),
  ...byLead('above-zero', ABOVE_ZERO),
  // An actual given only as a bound on the wrong side proves nothing towards the target.
  'bound-only.lower': {
    zh: '实际完成值“{text}”仅给出下限，不能证明不超过指标值{targetOp}，记0分',
    en: 'Actual “{text}” gives only a lower bound and cannot prove staying within target {targetOpEn}: 0',
  },
  'bound-only.upper': {
    zh: '实际完成值“{text}”仅给出上限，不能证明达到指标值{targetOp}，记0分',
    en: 'Actual “{text}” gives only an upper bound and cannot prove reaching target {targetOpEn}: 0',
  },
  'date.met': { zh: '时效指标按期完成（指标值{target}，实际{actual}），记满分{weight}分', en: 'Done on time (target {target}, actual {actual}): full marks, {weight}' },
  'date.late': {
    zh: '时效指标未按期完成（指标值{target}，实际{actual}），年内完成，属{bandZh}，得分区间{min}–{max}分',
    en: 'Late (target {target}, actual {actual}), done within the year: {bandEn}, {min}–{max}',
  },
  'date.not-done': {
    zh: '时效指标未按期完成（指标值{target}，实际{actual}），未在年内完成，属{bandZh}，得分区间{min}–{max}分',
    en: 'Late (target {target}, actual {actual}), not done within the year: {bandEn}, {min}–{max}',
  },
  'band.reads': { zh: '实际完成值“{text}”属{bandZh}，得分区间{min}–{max}分', en: 'Actual “{text}” reads as {bandEn}: {min}–{max}' },
  'band.admits': { zh: '实际完成值“{text}”自述{bandZh}，得分区间{min}–{max}分', en: 'Actual “{text}” admits {bandEn}: {min}–{max}' },
  'unverifiable.actual-empty': { zh: '实际完成值为空，无法验证，不予推定', en: 'Actual is blank: cannot be verified, nothing assumed' },
  'unverifiable.actual-placeholder': {
    zh: '实际完成值“{actual}”未填写完成情况，无法验证，不予推定',
    en: 'Actual “{actual}” states no result: cannot be verified, nothing assumed',
  },
  'unverifiable.actual-vague': { zh: '实际完成值“{actual}”无法验证，不予推定', en: 'Actual “{actual}” cannot be verified: nothing assumed' },
  'unverifiable.actual-no-number': {
    zh: '指标值{target}为定量目标，实际完成值“{actual}”未给出数值，无法验证，不予推定',
    en: 'Target {target} is quantitative but actual “{actual}” gives no number: cannot be verified, nothing assumed',
  },
  'unverifiable.target-not-checkable': {
    zh: '指标值“{target}”无可对照的标准，实际完成值无法验证，不予推定',
    en: 'Target “{target}” gives nothing to compare with: cannot be verified, nothing assumed',
  },
  'unverifiable.units': {
    zh: '实际完成值单位“{actualUnit}”与指标值单位“{targetUnit}”不可比，无法验证',
    en: 'Actual in “{actualUnit}” cannot be compared with a target in “{targetUnit}”: cannot be verified',
  },
  'unverifiable.unreadable': {
    zh: '{cellZh}“{text}”识别置信度低（OCR），请核对原件，暂按无法验证处理',
    en: '{cellEn} “{text}” was read with low confidence (OCR): check the original; treated as unverifiable',
  },
  'unverifiable.damaged': {
    zh: '{cellZh}“{text}”不可能是所写的数值（识别或提取损坏），请核对原件，按无法验证处理',
    en: '{cellEn} “{text}” cannot be the value it says (damaged in recognition or extraction): check the original; treated as unverifiable',
  },
  'unverifiable.copies-target': {
    zh: '实际完成值“{actual}”照抄指标值，不能证明实际完成情况，无法验证，不予推定',
    en: 'Actual “{actual}” copies the target and proves nothing about what was done: cannot be verified, nothing assumed',
  },
  'unverifiable.verdict': {
    zh: '实际完成值“{actual}”是单位自己的结论，不是实测结果，无法验证，不予推定',
    en: 'Actual “{actual}” is the unit\'s own verdict, not a measurement: cannot be verified, nothing assumed',
  },
  'unverifiable.kind-mismatch': {
    zh: '实际完成值“{actual}”与指标值“{target}”不是同类数值，无法对照，不予推定',
    en: 'Actual “{actual}” and target “{target}” are different kinds of value: cannot be compared, nothing assumed',
  },
  'no-weight': { zh: '未设分值，不计分（{statusZh}）', en: 'No weight (分值): not scored ({statusEn})' },
  'funds.no-rate': { zh: '预算数或执行数缺失，无法计算执行率', en: 'Budget or spending is missing: the execution rate cannot be computed' },
  'funds.rate': {
    zh: '执行率 = 全年执行数{executed} / 全年预算数{budget} = {rate}，得分{score}分（分值{weight}）',
    en: 'Execution rate = spent {executed} / budget {budget} = {rate}; score {score} of {weight}',
  },
  'funds.rate-initial': {
    zh: '执行率 = 全年执行数{executed} / 年初预算数{budget} = {rate}，得分{score}分（分值{weight}）',
    en: 'Execution rate = spent {executed} / budget {budget} = {rate}; score {score} of {weight}',
  },
  'funds.rate-no-weight': { zh: '执行率 = 全年执行数{executed} / 全年预算数{budget} = {rate}，未设分值', en: 'Execution rate = spent {executed} / budget {budget} = {rate}; no weight' },
  'funds.rate-initial-no-weight': { zh: '执行率 = 全年执行数{executed} / 年初预算数{budget} = {rate}，未设分值', en: 'Execution rate = spent {executed} / budget {budget} = {rate}; no weight' },
} satisfies Record<string, Msg>;

export type ScoringMessageId = keyof typeof SCORING_MESSAGES;

/** Notes a funds explanation may carry after its sentence, in order. */
export const FUNDS_NOTES = {
  'from-sub-rows': { zh: '年度资金总额行为空或为0，按分项合计', en: 'the 年度资金总额 row is blank or 0: sub-rows summed' },
  'used-initial': { zh: '全年预算数为空，按年初预算数计算', en: '全年预算数 is blank: 年初预算数 used' },
  apart: { zh: '执行率单列，不计入总分', en: 'reported apart, not counted in the total' },
} satisfies Record<string, Msg>;
export type FundsNote = keyof typeof FUNDS_NOTES;

/** Words the templates need that data holds as values (a band, a status, a cell name). */
function words(data: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...data };
  const band = BAND_WORDS[data.band as BandName];
  if (band) Object.assign(out, { bandZh: band.zh, bandEn: band.en });
  const status = STATUS_WORDS[data.status];
  if (status) Object.assign(out, { statusZh: status.zh, statusEn: status.en });
  const cell = CELL_WORDS[data.cell];
  if (cell) Object.assign(out, { cellZh: cell.zh, cellEn: cell.en });
  return out;
}

/** Render an explanation from its id and data (the one step); funds notes follow in brackets. */
export function explain(messageId: ScoringMessageId, data: Record<string, string> = {}, notes: readonly FundsNote[] = []): Explanation {
  const text = renderMsg(SCORING_MESSAGES[messageId], words(data));
  if (notes.length === 0) return { messageId, data, ...text };
  const n = notes.map((k) => FUNDS_NOTES[k]);
  return {
    messageId,
    data: { ...data, notes: notes.join(',') },
    zh: `${text.zh}（${n.map((x) => x.zh).join('；')}）`,
    en: `${text.en} (${n.map((x) => x.en).join('; ')})`,
  };
}

/** A quantity in both languages ("35家" / "35 家") as data: zh under key, en under keyEn. */
function pair(key: string, p: Pair): Record<string, string> {
  return { [key]: p.zh, [`${key}En`]: p.en };
}

/** Target met: compared with a symbol ("≥"), or meeting a bound, range or '=' target. */
export function metMsg(kind: Lead, sym: string | null, a: Pair, t: Pair, tOp: Pair, w: string, text: string): Explanation {
  const data = { ...pair('actual', a), ...pair('target', t), ...pair('targetOp', tOp), weight: w, text };
  if (kind === 'plain' && sym !== null) return explain('met.compared', { ...data, sym });
  return explain(`met.${kind}`, data);
}

/** Short of a ≥ target (or below a range): "按比例计 10×15/90 = 1.67分"; no formula scores 0. */
export function belowMsg(kind: Lead, a: Pair, t: Pair, formula: string | null, s: string, text: string): Explanation {
  const data = { ...pair('actual', a), ...pair('target', t), text };
  return formula === null ? explain(`below-zero.${kind}`, data) : explain(`below.${kind}`, { ...data, formula, score: s });
}

/** Beyond a ≤ target (or above a range): "按比例计 15×42/50 = 12.6分"; no formula scores 0. */
export function aboveMsg(kind: Lead, a: Pair, t: Pair, formula: string | null, s: string, text: string): Explanation {
  const data = { ...pair('actual', a), ...pair('target', t), text };
  return formula === null ? explain(`above-zero.${kind}`, data) : explain(`above.${kind}`, { ...data, formula, score: s });
}

/**
 * An actual given only as a bound on the wrong side proves nothing towards the target: a lower
 * bound cannot prove staying under a ceiling, an upper bound cannot prove reaching a floor.
 */
export function boundOnlyMsg(side: 'lower' | 'upper', text: string, t: Pair): Explanation {
  return explain(`bound-only.${side}`, { text, ...pair('targetOp', t) });
}

export type BandName = 'achieved' | 'partial' | 'notAchieved';

/** A 时效 target met: "时效指标按期完成（指标值…，实际…），记满分5分". */
export function dateMetMsg(t: string, a: string, w: string): Explanation {
  return explain('date.met', { target: t, actual: a, weight: w });
}

/** A 时效 target missed: late within the year, or not done within it. */
export function dateLateMsg(t: string, a: string, withinYear: boolean, band: BandName, min: string, max: string): Explanation {
  return explain(withinYear ? 'date.late' : 'date.not-done', { target: t, actual: a, band, min, max });
}

/** A qualitative actual graded by its words; `admitted` when it concedes a quantitative shortfall. */
export function bandMsg(a: string, band: BandName, min: string, max: string, admitted: boolean): Explanation {
  return explain(admitted ? 'band.admits' : 'band.reads', { text: a, band, min, max });
}

/** Why nothing can be verified. */
export type Unverifiable =
  | { why: 'actual-empty' }
  | { why: 'actual-placeholder' | 'actual-vague'; actual: string }
  | { why: 'actual-no-number'; actual: string; target: string }
  | { why: 'target-not-checkable'; target: string }
  | { why: 'units'; actualUnit: string; targetUnit: string }
  | { why: 'kind-mismatch'; actual: string; target: string }
  | { why: 'unreadable'; cell: 'target' | 'actual'; text: string }
  | { why: 'damaged'; cell: 'target' | 'actual'; text: string }
  | { why: 'copies-target' | 'verdict'; actual: string };

/** The explanation of an unverifiable indicator: "实际完成值“中长期”无法验证，不予推定". */
export function unverifiableMsg(u: Unverifiable): Explanation {
  const { why, ...data } = u;
  return explain(`unverifiable.${why}`, data);
}

/** An indicator without 分值: nothing is scored, the evidence is still read. */
export function noWeightMsg(status: 'met' | 'partial' | 'not-met' | 'unverifiable'): Explanation {
  return explain('no-weight', { status });
}

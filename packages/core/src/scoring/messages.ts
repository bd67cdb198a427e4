/**
 * The words of indicator explanations, zh and en side by side, in the paper form's terms
 * (指标值, 实际完成值, 分值). Each function takes already formatted pieces.
 */
import type { Msg } from '../present';

type Pair = { zh: string; en: string };

/** How the actual is introduced: plain, only a lower/upper bound, or a range read at its worst. */
export type Lead = 'plain' | 'lower' | 'upper' | 'range';

function lead(kind: Lead, a: Pair, text: string): Pair {
  switch (kind) {
    case 'plain':
      return { zh: `实际完成值${a.zh}`, en: `Actual ${a.en}` };
    case 'lower':
      return { zh: `实际完成值仅能证明${a.zh}`, en: `Actual proves only ${a.en}` };
    case 'upper':
      return { zh: `实际完成值仅能证明不超过${a.zh}`, en: `Actual proves at most ${a.en}` };
    case 'range':
      return { zh: `实际完成值“${text}”按最不利值${a.zh}计`, en: `Actual “${text}” taken at its worst, ${a.en}` };
  }
}

/**
 * Target met: "实际完成值35家 ≥ 指标值20家，记满分15分"; with a bound, a range or an '=' target the
 * words read "…，符合指标值≤5万元，记满分5分" (tOp: the target with its operator).
 */
export function metMsg(kind: Lead, sym: string | null, a: Pair, t: Pair, tOp: Pair, w: string, text: string): Msg {
  const l = lead(kind, a, text);
  if (kind === 'plain' && sym !== null) {
    return { zh: `${l.zh} ${sym} 指标值${t.zh}，记满分${w}分`, en: `${l.en} ${sym} target ${t.en}: full marks, ${w}` };
  }
  // A bound that suffices is stated as what it proves, not as "only".
  const m =
    kind === 'lower'
      ? { zh: `实际完成值不低于${a.zh}`, en: `Actual at least ${a.en}` }
      : kind === 'upper'
        ? { zh: `实际完成值不超过${a.zh}`, en: `Actual at most ${a.en}` }
        : l;
  return { zh: `${m.zh}，符合指标值${tOp.zh}，记满分${w}分`, en: `${m.en}, meeting target ${tOp.en}: full marks, ${w}` };
}

/** Short of a ≥ target (or below a range): "按比例计 10×15/90 = 1.67分". */
export function belowMsg(kind: Lead, a: Pair, t: Pair, formula: string | null, s: string, text: string): Msg {
  const l = lead(kind, a, text);
  if (formula === null) return { zh: `${l.zh}，低于指标值${t.zh}，记0分`, en: `${l.en}, below target ${t.en}: 0` };
  return {
    zh: `${l.zh}，低于指标值${t.zh}，按比例计 ${formula} = ${s}分`,
    en: `${l.en}, below target ${t.en}: proportional ${formula} = ${s}`,
  };
}

/** Beyond a ≤ target (or above a range): "按比例计 15×42/50 = 12.6分". */
export function aboveMsg(kind: Lead, a: Pair, t: Pair, formula: string | null, s: string, text: string): Msg {
  const l = lead(kind, a, text);
  if (formula === null) return { zh: `${l.zh}，超过指标值${t.zh}，记0分`, en: `${l.en}, above target ${t.en}: 0` };
  return {
    zh: `${l.zh}，超过指标值${t.zh}，按比例计 ${formula} = ${s}分`,
    en: `${l.en}, above target ${t.en}: proportional ${formula} = ${s}`,
  };
}

/**
 * An actual given only as a bound on the wrong side proves nothing towards the target: a lower
 * bound cannot prove staying under a ceiling, an upper bound cannot prove reaching a floor.
 */
export function boundOnlyMsg(side: 'lower' | 'upper', text: string, t: Pair): Msg {
  if (side === 'lower') {
    return {
      zh: `实际完成值“${text}”仅给出下限，不能证明不超过指标值${t.zh}，记0分`,
      en: `Actual “${text}” gives only a lower bound and cannot prove staying within target ${t.en}: 0`,
    };
  }
  return {
    zh: `实际完成值“${text}”仅给出上限，不能证明达到指标值${t.zh}，记0分`,
    en: `Actual “${text}” gives only an upper bound and cannot prove reaching target ${t.en}: 0`,
  };
}

const BAND_ZH = { achieved: '达成', partial: '部分达成', notAchieved: '未达成' } as const;
const BAND_EN = { achieved: 'achieved', partial: 'partly achieved', notAchieved: 'not achieved' } as const;
export type BandName = keyof typeof BAND_ZH;

/** A 时效 target met: "时效指标按期完成（指标值…，实际…），记满分5分". */
export function dateMetMsg(t: string, a: string, w: string): Msg {
  return {
    zh: `时效指标按期完成（指标值${t}，实际${a}），记满分${w}分`,
    en: `Done on time (target ${t}, actual ${a}): full marks, ${w}`,
  };
}

/** A 时效 target missed: late within the year, or not done within it. */
export function dateLateMsg(t: string, a: string, withinYear: boolean, band: BandName, min: string, max: string): Msg {
  const zhWhen = withinYear ? '年内完成，' : '未在年内完成，';
  const enWhen = withinYear ? 'done within the year' : 'not done within the year';
  return {
    zh: `时效指标未按期完成（指标值${t}，实际${a}），${zhWhen}属${BAND_ZH[band]}，得分区间${min}–${max}分`,
    en: `Late (target ${t}, actual ${a}), ${enWhen}: ${BAND_EN[band]}, ${min}–${max}`,
  };
}

/** A qualitative actual graded by its words; `admitted` when it concedes a quantitative shortfall. */
export function bandMsg(a: string, band: BandName, min: string, max: string, admitted: boolean): Msg {
  const zhVerb = admitted ? '自述' : '属';
  const enVerb = admitted ? 'admits' : 'reads as';
  return {
    zh: `实际完成值“${a}”${zhVerb}${BAND_ZH[band]}，得分区间${min}–${max}分`,
    en: `Actual “${a}” ${enVerb} ${BAND_EN[band]}: ${min}–${max}`,
  };
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
export function unverifiableMsg(u: Unverifiable): Msg {
  switch (u.why) {
    case 'actual-empty':
      return { zh: '实际完成值为空，无法验证，不予推定', en: 'Actual is blank: cannot be verified, nothing assumed' };
    case 'actual-placeholder':
      return {
        zh: `实际完成值“${u.actual}”未填写完成情况，无法验证，不予推定`,
        en: `Actual “${u.actual}” states no result: cannot be verified, nothing assumed`,
      };
    case 'actual-vague':
      return { zh: `实际完成值“${u.actual}”无法验证，不予推定`, en: `Actual “${u.actual}” cannot be verified: nothing assumed` };
    case 'actual-no-number':
      return {
        zh: `指标值${u.target}为定量目标，实际完成值“${u.actual}”未给出数值，无法验证，不予推定`,
        en: `Target ${u.target} is quantitative but actual “${u.actual}” gives no number: cannot be verified, nothing assumed`,
      };
    case 'target-not-checkable':
      return {
        zh: `指标值“${u.target}”无可对照的标准，实际完成值无法验证，不予推定`,
        en: `Target “${u.target}” gives nothing to compare with: cannot be verified, nothing assumed`,
      };
    case 'units':
      return {
        zh: `实际完成值单位“${u.actualUnit}”与指标值单位“${u.targetUnit}”不可比，无法验证`,
        en: `Actual in “${u.actualUnit}” cannot be compared with a target in “${u.targetUnit}”: cannot be verified`,
      };
    case 'unreadable': {
      const zh = u.cell === 'target' ? '指标值' : '实际完成值';
      const en = u.cell === 'target' ? 'Target' : 'Actual';
      return {
        zh: `${zh}“${u.text}”识别置信度低（OCR），请核对原件，暂按无法验证处理`,
        en: `${en} “${u.text}” was read with low confidence (OCR): check the original; treated as unverifiable`,
      };
    }
    case 'damaged': {
      const zh = u.cell === 'target' ? '指标值' : '实际完成值';
      const en = u.cell === 'target' ? 'Target' : 'Actual';
      return {
        zh: `${zh}“${u.text}”不可能是所写的数值（识别或提取损坏），请核对原件，按无法验证处理`,
        en: `${en} “${u.text}” cannot be the value it says (damaged in recognition or extraction): check the original; treated as unverifiable`,
      };
    }
    case 'copies-target':
      return {
        zh: `实际完成值“${u.actual}”照抄指标值，不能证明实际完成情况，无法验证，不予推定`,
        en: `Actual “${u.actual}” copies the target and proves nothing about what was done: cannot be verified, nothing assumed`,
      };
    case 'verdict':
      return {
        zh: `实际完成值“${u.actual}”是单位自己的结论，不是实测结果，无法验证，不予推定`,
        en: `Actual “${u.actual}” is the unit's own verdict, not a measurement: cannot be verified, nothing assumed`,
      };
    case 'kind-mismatch':
      return {
        zh: `实际完成值“${u.actual}”与指标值“${u.target}”不是同类数值，无法对照，不予推定`,
        en: `Actual “${u.actual}” and target “${u.target}” are different kinds of value: cannot be compared, nothing assumed`,
      };
  }
}

const STATUS_ZH = { met: '证据显示已达成', partial: '证据显示部分达成', 'not-met': '证据显示未达成', unverifiable: '无法验证' };
const STATUS_EN = { met: 'the evidence shows it met', partial: 'the evidence shows it partly met', 'not-met': 'the evidence shows it not met', unverifiable: 'cannot be verified' };

/** An indicator without 分值: nothing is scored, the evidence is still read. */
export function noWeightMsg(status: keyof typeof STATUS_ZH): Msg {
  return { zh: `未设分值，不计分（${STATUS_ZH[status]}）`, en: `No weight (分值): not scored (${STATUS_EN[status]})` };
}

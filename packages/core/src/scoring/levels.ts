/**
 * The 一级/二级指标 in force for each indicator row: merged cells left blank are carried down
 * from the row above, and a blank or contradicting 一级 is inferred from the 二级 (taxonomy).
 */
import type { Indicator } from '../model';
import { isLevel1, level1Of, level2FitsLevel1, normaliseLevel1, normaliseLevel2 } from '../taxonomy';

/** The levels of one row after normalisation and inference. */
export interface ResolvedLevels {
  level1: string;
  level1Source: 'given' | 'inferred' | 'unknown';
  level2: string;
}

/** Resolve the levels of every row, in form order. */
export function resolveLevels(indicators: readonly Indicator[]): ResolvedLevels[] {
  const out: ResolvedLevels[] = [];
  let prev1 = '';
  let prev2 = '';
  for (const ind of indicators) {
    const l1 = normaliseLevel1(ind.level1).name;
    let l2 = normaliseLevel2(ind.level2).name;
    // A blank 二级 continues the merged cell above, unless a new 一级 starts here.
    if (l2 === '' && (l1 === '' || l1 === prev1)) l2 = prev2;
    const parent = l2 === '' ? null : level1Of(l2);
    let r: ResolvedLevels;
    if (l1 !== '') {
      // A 一级 cell that names no 一级 (damaged, or a local word) yields to what a known 二级 tells.
      const contradicts = parent !== null && (!isLevel1(l1) || !level2FitsLevel1(l2, l1));
      r = contradicts ? { level1: parent, level1Source: 'inferred', level2: l2 } : { level1: l1, level1Source: 'given', level2: l2 };
    } else if (parent !== null) {
      r = { level1: parent, level1Source: 'inferred', level2: l2 };
    } else if (prev1 !== '') {
      r = { level1: prev1, level1Source: 'inferred', level2: l2 };
    } else {
      r = { level1: '', level1Source: 'unknown', level2: l2 };
    }
    out.push(r);
    prev1 = r.level1;
    prev2 = l2;
  }
  return out;
}

/** The merged 一级/二级 cells of the indicator table: rowSpan per row (0 where covered) and the 一级 in force. */
export interface LevelSpans {
  level1: number[];
  level2: number[];
  /** The 一级 as written on the block's first row (trimmed), "" for a row of its own with no 一级. */
  written1: string[];
}

/**
 * Vertical spans of the 一级/二级 cells, as the paper form merges them: a cell that is blank or
 * repeats the block's text exactly continues the block above, and a 二级 block never crosses the start of
 * a 一级 block. The editor draws these spans and the exporters merge them; the form readers fill
 * a merged cell down, so both read back the same.
 */
export function levelSpans(indicators: readonly Pick<Indicator, 'level1' | 'level2'>[]): LevelSpans {
  const level1 = spansOf(indicators.map((i) => i.level1), () => false);
  const level2 = spansOf(indicators.map((i) => i.level2), (k) => level1[k] > 0);
  const written1: string[] = [];
  let master = '';
  indicators.forEach((ind, k) => {
    if (level1[k] > 0) master = ind.level1.trim();
    written1.push(master);
  });
  return { level1, level2, written1 };
}

function spansOf(values: string[], breaks: (k: number) => boolean): number[] {
  const spans = values.map(() => 0);
  let start = -1;
  let text = '';
  values.forEach((v, k) => {
    // Other text starts a block even if it differs only in spaces: the exporters merge a block
    // under its first row's text, and the user's text is kept as written.
    if (k === 0 || breaks(k) || (v.trim() !== '' && v !== text)) {
      start = k;
      text = v;
    }
    spans[start]++;
  });
  return spans;
}

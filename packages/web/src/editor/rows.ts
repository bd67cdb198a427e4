/**
 * Row operations on the 绩效指标 table where a blank 一级/二级 cell continues the block above (the
 * paper form's merged cells): add under a chosen 一级/二级, move a row up or down carrying its own
 * 一级/二级. Pure functions of the Evaluation.
 */
import type { Evaluation, Indicator } from '@jixiao/core';
import { blankIndicator, insertIndicator } from './update';

/** Each row's 一级 and 二级 in force: its own text, or the block's it continues. */
export function effectiveLevels(rows: readonly Indicator[]): { level1: string; level2: string }[] {
  let l1 = '';
  let l2 = '';
  return rows.map((r) => {
    if (r.level1.trim()) {
      // A new 一级 starts a new 二级 block too, even when its 二级 cell is blank.
      if (r.level1.trim() !== l1) l2 = '';
      l1 = r.level1.trim();
    }
    if (r.level2.trim()) l2 = r.level2.trim();
    return { level1: l1, level2: l2 };
  });
}

/** The 一级 blocks in order, each with its 二级 in order (for the add-under menu). */
export function levelOutline(rows: readonly Indicator[]): { level1: string; level2s: string[] }[] {
  const out: { level1: string; level2s: string[] }[] = [];
  for (const e of effectiveLevels(rows)) {
    let block = out.find((b) => b.level1 === e.level1);
    if (!block) out.push((block = { level1: e.level1, level2s: [] }));
    if (e.level2 && !block.level2s.includes(e.level2)) block.level2s.push(e.level2);
  }
  return out;
}

/**
 * Add a blank row under 一级 `level1` and 二级 `level2`: after the last row of that 二级 block when
 * it exists, else as a new 二级 after the last row of the 一级, else as a new 一级 at the end.
 * Returns the new evaluation and the new row's index.
 */
export function addUnder(ev: Evaluation, level1: string, level2: string): { ev: Evaluation; index: number } {
  const l1 = level1.trim();
  const l2 = level2.trim();
  const eff = effectiveLevels(ev.indicators);
  const lastOf = (pred: (e: { level1: string; level2: string }) => boolean) => {
    for (let i = eff.length - 1; i >= 0; i--) if (pred(eff[i])) return i;
    return -1;
  };
  const inBlock = lastOf((e) => e.level1 === l1 && e.level2 === l2);
  if (inBlock >= 0) return { ev: insertIndicator(ev, inBlock, blankIndicator()), index: inBlock + 1 };
  const inLevel1 = lastOf((e) => e.level1 === l1);
  if (inLevel1 >= 0) return { ev: insertIndicator(ev, inLevel1, blankIndicator('', l2)), index: inLevel1 + 1 };
  const end = ev.indicators.length - 1;
  return { ev: insertIndicator(ev, end, blankIndicator(l1, l2)), index: end + 1 };
}

/**
 * Move row `index` one place up (-1) or down (+1). The row keeps its own 一级/二级 and the rows
 * around it keep theirs: the levels are written out, the rows swapped, and a level equal to the row
 * above's is blanked again so merged cells stay merged.
 */
export function moveIndicator(ev: Evaluation, index: number, dir: -1 | 1): Evaluation {
  const j = index + dir;
  if (index < 0 || j < 0 || index >= ev.indicators.length || j >= ev.indicators.length) return ev;
  const eff = effectiveLevels(ev.indicators);
  const full = ev.indicators.map((r, i) => ({ row: r, ...eff[i] }));
  [full[index], full[j]] = [full[j], full[index]];
  const indicators = full.map((f, i) => {
    const prev = full[i - 1];
    const sameL1 = !!prev && prev.level1 === f.level1;
    const sameL2 = sameL1 && prev.level2 === f.level2;
    return { ...f.row, level1: sameL1 ? '' : f.level1, level2: sameL2 ? '' : f.level2 };
  });
  return { ...ev, indicators };
}

/**
 * The 绩效指标 skeleton a new form starts from: the template's 一级指标 (产出/效益/满意度 when it
 * prescribes none), each with its 二级指标 from core's taxonomy, one blank row per 二级.
 */
import { LEVEL1_NAMES, LEVEL2_TABLE, type Indicator, type Template } from '@jixiao/core';
import { blankIndicator } from './update';

/** One blank row per 二级 under each of the template's 一级, the 一级 written on its block's first row. */
export function templateSkeleton(template: Template | undefined): Indicator[] {
  const prescribed = Object.keys(template?.level1Weights ?? {});
  const level1s = prescribed.length ? prescribed : LEVEL1_NAMES.filter((n) => n !== '成本指标');
  const rows: Indicator[] = [];
  for (const l1 of level1s) {
    // A 二级 belongs where the 2020 framework puts it first (成本指标 under 产出指标).
    const level2s = LEVEL2_TABLE.filter((e) => e.parents[0] === l1).map((e) => e.name);
    level2s.forEach((l2, k) => rows.push(blankIndicator(k === 0 ? l1 : '', l2)));
  }
  return rows;
}

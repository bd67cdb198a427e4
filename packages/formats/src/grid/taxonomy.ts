/** The 一级/二级 taxonomy as the reader asks about it, answered by core's taxonomy. */
import { level1Of, level2FitsLevel1, normaliseLevel1, normaliseLevel2 } from '@jixiao/core';

/** A 一级 cell's canonical name ("产 出 指 标", "产出指标(50分)" → 产出指标), or "" when unknown. */
export function canonicalLevel1(text: string): string {
  const r = normaliseLevel1(text);
  return r.known ? r.name : '';
}

/** The 一级 a 二级 belongs to ("经济效 益指标" → 效益指标), or null when not in the taxonomy. */
export function parentOf(level2: string): string | null {
  return level1Of(level2);
}

/** True when the 二级 cannot stand under the 一级 (both known to the taxonomy). */
export function contradicts(level1: string, level2: string): boolean {
  const l1 = canonicalLevel1(level1);
  if (!l1 || !level2.trim()) return false;
  return !level2FitsLevel1(normaliseLevel2(level2).name, l1);
}

/** True when the text names a 一级指标 (spaces and weights tolerated). */
export function isLevel1Name(text: string): boolean {
  return canonicalLevel1(text) !== '';
}

/** True when the text names a 二级指标 (spaces tolerated). */
export function isLevel2Name(text: string): boolean {
  return level1Of(text) !== null;
}

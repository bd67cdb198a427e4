/**
 * The 一级/二级 taxonomy as the reader needs it: core's taxonomy when core exports it, otherwise a
 * small fallback table of the 2020 framework, so the reader works before and after core grows.
 */
import * as core from '@jixiao/core';
import { norm } from './labels';

type Fn<A extends unknown[], R> = (...a: A) => R;
const coreAny = core as unknown as Record<string, unknown>;

const FALLBACK_PARENTS: Record<string, string[]> = {
  数量指标: ['产出指标'],
  质量指标: ['产出指标'],
  时效指标: ['产出指标'],
  成本指标: ['产出指标', '成本指标'],
  经济效益指标: ['效益指标'],
  社会效益指标: ['效益指标'],
  生态效益指标: ['效益指标'],
  可持续影响指标: ['效益指标'],
  服务对象满意度指标: ['满意度指标'],
  经济成本指标: ['成本指标'],
  社会成本指标: ['成本指标'],
  生态环境成本指标: ['成本指标'],
};
const FALLBACK_LEVEL1 = new Set(['产出指标', '效益指标', '满意度指标', '成本指标']);
const FALLBACK_SYNONYMS: Record<string, string> = { 效果指标: '效益指标' };

function coreFn<A extends unknown[], R>(name: string): Fn<A, R> | null {
  const f = coreAny[name];
  return typeof f === 'function' ? (f as Fn<A, R>) : null;
}

function safe<R>(f: () => R, fallback: R): R {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** A 一级 cell's canonical name ("产 出 指 标", "产出指标(50分)" → 产出指标), or "" when unknown. */
export function canonicalLevel1(text: string): string {
  const f = coreFn<[string], { name: string; known: boolean }>('normaliseLevel1');
  if (f) return safe(() => {
    const r = f(text);
    return r.known ? r.name : '';
  }, '');
  const n = norm(text).replace(/[(（]?\d+(\.\d+)?(分[)）]?|[)）])$/, '');
  const c = FALLBACK_SYNONYMS[n] ?? n;
  return FALLBACK_LEVEL1.has(c) ? c : '';
}

/** The 一级 a 二级 belongs to ("经济效 益指标" → 效益指标), or null when not in the taxonomy. */
export function parentOf(level2: string): string | null {
  const f = coreFn<[string], string | null>('level1Of');
  if (f) return safe(() => f(level2), null);
  return FALLBACK_PARENTS[norm(level2)]?.[0] ?? null;
}

/** True when the 二级 cannot stand under the 一级 (both known to the taxonomy). */
export function contradicts(level1: string, level2: string): boolean {
  const l1 = canonicalLevel1(level1);
  if (!l1 || !level2.trim()) return false;
  const fits = coreFn<[string, string], boolean>('level2FitsLevel1');
  const normalise2 = coreFn<[string], { name: string }>('normaliseLevel2');
  if (fits && normalise2) return safe(() => !fits(normalise2(level2).name, l1), false);
  const parents = FALLBACK_PARENTS[norm(level2)];
  return parents ? !parents.includes(l1) : false;
}

/** True when the text names a 一级指标 (spaces and weights tolerated). */
export function isLevel1Name(text: string): boolean {
  return canonicalLevel1(text) !== '';
}

/** True when the text names a 二级指标 (spaces tolerated). */
export function isLevel2Name(text: string): boolean {
  return parentOf(text) !== null;
}

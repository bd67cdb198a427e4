/**
 * Forms with 指标性质 (正向/反向, ≥/≤/=, 定性) and 计量单位 columns split a target such as ≥600人
 * over three cells. The value grammar reads one text, so the three are joined as the form means
 * them; a target that already states its comparison or unit is left as written.
 */
import { toHalfWidth } from '@jixiao/core';

const COMPARISON = /^\s*(≥|≤|>=|<=|>|<|=|＞|＜|＝|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|达到|等于)/;

/** The comparison a 指标性质 cell means: 正向 → ≥, 反向 → ≤; 定性 and unknown words add none. */
export function natureOp(nature: string): string {
  const n = toHalfWidth(nature).replace(/\s+/g, '');
  if (/^(正向|≥|>=|不低于|不少于|越大越好)/.test(n)) return '≥';
  if (/^(反向|≤|<=|不高于|不超过|越小越好)/.test(n)) return '≤';
  if (/^(=|==|等于|持平)$/.test(n)) return '=';
  if (n === '>' || n === '<') return n;
  return '';
}

/** The target with the column's comparison and unit joined in, unless it states them itself. */
export function withNature(target: string, nature: string, unit: string): string {
  if (!target) return target;
  const op = natureOp(nature);
  const withU = withUnit(target, unit);
  return op && /^\s*[\d.]/.test(target) && !COMPARISON.test(target) ? `${op}${withU}` : withU;
}

/** A value with the column's unit appended when the value is a bare number. */
export function withUnit(value: string, unit: string): string {
  const u = unit.trim();
  if (!value || !u || /^[—–\-/／]+$/.test(u)) return value;
  return /\d$/.test(value.trim()) ? `${value.trim()}${u}` : value;
}

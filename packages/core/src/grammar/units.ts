/**
 * Units of 年度指标值 / 实际完成值: what base unit a unit converts to, by what exact factor, and
 * whether a target's and an actual's units can be compared.
 */
import { Big, canonical, toBig } from '../money';
import { COUNT_UNITS, MULTIPLIERS, UNITS, UNIT_ALIASES, type UnitKind } from './vocabulary';

/** A unit reduced to its base: "万元" → { base: "元", factor: "10000", kind: "money" }. */
export interface UnitInfo {
  base: string;
  /** Decimal string: one of this unit is `factor` of the base unit. */
  factor: string;
  kind: UnitKind;
}

const COUNT = new Set(COUNT_UNITS);
const cache = new Map<string, UnitInfo>();

/** The base of a unit without a compound part: "万亩" → 亩 × 10000; unknown units are their own base. */
function simpleInfo(unit: string): UnitInfo {
  const u = UNIT_ALIASES[unit] ?? unit;
  const known = UNITS[u];
  if (known) return { ...known };
  if (COUNT.has(u)) return { base: u, factor: '1', kind: 'count' };
  for (const [prefix, factor] of MULTIPLIERS) {
    if (!u.startsWith(prefix)) continue;
    // A bare multiplier ("万" not read as 万元) scales but names nothing: base '' matches any unit.
    if (u.length === prefix.length) return { base: '', factor, kind: 'other' };
    const rest = simpleInfo(u.slice(prefix.length));
    return { base: rest.base, factor: canonical(new Big(rest.factor).times(factor)), kind: rest.kind };
  }
  return { base: u, factor: '1', kind: 'other' };
}

/**
 * The base unit, exact factor and kind of a unit as the grammar writes it ("万元", "%", "元/人*月").
 * A compound unit keeps its denominator: "万元/人" → base "元/人", factor "10000", kind money.
 * null (no unit written) gives base "", factor "1", kind "other".
 */
export function unitInfo(unit: string | null): UnitInfo {
  if (unit === null || unit === '') return { base: '', factor: '1', kind: 'other' };
  const hit = cache.get(unit);
  if (hit) return { ...hit };
  const slash = unit.indexOf('/');
  let info: UnitInfo;
  if (slash > 0) {
    const numerator = simpleInfo(unit.slice(0, slash));
    info = { base: `${numerator.base}${unit.slice(slash)}`, factor: numerator.factor, kind: numerator.kind };
  } else {
    info = simpleInfo(unit);
  }
  if (cache.size < 10_000) cache.set(unit, info);
  return { ...info };
}

/**
 * True when values in units a and b can be compared: same base unit. A missing unit (null) or a
 * bare multiplier matches anything, since "35" beside "≥20家" is read as 35 家.
 */
export function unitsCompatible(a: string | null, b: string | null): boolean {
  const ba = unitInfo(a).base;
  const bb = unitInfo(b).base;
  return ba === '' || bb === '' || ba === bb;
}

/** A decimal value converted exactly to its unit's base: ("2.6", "亿元") → "260000000"; null if not a decimal. */
export function toBaseUnit(value: string, unit: string | null): string | null {
  const v = toBig(value);
  if (!v) return null;
  return canonical(v.times(unitInfo(unit).factor));
}

/**
 * A decimal value in unit `from` expressed in unit `to`: ("25", "万元", "元") → "250000".
 * A missing unit on either side means "the same unit". null when the units are incompatible or
 * the value is not a decimal. Division is exact for decimal factors; a factor such as 7 (周 → 天
 * the other way) rounds half up at 12 decimals.
 */
export function valueInUnit(value: string, from: string | null, to: string | null): string | null {
  const v = toBig(value);
  if (!v) return null;
  if (!unitsCompatible(from, to)) return null;
  const fi = unitInfo(from);
  const ti = unitInfo(to);
  // A bare number beside a unit is taken as written in that unit: no conversion. A bare
  // multiplier ("5万") scales by its factor like any other unit.
  if (from === null || to === null) return canonical(v);
  return canonical(v.times(fi.factor).div(ti.factor));
}

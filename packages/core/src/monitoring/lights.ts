/**
 * Traffic lights of mid-year monitoring. Budget: the execution rate against the share of the year
 * elapsed (1–7月: 7/12) — below `red` of that share red, below `yellow` yellow, else green.
 * Indicator: the worse of what the unit judged (完全不可能 red, 有可能 yellow, 确定能 green) and,
 * for a target to reach with a number, the progress to date against the share of the year. The
 * thresholds are a setting; everything is exact decimal arithmetic.
 */
import { parseValue } from '../grammar/parse';
import { valueInUnit } from '../grammar/units';
import { Big, canonical, toBig } from '../money';
import { indicatorDirection } from '../taxonomy';
import type { Result } from '../result';
import type { MonitoringForm, MonitoringIndicator } from './model';

export type Light = 'red' | 'yellow' | 'green';

/** Thresholds as shares of the time-proportional expectation. */
export interface LightSettings {
  /** Below this share of the expectation: red (0.6). */
  red: number;
  /** Below this share: yellow (0.8); at or above it green. */
  yellow: number;
}

/** The defaults: below 60% of the expected share red, 60–80% yellow, above green. */
export const DEFAULT_LIGHT_SETTINGS: LightSettings = { red: 0.6, yellow: 0.8 };

const ORDER: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** The worse of two lights (either may be unknown). */
export function worseLight(a: Light | null, b: Light | null): Light | null {
  if (a === null) return b;
  if (b === null) return a;
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** The light of an achieved share against the expected share. */
export function lightOf(achieved: Big, expected: Big, s: LightSettings = DEFAULT_LIGHT_SETTINGS): Light {
  if (expected.lte(0)) return 'green';
  const ratio = achieved.div(expected);
  if (ratio.lt(s.red)) return 'red';
  if (ratio.lt(s.yellow)) return 'yellow';
  return 'green';
}

/** The share of the year the period has elapsed: months to the period's end / 12. */
export function timeShare(form: Pick<MonitoringForm, 'period'>): Big {
  return new Big(form.period.to).div(12);
}

/** The budget's light: 执行率, the time-proportional expectation and how far below it execution is. */
export interface BudgetLight {
  /** 执行数 / 年度预算 as a decimal string ("0.35"), null when either is missing or the budget is 0. */
  rate: string | null;
  /** The share of the year elapsed ("0.5833…" rounded to 4 places). */
  expectedShare: string;
  /** The amount time alone would have spent by now: 年度预算 × the share (in the form's unit, 4 places). */
  expectedAmount: string | null;
  light: Light | null;
}

/** The budget's light for a monitoring form. */
export function budgetLight(form: MonitoringForm, s: LightSettings = DEFAULT_LIGHT_SETTINGS): BudgetLight {
  const share = timeShare(form);
  const budget = toBig(form.funds.budget);
  const executed = toBig(form.funds.executed);
  const expectedShare = canonical(share.round(4));
  if (!budget || budget.lte(0)) return { rate: null, expectedShare, expectedAmount: null, light: null };
  const expectedAmount = canonical(budget.times(share).round(4));
  if (!executed) return { rate: null, expectedShare, expectedAmount, light: null };
  const rate = executed.div(budget);
  return { rate: canonical(rate.round(4)), expectedShare, expectedAmount, light: lightOf(rate, share, s) };
}

const BY_LIKELIHOOD: Record<NonNullable<MonitoringIndicator['likelihood']>, Light> = { certain: 'green', possible: 'yellow', impossible: 'red' };

/** One indicator's light and what it rests on. */
export interface IndicatorLight {
  index: number;
  /** Completed to date / target, for a numeric target to reach; null otherwise. */
  progress: string | null;
  fromProgress: Light | null;
  fromLikelihood: Light | null;
  light: Light | null;
}

/** Progress to date of a numeric target to reach (≥, or a bare number whose name says "more is better"). */
function progress(x: MonitoringIndicator, year: number): Big | null {
  const t = parseValue(x.target, { year });
  if (t.kind !== 'number') return null;
  const up = t.op === '>=' || t.op === '>' || (t.op === null && indicatorDirection(x.name, x.level2) === '>=');
  if (!up) return null;
  const target = toBig(t.value);
  if (!target || target.lte(0)) return null;
  const c = parseValue(x.completed, { year, unit: t.unit });
  if (c.kind !== 'number') return null;
  const done = toBig(valueInUnit(c.value, c.unit, t.unit));
  return done ? done.div(target) : null;
}

/** Every indicator's light for a monitoring form. */
export function indicatorLights(form: MonitoringForm, s: LightSettings = DEFAULT_LIGHT_SETTINGS): IndicatorLight[] {
  const share = timeShare(form);
  return form.indicators.map((x, index) => {
    const p = progress(x, form.year);
    const fromProgress = p === null ? null : lightOf(p, share, s);
    const fromLikelihood = x.likelihood === null ? null : BY_LIKELIHOOD[x.likelihood];
    return { index, progress: p === null ? null : canonical(p.round(4)), fromProgress, fromLikelihood, light: worseLight(fromProgress, fromLikelihood) };
  });
}

/**
 * 运行监控 traffic lights as finance sets them, "red,yellow" in percent of the time-proportional
 * expectation ("60,80": below 60% red, 60–80% yellow, from 80% green): both numbers with at most two
 * decimals, 0 < red < yellow ≤ 100. The one parser of the setting: the server checks a new value
 * with it and the browser checks what is typed before sending it.
 */
export function parseLightSettings(text: string): Result<LightSettings & { percent: { red: number; yellow: number } }> {
  const m = /^\s*(\d{1,3}(?:\.\d{1,2})?)\s*[,，]\s*(\d{1,3}(?:\.\d{1,2})?)\s*$/.exec(text);
  const ok = m !== null && new Big(m[1]).gt(0) && new Big(m[1]).lt(m[2]) && new Big(m[2]).lte(100);
  if (!ok || !m) {
    return {
      ok: false,
      issues: [{
        code: 'invalid-light-settings',
        path: 'value',
        data: { value: text },
        message: {
          zh: `“${text}”不是有效的红黄灯阈值：应为“红灯,黄灯”百分比，如“60,80”，且 0 < 红灯 < 黄灯 ≤ 100`,
          en: `"${text}" is not valid traffic-light thresholds: give "red,yellow" in percent, such as "60,80", with 0 < red < yellow ≤ 100`,
        },
      }],
    };
  }
  // Shares as exact decimals ("57.35" → 0.5735, not 0.5735000000000001): lightOf compares with big.js.
  const [red, yellow] = [new Big(m[1]), new Big(m[2])];
  return { ok: true, value: { red: Number(red.div(100).toString()), yellow: Number(yellow.div(100).toString()), percent: { red: Number(m[1]), yellow: Number(m[2]) } } };
}

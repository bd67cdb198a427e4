/**
 * Approved targets (绩效目标): once the department approves a form, each indicator's 三级指标,
 * 年度指标值 and 分值 are the baseline the self-evaluation is measured against. These fields lock
 * at approval (the `approve` transition) and stay locked until finance or an admin unlocks them
 * (`unlock-targets`); everything else stays editable in the editable statuses.
 */
import type { Msg } from '../present';

/** The indicator fields the approval locks, with the names the paper form gives them. */
export const TARGET_FIELDS = [
  { key: 'name', label: { zh: '三级指标', en: 'indicator name' } },
  { key: 'target', label: { zh: '年度指标值', en: 'target value' } },
  { key: 'weight', label: { zh: '分值', en: 'weight' } },
] as const satisfies readonly { key: string; label: Msg }[];

export type TargetField = (typeof TARGET_FIELDS)[number]['key'];

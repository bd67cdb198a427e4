/**
 * Approved targets (绩效目标): the baseline the department's approval locks (which fields, and
 * when, is core's workflow vocabulary: TARGET_FIELDS) and the check that an edit leaves it alone.
 */
import { TARGET_FIELDS, type Evaluation, type Indicator, type Msg, type TargetField } from '@jixiao/core';

/** One indicator's locked part. */
export type TargetRow = Pick<Indicator, TargetField>;

/** The locked part of every indicator, in form order. */
export function targetsOf(ev: Evaluation): TargetRow[] {
  return ev.indicators.map((i) => ({ name: i.name, target: i.target, weight: i.weight }));
}

const shown = (v: string | number | null) => (v === null || v === '' ? '（空）' : String(v));

/** The first change to locked targets, with a path into the body and a message naming the indicator; null when none. */
export function lockedTargetChange(baseline: TargetRow[], ev: Evaluation): { path: string; message: Msg; data: Record<string, unknown> } | null {
  const now = targetsOf(ev);
  const tail = ' 如需调整，请财政部门或管理员解锁目标。';
  const tailEn = ' Ask finance or an admin to unlock the targets.';
  for (let i = 0; i < Math.min(baseline.length, now.length); i++) {
    for (const { key, label: field } of TARGET_FIELDS) {
      const was = baseline[i][key];
      const is = now[i][key];
      if (was === is) continue;
      const label = baseline[i].name || `第${i + 1}项`;
      return {
        path: `evaluation.indicators[${i}].${key}`,
        data: { row: i + 1, name: baseline[i].name, field: key, was, now: is },
        message: {
          zh: `指标“${label}”（第${i + 1}项）的${field.zh}已在主管部门审核时锁定：审核时为“${shown(was)}”，现为“${shown(is)}”。${tail}`,
          en: `indicator "${label}" (row ${i + 1}): the ${field.en} was locked when the department approved the targets: it was "${shown(was)}", now "${shown(is)}".${tailEn}`,
        },
      };
    }
  }
  if (baseline.length !== now.length) {
    const i = Math.min(baseline.length, now.length);
    const label = (baseline[i] ?? now[i]).name || `第${i + 1}项`;
    return {
      path: `evaluation.indicators[${i}]`,
      data: { row: i + 1, name: (baseline[i] ?? now[i]).name, approved: baseline.length, now: now.length, change: baseline.length > now.length ? 'removed' : 'added' },
      message: {
        zh: `指标已在主管部门审核时锁定：审核时共 ${baseline.length} 项，现为 ${now.length} 项（第${i + 1}项“${label}”${baseline.length > now.length ? '被删除' : '为新增'}）。${tail}`,
        en: `the indicators were locked when the department approved the targets: ${baseline.length} then, ${now.length} now (row ${i + 1} "${label}" ${baseline.length > now.length ? 'removed' : 'added'}).${tailEn}`,
      },
    };
  }
  return null;
}

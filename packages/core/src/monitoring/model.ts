/**
 * The 运行监控表 (mid-year monitoring, 财预〔2019〕136号 "双监控") as data: budget execution to date
 * and, per approved indicator, the value completed to date, the expected full-year value, the
 * likelihood of reaching the target, a deviation cause and the corrective measure. Public API;
 * JSON Schema in docs/monitoring-form.schema.json (`npm run schema`). Text is kept verbatim.
 */
import { z } from 'zod';
import { MoneySchema } from '../model';
import type { LockedTargets } from '../target-form/baseline';

/** 确定能 / 有可能 / 完全不可能. */
export const LIKELIHOODS = ['certain', 'possible', 'impossible'] as const;

/** 偏差原因: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他. */
export const DEVIATION_CAUSES = ['funds', 'rules', 'staff', 'hardware', 'other'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];

/** The names the paper form gives each likelihood and cause. */
export const MONITORING_LABELS = {
  likelihood: {
    certain: { zh: '确定能', en: 'certain' },
    possible: { zh: '有可能', en: 'possible' },
    impossible: { zh: '完全不可能', en: 'impossible' },
  },
  cause: {
    funds: { zh: '经费保障', en: 'funding' },
    rules: { zh: '制度保障', en: 'rules and procedures' },
    staff: { zh: '人员保障', en: 'staffing' },
    hardware: { zh: '硬件条件保障', en: 'equipment and facilities' },
    other: { zh: '其他', en: 'other' },
  },
} as const;

/** One indicator's monitoring row. */
export const MonitoringIndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  /** The approved 年度指标值, as in force. */
  target: z.string(),
  /** 1–N月执行情况: the value completed to date, verbatim. */
  completed: z.string(),
  /** 全年预计完成情况: the expected full-year value, verbatim. */
  expected: z.string(),
  likelihood: z.enum(LIKELIHOODS).nullable(),
  /** 偏差原因: the kind and the unit's words. */
  cause: z.object({ kind: z.enum(DEVIATION_CAUSES).nullable(), text: z.string() }),
  /** 完成目标可能性低时的纠偏措施. */
  measure: z.string(),
});

/** The whole monitoring form. */
export const MonitoringFormSchema = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int().min(1990).max(2100),
  /** The months covered, January first: 1–7月 is {from: 1, to: 7}. */
  period: z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }).refine((p) => p.from <= p.to, { message: 'period.from after period.to' }),
  projectName: z.string(),
  department: z.string(),
  implementer: z.string(),
  /** 年度预算 and 执行数 to date, in the unit stated. */
  funds: z.object({ unit: z.enum(['万元', '元']), budget: MoneySchema.nullable(), executed: MoneySchema.nullable() }),
  indicators: z.array(MonitoringIndicatorSchema),
});

export type MonitoringIndicator = z.infer<typeof MonitoringIndicatorSchema>;
export type MonitoringForm = z.infer<typeof MonitoringFormSchema>;

/** The period as the paper writes it: "1–7月". */
export function periodLabel(p: MonitoringForm['period']): string {
  return p.from === p.to ? `${p.to}月` : `${p.from}–${p.to}月`;
}

/** A monitoring form for the period, its indicators the approved targets in force, to fill. */
export function monitoringFromBaseline(
  header: { year: number; projectName: string; department: string; implementer: string; unit: '万元' | '元'; budget: string | null },
  targets: LockedTargets,
  period: MonitoringForm['period'] = { from: 1, to: 7 },
): MonitoringForm {
  return {
    schemaVersion: 1,
    year: header.year,
    period,
    projectName: header.projectName,
    department: header.department,
    implementer: header.implementer,
    funds: { unit: header.unit, budget: header.budget, executed: null },
    indicators: targets.map((t) => ({
      level1: t.level1, level2: t.level2, name: t.name, target: t.target, completed: '', expected: '', likelihood: null, cause: { kind: null, text: '' }, measure: '',
    })),
  };
}

/**
 * 任务布置: finance opens a stage of the year (目标申报, 运行监控 for a period, 自评) for chosen units
 * and projects, with a deadline. Public API; JSON Schema in docs/task.schema.json. Dates are ISO
 * calendar dates ("2021-03-31"); a deadline is the whole of its day.
 */
import { z } from 'zod';
import type { FormKind } from '../workflow/plans';

/** 目标申报 / 运行监控 / 自评: each stage is named by the form kind it asks for. */
export const STAGE_KINDS = ['target', 'monitoring', 'evaluation'] as const satisfies readonly FormKind[];
export type StageKind = (typeof STAGE_KINDS)[number];

/** The names finance's notices give each stage. */
export const STAGE_LABELS: Record<StageKind, { zh: string; en: string }> = {
  target: { zh: '绩效目标申报', en: 'target filing' },
  monitoring: { zh: '绩效运行监控', en: 'mid-year monitoring' },
  evaluation: { zh: '绩效自评', en: 'self-evaluation' },
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD' });

/** One task: a stage of a year, who it covers and by when. */
export const TaskSchema = z
  .object({
    id: z.string().min(1),
    year: z.number().int().min(1990).max(2100),
    stage: z.enum(STAGE_KINDS),
    /** The months monitored (1–7月 is {from: 1, to: 7}); only for 运行监控. */
    period: z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }).nullable(),
    /** The units covered, by the caller's ids; a unit listed in `projects` is covered per project. */
    units: z.array(z.string().min(1)),
    projects: z.array(z.object({ unit: z.string().min(1), project: z.string().min(1) })),
    deadline: IsoDate,
    note: z.string(),
  })
  .refine((t) => (t.stage === 'monitoring') === (t.period !== null), { message: 'a monitoring task has a period, others none', path: ['period'] });

export type Task = z.infer<typeof TaskSchema>;

/** A form filed for a task: by which unit, for which project (null: the unit's one item), and when. */
export interface Submission {
  taskId: string;
  unit: string;
  project: string | null;
  /** ISO date or date-time of the (last) submission; null while not submitted. */
  submittedAt: string | null;
}

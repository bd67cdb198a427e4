/**
 * 任务布置 as stored: finance opens a stage of a year for units (and projects) with a deadline;
 * what each unit filed is read from the forms themselves (a target or monitoring form submitted,
 * a self-evaluation submitted), and core decides what is due, overdue and how each department does.
 */
import type { Kysely } from 'kysely';
import { departmentProgress, dueItems, type DueItem, type StageKind, type Submission, type Task } from '@jixiao/core';
import type { DB, TasksTable } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import type { Actor } from '../policies';
import { departmentOf } from '../plan-policies';
import { audit } from './audit';

export type TaskRow = Omit<TasksTable, 'id'> & { id: number };

/** The core task of a row: units by id (as text, core's unit keys), projects per unit. */
export function taskOf(row: TaskRow): Task {
  const units = JSON.parse(row.units) as number[];
  const projects = JSON.parse(row.projects) as { unitId: number; project: string }[];
  return {
    id: String(row.id), year: row.year, stage: row.stage,
    period: row.period_from === null || row.period_to === null ? null : { from: row.period_from, to: row.period_to },
    units: units.map(String), projects: projects.map((p) => ({ unit: String(p.unitId), project: p.project })), deadline: row.deadline, note: row.note,
  };
}

export async function createTask(db: Kysely<DB>, p: { actor: Actor; task: Task }): Promise<TaskRow> {
  const t = p.task;
  return db.transaction().execute(async (trx) => {
    const row = (await trx
      .insertInto('tasks')
      .values({
        year: t.year, stage: t.stage, period_from: t.period?.from ?? null, period_to: t.period?.to ?? null,
        units: JSON.stringify(t.units.map(Number)), projects: JSON.stringify(t.projects.map((x) => ({ unitId: Number(x.unit), project: x.project }))),
        deadline: t.deadline, note: t.note, created_at: new Date().toISOString(), created_by: p.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow()) as TaskRow;
    await audit(trx, { userId: p.actor.id, action: 'task.open', detail: { taskId: row.id, year: t.year, stage: t.stage, deadline: t.deadline, units: t.units.length } });
    return row;
  });
}

/** Tasks of a year (all years when absent) that cover any of the units. */
export async function tasksFor(db: Kysely<DB>, units: readonly number[], year?: number): Promise<TaskRow[]> {
  let q = db.selectFrom('tasks').selectAll();
  if (year !== undefined) q = q.where('year', '=', year);
  const rows = (await q.orderBy('deadline').orderBy('id').limit(1000).execute()) as TaskRow[];
  const wanted = new Set(units);
  return rows.filter((r) => (JSON.parse(r.units) as number[]).some((u) => wanted.has(u)));
}

/** When each unit filed for a stage of a year: per (unit, project), the last submission. */
async function filed(db: Kysely<DB>, stage: StageKind, year: number, units: number[]): Promise<{ unit: number; project: string; at: string }[]> {
  if (units.length === 0) return [];
  if (stage === 'evaluation') {
    const rows = await db
      .selectFrom('forms')
      .innerJoin('form_versions', 'form_versions.form_id', 'forms.id')
      .select(['forms.org_id', 'forms.project_name'])
      .select((eb) => eb.fn.max('form_versions.at').as('at'))
      .where('forms.year', '=', year).where('forms.org_id', 'in', units).where('forms.status', '<>', 'draft').where('form_versions.action', '=', 'submit')
      .groupBy(['forms.org_id', 'forms.project_name'])
      .execute();
    return rows.map((r) => ({ unit: r.org_id, project: r.project_name, at: String(r.at) }));
  }
  const rows = await db
    .selectFrom('plan_forms')
    .select(['org_id', 'project_name', 'submitted_at'])
    .where('kind', '=', stage).where('year', '=', year).where('org_id', 'in', units).where('submitted_at', 'is not', null)
    .execute();
  return rows.map((r) => ({ unit: r.org_id, project: r.project_name, at: r.submitted_at! }));
}

/** The submissions core matches against a task's items: per listed project, or the unit's first filing. */
async function submissionsOf(db: Kysely<DB>, row: TaskRow, units: number[]): Promise<Submission[]> {
  const task = taskOf(row);
  const out: Submission[] = [];
  const byUnit = new Map<string, string>();
  for (const f of await filed(db, task.stage, task.year, units)) {
    const unit = String(f.unit);
    const listed = task.projects.some((p) => p.unit === unit);
    if (listed) out.push({ taskId: task.id, unit, project: f.project, submittedAt: f.at });
    // A unit covered as a whole has filed once anything of the stage is in.
    else if (!byUnit.has(unit) || f.at < byUnit.get(unit)!) byUnit.set(unit, f.at);
  }
  for (const [unit, at] of byUnit) out.push({ taskId: task.id, unit, project: null, submittedAt: at });
  return out;
}

/**
 * Today's date where the budget units are (Beijing time, UTC+8 all year): the day deadlines fall
 * overdue, 整改 items fall overdue and panel assignments' periods run against.
 */
export function today(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The due items of tasks for the units (each task's own units, limited to these). */
export async function dueFor(db: Kysely<DB>, rows: readonly TaskRow[], units: readonly number[], on: string): Promise<DueItem[]> {
  const wanted = new Set(units);
  const items: DueItem[] = [];
  for (const row of rows) {
    const covered = (JSON.parse(row.units) as number[]).filter((u) => wanted.has(u));
    if (covered.length === 0) continue;
    const task = { ...taskOf(row), units: covered.map(String) };
    items.push(...dueItems([task], await submissionsOf(db, row, covered), on));
  }
  const rank = { overdue: 0, open: 1, 'done-late': 2, done: 3 } as const;
  return items.sort((a, b) => rank[a.status] - rank[b.status] || a.deadline.localeCompare(b.deadline));
}

/** Finance's progress per department (core's rates), by department name. */
export function progressOf(items: readonly DueItem[], tree: OrgTree) {
  return departmentProgress(items, (unit) => {
    const d = departmentOf(Number(unit), tree);
    return d === null ? '' : tree.get(d)?.name ?? '';
  });
}

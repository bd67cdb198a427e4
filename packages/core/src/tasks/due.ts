/**
 * What is due, what is overdue, and how each department is doing. Pure: "today" is passed in, so
 * the same function answers the unit's list, finance's dashboard and a test at a fixed date.
 */
import { Big, canonical } from '../money';
import type { Submission, Task } from './model';

/** 待办 / 已逾期 / 已按时提交 / 逾期提交. */
export type DueStatus = 'open' | 'overdue' | 'done' | 'done-late';

/** One thing a unit must file for a task. */
export interface DueItem {
  taskId: string;
  stage: Task['stage'];
  year: number;
  unit: string;
  project: string | null;
  deadline: string;
  status: DueStatus;
  /** Days from today to the deadline (negative once past); null once submitted. */
  daysLeft: number | null;
}

/** The items a task asks of its units: one per listed project, or one for a unit with none listed. */
export function taskItems(task: Task): { unit: string; project: string | null }[] {
  const out: { unit: string; project: string | null }[] = [];
  for (const unit of task.units) {
    const projects = task.projects.filter((p) => p.unit === unit);
    if (projects.length === 0) out.push({ unit, project: null });
    else for (const p of projects) out.push({ unit, project: p.project });
  }
  return out;
}

const DAY = 86_400_000;
function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The status of one item on a date (ISO), given when it was submitted (or not). */
export function dueStatus(deadline: string, submittedAt: string | null, today: string): DueStatus {
  if (submittedAt !== null) return submittedAt.slice(0, 10) <= deadline ? 'done' : 'done-late';
  return today <= deadline ? 'open' : 'overdue';
}

function submissionKey(taskId: string, unit: string, project: string | null): string {
  return JSON.stringify([taskId, unit, project]);
}

/** Every item of the tasks, with its status on `today`; pass `unit` for one unit's list. */
export function dueItems(tasks: readonly Task[], submissions: readonly Submission[], today: string, unit?: string): DueItem[] {
  const filed = new Map(submissions.map((s) => [submissionKey(s.taskId, s.unit, s.project), s.submittedAt]));
  const out: DueItem[] = [];
  for (const task of tasks) {
    for (const item of taskItems(task)) {
      if (unit !== undefined && item.unit !== unit) continue;
      const submittedAt = filed.get(submissionKey(task.id, item.unit, item.project)) ?? null;
      const status = dueStatus(task.deadline, submittedAt, today);
      out.push({ taskId: task.id, stage: task.stage, year: task.year, ...item, deadline: task.deadline, status, daysLeft: submittedAt === null ? days(today, task.deadline) : null });
    }
  }
  // Most urgent first: overdue, then open by deadline, then what is done.
  const rank: Record<DueStatus, number> = { overdue: 0, open: 1, 'done-late': 2, done: 3 };
  return out.sort((a, b) => rank[a.status] - rank[b.status] || a.deadline.localeCompare(b.deadline));
}

/** One department's line on finance's dashboard. */
export interface DepartmentProgress {
  department: string;
  /** Items due from the department's units. */
  expected: number;
  submitted: number;
  onTime: number;
  overdue: number;
  /** submitted / expected as a decimal string (4 places), null when nothing is expected. */
  completionRate: string | null;
  /** on time / expected (按时完成率), likewise. */
  timelinessRate: string | null;
}

/** Completion and timeliness per department; `departmentOf` maps a unit id to its department. */
export function departmentProgress(items: readonly DueItem[], departmentOf: (unit: string) => string): DepartmentProgress[] {
  const by = new Map<string, DepartmentProgress>();
  for (const it of items) {
    const department = departmentOf(it.unit);
    const d = by.get(department) ?? { department, expected: 0, submitted: 0, onTime: 0, overdue: 0, completionRate: null, timelinessRate: null };
    d.expected++;
    if (it.status === 'done' || it.status === 'done-late') d.submitted++;
    if (it.status === 'done') d.onTime++;
    if (it.status === 'overdue') d.overdue++;
    by.set(department, d);
  }
  const rate = (n: number, of: number) => (of === 0 ? null : canonical(new Big(n).div(of).round(4)));
  return [...by.values()]
    .map((d) => ({ ...d, completionRate: rate(d.submitted, d.expected), timelinessRate: rate(d.onTime, d.expected) }))
    .sort((a, b) => a.department.localeCompare(b.department, 'zh'));
}

/** Validation of untrusted task JSON, with paths in the model's notation. */
import type { Result } from '../result';
import { schemaIssues } from '../schema-issues';
import { TaskSchema, type Task } from './model';

/** Check that a value is a valid task, its deadline a real date. Never throws. */
export function validateTask(input: unknown): Result<Task> {
  const r = TaskSchema.safeParse(input);
  if (!r.success) {
    return { ok: false, issues: schemaIssues(r.error, 'invalid-task') };
  }
  const d = new Date(`${r.data.deadline}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== r.data.deadline) {
    return { ok: false, issues: [{ code: 'invalid-date', path: 'deadline', message: { zh: `截止日期 ${r.data.deadline} 不是有效日期`, en: `the deadline ${r.data.deadline} is not a real date` } }] };
  }
  return { ok: true, value: r.data };
}

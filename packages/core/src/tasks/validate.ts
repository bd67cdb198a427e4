/** Validation of untrusted task JSON, with paths in the model's notation. */
import type { Result } from '../result';
import { formatPath } from '../validate';
import { TaskSchema, type Task } from './model';

/** Check that a value is a valid task, its deadline a real date. Never throws. */
export function validateTask(input: unknown): Result<Task> {
  const r = TaskSchema.safeParse(input);
  if (!r.success) {
    return { ok: false, issues: r.error.issues.slice(0, 50).map((i) => ({ code: 'invalid-task', path: formatPath(i.path) || '(root)', message: { zh: `字段无效：${i.message}`, en: `invalid field: ${i.message}` } })) };
  }
  const d = new Date(`${r.data.deadline}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== r.data.deadline) {
    return { ok: false, issues: [{ code: 'invalid-date', path: 'deadline', message: { zh: `截止日期 ${r.data.deadline} 不是有效日期`, en: `the deadline ${r.data.deadline} is not a real date` } }] };
  }
  return { ok: true, value: r.data };
}

/** Runtime validation of untrusted Evaluation JSON, with issue paths in the model's notation. */
import { EvaluationSchema, type Evaluation } from './model';
import type { Issue, Result } from './result';

/** Format a zod path as `indicators[3].score`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Check that a value is a valid Evaluation. Never throws. */
export function validateEvaluation(input: unknown): Result<Evaluation> {
  const r = EvaluationSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  const issues: Issue[] = r.error.issues.slice(0, 50).map((i) => ({
    code: 'invalid-evaluation',
    path: formatPath(i.path) || '(root)',
    message: { zh: `字段无效：${i.message}`, en: `invalid field: ${i.message}` },
  }));
  return { ok: false, issues };
}

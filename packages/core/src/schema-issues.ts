/** Shape errors of untrusted JSON as issues, one code per model, for the validators of the plan forms. */
import type { z } from 'zod';
import type { Issue } from './result';
import { formatPath } from './validate';

/** The first 50 zod issues as `{code, path, message}`; the path in the model's notation, "(root)" for the whole. */
export function schemaIssues(error: z.ZodError, code: string): Issue[] {
  return error.issues.slice(0, 50).map((i) => ({ code, path: formatPath(i.path) || '(root)', message: { zh: `字段无效：${i.message}`, en: `invalid field: ${i.message}` } }));
}

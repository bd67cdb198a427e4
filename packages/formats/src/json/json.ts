/**
 * Evaluations as JSON: one form or an array of forms in, validated by core's schema; an array
 * out. Invalid input is a typed error with the path of the first problem.
 */
import { validateEvaluation, type Evaluation } from '@jixiao/core';
import type { ImportOptions, ImportResult, ImportedForm } from '../grid/types';
import { notText, tooLarge } from '../text/limits';

/** Import one Evaluation or an array of them from JSON text. Never throws. */
export function importJson(text: string, opts: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, issues: [notText()] };
  const big = tooLarge(text);
  if (big) return { ok: false, issues: [big] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    return {
      ok: false,
      issues: [{
        code: 'invalid-json',
        location: m ? `char ${m[1]}` : '(input)',
        message: { zh: `不是有效的 JSON：${(e as Error).message}`, en: `not valid JSON: ${(e as Error).message}` },
      }],
    };
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) {
    return {
      ok: false,
      issues: [{ code: 'no-form', location: '(root)', message: { zh: 'JSON 数组为空', en: 'the JSON array is empty' } }],
    };
  }
  const forms: ImportedForm[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = validateEvaluation(items[i]);
    if (!v.ok) {
      const prefix = Array.isArray(data) ? `[${i}]` : '';
      const where = (path: string) => (path === '(root)' ? prefix || '(root)' : prefix ? `${prefix}.${path}` : path);
      return { ok: false, issues: v.issues.map(({ path, ...rest }) => ({ ...rest, location: where(path) })) };
    }
    forms.push({ evaluation: withSource(v.value, i + 1, opts), notes: [] });
  }
  return { ok: true, forms };
}

function withSource(ev: Evaluation, n: number, opts: ImportOptions): Evaluation {
  const source: NonNullable<Evaluation['source']> = { ...(ev.source ?? {}) };
  if (opts.fileName !== undefined) source.file = opts.fileName;
  source.format = opts.format ?? 'json';
  source.form = n;
  return { ...ev, source };
}

/** Write forms as a JSON array (pretty-printed, 2 spaces). */
export function exportJson(forms: Evaluation[]): string {
  return `${JSON.stringify(forms, null, 2)}\n`;
}

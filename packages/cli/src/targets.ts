/**
 * Target forms (绩效目标申报表) for `convert --target` and `check --target`: read from JSON (one
 * TargetForm or an array, as the API and docs/target-form.schema.json have it) or from an xlsx, docx, html or text-layer pdf
 * 申报表 (the formats package's target reader). Unreadable files are reported one line each.
 */
import { TargetFormSchema, formatPath, type Lang, type TargetForm } from '@jixiao/core';
import { importTargetForms } from '@jixiao/formats';
import type { Io } from './io';
import { MAX_INPUT_BYTES } from './load';

/** Read every file as target forms; failures go to stderr and set `failed`. */
export async function loadTargetForms(files: string[], io: Io, lang: Lang): Promise<{ forms: { file: string; form: TargetForm }[]; failed: boolean }> {
  const forms: { file: string; form: TargetForm }[] = [];
  let failed = false;
  for (const file of files) {
    const r = await loadOne(file, io, lang);
    if (typeof r === 'string') {
      io.err(`${file}: ${r}\n`);
      failed = true;
    } else for (const form of r) forms.push({ file, form });
  }
  return { forms, failed };
}

async function loadOne(file: string, io: Io, lang: Lang): Promise<TargetForm[] | string> {
  let bytes: Uint8Array;
  try {
    if ((await io.size(file)) > MAX_INPUT_BYTES) return lang === 'zh' ? '文件过大' : 'file too large';
    bytes = await io.readFile(file);
  } catch (e) {
    return (lang === 'zh' ? '无法读取' : 'cannot be read') + ` (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      return (lang === 'zh' ? 'JSON 无法解析：' : 'JSON cannot be parsed: ') + String((e as Error).message);
    }
    const list = Array.isArray(value) ? value : [value];
    const out: TargetForm[] = [];
    for (const [i, v] of list.entries()) {
      const r = TargetFormSchema.safeParse(v);
      if (!r.success) {
        const issue = r.error.issues[0];
        const where = (Array.isArray(value) ? `[${i}]` : '') + (issue ? formatPath(issue.path as (string | number)[]) : '');
        return (lang === 'zh' ? '不是有效的绩效目标申报表：' : 'not a valid target form: ') + `${where || '(root)'}: ${issue?.message ?? ''}`;
      }
      out.push(r.data);
    }
    return out;
  }
  const r = await importTargetForms(bytes, { fileName: file.split(/[\\/]/).pop() });
  if (!r.ok) return `${r.issues[0].message[lang]} (${r.issues[0].location})`;
  return r.forms.map((f) => f.form);
}

/** Reads input files of any format the formats package knows, as the CLI's commands need them. */
import { importFile, type ImportedForm } from '@jixiao/formats';
import type { Io } from './io';
import type { Lang } from './lang';

/** Files larger than this are refused before reading (the importers have their own limits too). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type Loaded =
  | { file: string; ok: true; forms: ImportedForm[] }
  | { file: string; ok: false; reason: string };

/** Read and import one file; never throws. */
export async function loadFile(file: string, io: Io, lang: Lang): Promise<Loaded> {
  let bytes: Uint8Array;
  try {
    const size = await io.size(file);
    if (size > MAX_INPUT_BYTES) {
      return { file, ok: false, reason: lang === 'zh' ? `文件过大（${size} 字节，上限 ${MAX_INPUT_BYTES}）` : `file too large (${size} bytes, limit ${MAX_INPUT_BYTES})` };
    }
    bytes = await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? (lang === 'zh' ? '文件不存在' : 'no such file') :
      code === 'EISDIR' ? (lang === 'zh' ? '是目录，不是文件' : 'is a directory') :
      code === 'EACCES' ? (lang === 'zh' ? '无权读取' : 'permission denied') :
      (lang === 'zh' ? '无法读取' : 'cannot be read') + (code ? ` (${code})` : '');
    return { file, ok: false, reason };
  }
  try {
    const r = await importFile(bytes, { fileName: baseName(file) });
    if (!r.ok) return { file, ok: false, reason: `${r.error.message[lang]}${r.error.location ? ` (${r.error.location})` : ''}` };
    if (r.forms.length === 0) {
      return { file, ok: false, reason: lang === 'zh' ? '未找到项目支出绩效自评表' : 'no self-evaluation form found' };
    }
    return { file, ok: true, forms: r.forms };
  } catch (e) {
    // Importers promise not to throw; if one does, the file is still reported, not the CLI crashed.
    return { file, ok: false, reason: (lang === 'zh' ? '导入失败：' : 'import failed: ') + String((e as Error).message ?? e) };
  }
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** Read every file; unreadable ones are reported on stderr (one line each) and flagged. */
export async function loadAll(files: string[], io: Io, lang: Lang): Promise<{ forms: { file: string; form: ImportedForm }[]; failed: boolean }> {
  const forms: { file: string; form: ImportedForm }[] = [];
  let failed = false;
  for (const file of files) {
    const r = await loadFile(file, io, lang);
    if (!r.ok) {
      io.err(`${file}: ${r.reason}\n`);
      failed = true;
      continue;
    }
    for (const form of r.forms) forms.push({ file, form });
  }
  return { forms, failed };
}

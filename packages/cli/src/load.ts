/** Reads input files of any format the formats package knows, as the CLI's commands need them. */
import { FORMATS, importFile, type ImportProgress, type ImportedForm } from '@jixiao/formats';
import type { Io } from './io';
import type { Lang } from '@jixiao/core';

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
    const r = await importFile(bytes, { fileName: baseName(file), onProgress: io.progress && ((p) => io.progress!(progressText(file, p, lang))) });
    if (!r.ok) return { file, ok: false, reason: `${r.issues[0].message[lang]}${r.issues[0].location ? ` (${r.issues[0].location})` : ''}` };
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

/** "seed.pdf 第2/3页", "scan.pdf OCR 1/3", "文件 4/20 a.xlsx": what the terminal shows while importing. */
function progressText(file: string, p: ImportProgress, lang: Lang): string {
  const name = baseName(file);
  if (p.stage === 'pages') return lang === 'zh' ? `${name} 读取第 ${p.done}/${p.total} 页` : `${name} page ${p.done}/${p.total}`;
  if (p.stage === 'ocr') return lang === 'zh' ? `${name} OCR识别 ${p.done}/${p.total} 页` : `${name} OCR ${p.done}/${p.total} pages`;
  return lang === 'zh' ? `文件 ${p.done}/${p.total} ${name}` : `file ${p.done}/${p.total} ${name}`;
}

const IMPORTABLE = new Set(FORMATS.filter((f) => f.import).flatMap((f) => f.extensions));

/** Files named on the command line, a folder standing for the importable files in it (sorted). */
async function expand(files: string[], io: Io): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const names = await io.readDir?.(f).catch(() => null);
    const picked = (names ?? []).filter((n) => IMPORTABLE.has(`.${n.split('.').pop()?.toLowerCase()}`)).sort();
    // A folder with nothing to import is reported as the folder it is.
    if (!picked.length) out.push(f);
    else for (const n of picked) out.push(`${f.replace(/[\\/]+$/, '')}/${n}`);
  }
  return out;
}

/** Read every file (a folder: each importable file in it); unreadable ones are reported on stderr (one line each) and flagged. */
export async function loadAll(inputs: string[], io: Io, lang: Lang): Promise<{ forms: { file: string; form: ImportedForm }[]; failed: boolean }> {
  const forms: { file: string; form: ImportedForm }[] = [];
  let failed = false;
  const files = await expand(inputs, io);
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.progress?.(progressText(file, { stage: 'files', done: i + 1, total: files.length }, lang));
    const r = await loadFile(file, io, lang);
    io.progress?.('');
    if (!r.ok) {
      io.err(`${file}: ${r.reason}\n`);
      failed = true;
      continue;
    }
    for (const form of r.forms) forms.push({ file, form });
  }
  return { forms, failed };
}

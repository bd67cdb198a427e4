/**
 * The strings of the 佐证材料 (evidence) panel and viewer as core `Msg` objects, Chinese first, and
 * the checks made in the browser before a file is sent (the server checks again, by content).
 */
import type { Msg } from '@jixiao/core';

const msg = (zh: string, en: string): Msg => ({ zh, en });

export const M = {
  title: msg('佐证材料', 'Evidence'),
  attachTo: msg('附于', 'Attach to'),
  wholeForm: msg('整张表', 'The whole form'),
  drop: msg('拖入文件，或点击选择', 'Drop files here, or click to choose'),
  accepted: msg('PDF、PNG、JPG、XLSX、DOCX；单个文件不超过 {mb} MB，每张表最多 {n} 个', 'PDF, PNG, JPG, XLSX, DOCX; up to {mb} MB a file, {n} files a form'),
  uploaded: msg('已上传：{name}', 'Uploaded: {name}'),
  none: msg('尚无佐证材料', 'No evidence attached yet'),
  view: msg('查看', 'View'),
  download: msg('下载', 'Download'),
  remove: msg('删除', 'Remove'),
  removeConfirm: msg('删除佐证材料“{name}”？', 'Remove the evidence file “{name}”?'),
  removed: msg('已删除：{name}', 'Removed: {name}'),
  cancel: msg('取消', 'Cancel'),
  close: msg('关闭', 'Close'),
  noPreview: msg('该类型文件无法在浏览器中预览，请下载查看', 'This kind of file cannot be shown in the browser: download it'),
  readOnly: msg('表格当前状态下不能上传或删除佐证材料', 'Evidence cannot be added or removed in the form’s current status'),
  tooBig: msg('“{name}”超过 {mb} MB，未上传', '“{name}” is larger than {mb} MB and was not uploaded'),
  wrongType: msg('“{name}”不是可接受的文件类型（PDF、PNG、JPG、XLSX、DOCX）', '“{name}” is not an accepted kind of file (PDF, PNG, JPG, XLSX, DOCX)'),
  empty: msg('“{name}”是空文件', '“{name}” is empty'),
  tooMany: msg('每张表最多 {n} 个佐证材料，“{name}”未上传', 'At most {n} evidence files a form: “{name}” was not uploaded'),
} as const;

/** The extensions the server accepts (it checks the bytes; a name may also have no extension). */
export const ACCEPT = '.pdf,.png,.jpg,.jpeg,.xlsx,.docx';
const KNOWN = /\.(pdf|png|jpe?g|xlsx|docx)$/i;

/** Fill {name} and the like in both languages. */
export function fill(m: Msg, values: Record<string, string | number>): Msg {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
  return { zh: f(m.zh), en: f(m.en) };
}

/** A message in both languages, Chinese first: errors about files are shown this way. */
export function bilingual(m: Msg): string {
  return m.zh === m.en ? m.zh : `${m.zh}（${m.en}）`;
}

/** Megabytes as the limits say them: 20 for 20 MB, 0.5 for 512 KB. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

/** Why a file cannot be sent (checked before uploading), or null. `count` is how many the form holds already. */
export function precheck(file: { name: string; size: number }, limits: { maxBytes: number; maxPerForm: number }, count: number): Msg | null {
  if (count >= limits.maxPerForm) return fill(M.tooMany, { n: limits.maxPerForm, name: file.name });
  if (file.size === 0) return fill(M.empty, { name: file.name });
  if (file.size > limits.maxBytes) return fill(M.tooBig, { name: file.name, mb: megabytes(limits.maxBytes) });
  if (/\.[A-Za-z0-9]{1,8}$/.test(file.name) && !KNOWN.test(file.name)) return fill(M.wrongType, { name: file.name });
  return null;
}

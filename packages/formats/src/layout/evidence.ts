/**
 * The 佐证材料 (evidence) list printed after a form in the xlsx, docx, pdf and html exports when the
 * server knows the form's files: each file's name, the indicator it supports (or the whole form),
 * its size and the first characters of its SHA-256, so a printed list can be matched to the files.
 */
import { sizeText, type Evaluation } from '@jixiao/core';

/** One attached file as an export lists it. */
export interface EvidenceEntry {
  name: string;
  /** Index into the form's indicators; null for a file attached to the form as a whole. */
  indicator: number | null;
  size: number;
  sha256: string;
}

export const EVIDENCE_TITLE = '佐证材料';
export const EVIDENCE_HEAD = ['序号', '文件名', '所属指标', '大小', 'SHA-256（前12位）'] as const;
/** How much of the hash is printed: enough to tell files apart and to check one by hand. */
export const HASH_PREFIX = 12;

export { sizeText };

/** The indicator a file supports, as the form names it: "第11行 区域双创活跃度每年逐渐增加", or 整表. */
export function indicatorText(ev: Evaluation, index: number | null): string {
  if (index === null) return '整表';
  const row = ev.indicators[index];
  return row ? `第${index + 1}行 ${row.name.trim()}` : `第${index + 1}行`;
}

/** The list's rows (without the head), in the order given. */
export function evidenceRows(ev: Evaluation, list: readonly EvidenceEntry[]): string[][] {
  return list.map((e, i) => [String(i + 1), e.name, indicatorText(ev, e.indicator), sizeText(e.size), e.sha256.slice(0, HASH_PREFIX)]);
}

/** The heading above one form's list. */
export function evidenceHeading(ev: Evaluation): string {
  return `${EVIDENCE_TITLE} — ${ev.projectName}`;
}

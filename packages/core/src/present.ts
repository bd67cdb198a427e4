/**
 * How values are shown to people, in one place for the CLI, the server, the web editor and the
 * exports: the two languages, score ranges, percentages, severity words and terminal widths.
 */
import { Big, canonical } from './money';
import type { Evaluation } from './model';

/** Text in both languages; zh is shown by default. */
export interface Msg {
  zh: string;
  en: string;
}

/** The interface languages (the keys of a Msg); Chinese is the default. */
export type Lang = keyof Msg;

/** How bad a finding is; the words for it are `SEVERITY_WORDS`. */
export type Severity = 'error' | 'warning' | 'info';

/** The word for each severity, as the editor, the CLI, the docs and the exports print it. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Msg>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** The word for a severity in the given language ("错误" / "error"). */
export function severityLabel(severity: Severity, lang: Lang = 'zh'): string {
  return SEVERITY_WORDS[severity][lang];
}

/** A range as text: one value when min = max, else "min–max" (en dash); `empty` when there is none. */
export function rangeText<T>(r: { min: T; max: T } | null | undefined, show: (v: T) => string = String, empty = '—'): string {
  if (!r) return empty;
  return r.min === r.max ? show(r.min) : `${show(r.min)}–${show(r.max)}`;
}

/** A share as a percentage, half up at 2 decimals, no trailing zeros: 0.8045 → "80.45%", 0.8 → "80%". */
export function percent(share: Big | number | string): string {
  return `${canonical(new Big(share).times(100).round(2, Big.roundHalfUp))}%`;
}

/** A file's size as people read it: 980 B, 12.3 KB, 4.56 MB (1 KB = 1024 B); the 佐证材料 lists use it. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(2)} MB`;
}

/** Display columns of a string in a terminal or a spreadsheet cell: East Asian wide characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/**
 * Words a message names an indicator row with, made from the values its data carries
 * (`rowNo`, `rowName`): {what} 「培训企业数」 (第3行 when the name is blank) and {whatEn} "row 3".
 * Data keeps the values, so tests and JSON see the row and its name, not a sentence fragment.
 */
export function messageWords(data: Record<string, unknown>): Record<string, unknown> {
  const w = rowWords(data);
  return w ? { ...data, ...w } : data;
}

/** The row words {what}/{whatEn} of a message's data, or null when it names no row (or names its own). */
export interface RowWords {
  what: string;
  whatEn: string;
}
export function rowWords(data: Record<string, unknown>): RowWords | null {
  if (typeof data.rowNo !== 'number' || 'what' in data) return null;
  const n = String(data.rowName ?? '').trim();
  return { what: n ? `「${n.length > 30 ? `${n.slice(0, 30)}…` : n}」` : `第${data.rowNo}行`, whatEn: `row ${data.rowNo}` };
}

/**
 * True when the form prints no year (source.layout.year false): `year` then only holds a
 * placeholder the schema requires, and nothing may show it as the form's year.
 */
export function yearUnknown(ev: Pick<Evaluation, 'source'>): boolean {
  return ev.source?.layout?.year === false;
}

/** The year line as the paper form prints it: （2020年度）, or （年度未知） for a form that states none. */
export function yearLine(ev: Pick<Evaluation, 'year' | 'source'>): string {
  return yearUnknown(ev) ? '（年度未知）' : `（${ev.year}年度）`;
}

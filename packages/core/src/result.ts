/** Results as data: parsers and validators return these instead of throwing. */

import { rowWords, type Lang, type Msg, type RowWords } from './present';

// Msg lives with the other presentation types; re-exported so '../result' imports keep working.
export type { Msg };

/**
 * One problem found in input: a stable code, where it is, a {zh, en} message and the data the
 * message was rendered from. Validators of the model say where by a path; importers, which read
 * documents before there is a model, by a source location (SourceIssue). Both are this one shape.
 */
export interface Issue {
  code: string;
  /** A path into the model: "indicators[3].score", "funds.total". */
  path: string;
  message: Msg;
  /** The values the message was rendered from, when it has any: tests and callers read these, not the words. */
  data?: Record<string, unknown>;
}

/** An Issue found in a source document: a location ("row 14, cell 3", "Sheet1!C14", "file") instead of a model path. */
export type SourceIssue = Omit<Issue, 'path'> & { location: string };

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Replace {name} placeholders in a template with values from data (unknown or null ones stay as written). */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return fill(template, data, null, null);
}

// The row words ({what}, {whatEn}) are looked up beside data, not spread into a copy of it: a copy
// of every finding's data was the largest single cost of rendering a review. A value that is itself
// a message ({zh, en}, e.g. a scoring explanation with its id and data) is written in the language
// being rendered, so data keeps the message, not words cut from it.
function fill(template: string, data: Record<string, unknown>, words: RowWords | null, lang: Lang | null): string {
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    let v = words !== null && (key === 'what' || key === 'whatEn') ? words[key] : key in data ? data[key] : undefined;
    if (lang !== null && isMsg(v)) v = v[lang];
    out += (v !== undefined && v !== null ? String(v) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).zh === 'string' && typeof (v as Msg).en === 'string';
}

/** Render a {zh, en} message template with its data: the one interpolation step for findings, signals and notes. */
export function renderMsg(template: Msg, data: Record<string, unknown> = {}): Msg {
  const words = rowWords(data);
  return { zh: fill(template.zh, data, words, 'zh'), en: fill(template.en, data, words, 'en') };
}

// Templates are few and fixed (rule and import messages), and review fills them for thousands of
// forms: each is split once into [text, key, text, key, …, text], so filling one is a join.
const PARTS = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // The cap only guards against templates built from input.
    if (PARTS.size < 10_000) PARTS.set(template, parts);
  }
  return parts;
}

/** Results as data: parsers and validators return these instead of throwing. */

/** Text in both languages; zh is shown by default. */
export interface Msg {
  zh: string;
  en: string;
}

/** One problem found in input: a stable code, a location and a message. */
export interface Issue {
  code: string;
  /** A path into the model ("indicators[3].score") or a location in the source ("row 14, cell 3"). */
  path: string;
  message: Msg;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Replace {name} placeholders in a template with values from data. */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    key in data && data[key] !== undefined && data[key] !== null ? String(data[key]) : m,
  );
}

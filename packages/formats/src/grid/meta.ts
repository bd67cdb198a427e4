/** The meta our exports leave in a file's description: a prefix naming the writer, then JSON with the forms' template ids. */

/** The template ids after `prefix` in a description, or null for anyone else's file (or damaged meta). */
export function templatesIn(prefix: string, description: string | undefined): string[] | null {
  if (!description?.startsWith(prefix)) return null;
  try {
    const v = JSON.parse(description.slice(prefix.length)) as { templates?: unknown };
    return Array.isArray(v.templates) && v.templates.every((t) => typeof t === 'string') ? v.templates : null;
  } catch {
    return null;
  }
}

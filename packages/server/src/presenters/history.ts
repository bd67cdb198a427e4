/** A form's versions and comments on the wire; "by" is the user's display name, "byId" the user. */
import type { CommentsTable, FormVersionsTable } from '../db/schema';

type VersionRow = Pick<FormVersionsTable, 'version' | 'at' | 'by_user' | 'action' | 'diff' | 'comment'>;

/** One history entry (without the evaluation). */
export function presentVersion(x: VersionRow, names: Map<number, string>) {
  return { version: x.version, at: x.at, by: x.by_user === null ? null : names.get(x.by_user) ?? null, byId: x.by_user, action: x.action, comment: x.comment, diff: JSON.parse(x.diff) };
}

/** One earlier version with its evaluation (JSON text as stored). */
export function presentVersionAt(x: { version: number; at: string; action: string; evaluation: string }) {
  return { version: x.version, at: x.at, action: x.action, evaluation: JSON.parse(x.evaluation) };
}

/** One comment. */
export function presentComment(x: Omit<CommentsTable, 'id' | 'form_id'> & { id: number }, names: Map<number, string>) {
  return { id: x.id, text: x.text, indicator: x.indicator, at: x.at, by: names.get(x.user_id) ?? null, byId: x.user_id };
}

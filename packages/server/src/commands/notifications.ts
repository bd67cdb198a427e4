/**
 * In-app notifications: what others did to the forms of my organisation (returned, approved,
 * re-scored, published, reopened), read from the forms' history, newest first.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The history actions a unit hears about. */
export const NOTIFIED_ACTIONS = ['return', 'approve', 'finance-review', 'publish', 'unlock', 'unlock-targets'] as const;

/** Notifications for a user of organisations `orgs`: others' workflow actions on their forms. */
export async function listNotifications(db: Kysely<DB>, p: { userId: number; orgs: number[] | 'all'; limit: number }) {
  let q = db
    .selectFrom('form_versions as v')
    .innerJoin('forms as f', 'f.id', 'v.form_id')
    .leftJoin('users as u', 'u.id', 'v.by_user')
    .select(['v.form_id', 'v.version', 'v.at', 'v.action', 'v.comment', 'f.project_name', 'f.status', 'u.name as by_name'])
    .where('v.action', 'in', [...NOTIFIED_ACTIONS])
    .where((eb) => eb.or([eb('v.by_user', 'is', null), eb('v.by_user', '!=', p.userId)]));
  if (p.orgs !== 'all') q = p.orgs.length ? q.where('f.org_id', 'in', p.orgs) : q.where('f.id', '<', 0);
  const rows = await q.orderBy('v.at', 'desc').orderBy('v.form_id', 'desc').orderBy('v.version', 'desc').limit(p.limit).execute();
  return rows.map((r) => ({ formId: r.form_id, version: r.version, at: r.at, action: r.action, comment: r.comment, projectName: r.project_name, status: r.status, by: r.by_name ?? null }));
}

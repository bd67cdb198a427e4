/**
 * The indicator library as stored: core's common indicators (in code, not the database) and each
 * department's own entries (JSON rows), grown from approved target forms by core's growLibrary.
 */
import type { Kysely } from 'kysely';
import { COMMON_INDICATORS, growLibrary, searchLibrary, type LibraryIndicator, type LibraryQuery, type TargetForm } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { departmentOf } from '../plan-policies';
import type { Actor } from '../policies';
import { audit } from './audit';
import type { PlanRow } from './plans';

/** The own entries of departments (by id). */
export async function ownEntries(db: Kysely<DB>, departments: readonly number[]): Promise<LibraryIndicator[]> {
  if (departments.length === 0) return [];
  const rows = await db.selectFrom('library_entries').select('entry').where('owner_org_id', 'in', departments).orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.entry) as LibraryIndicator);
}

/** Search as you type over the common indicators and the departments' own. */
export async function searchEntries(db: Kysely<DB>, departments: readonly number[], text: string, q: LibraryQuery): Promise<LibraryIndicator[]> {
  // Retired entries stay stored (forms that picked them keep their id) but are no longer offered.
  return searchLibrary([...COMMON_INDICATORS, ...(await ownEntries(db, departments)).filter((e) => !e.retired)], text, q);
}

/** The owner name entries of a department carry (core's `owner`): the department's name. */
export function ownerName(tree: OrgTree, departmentId: number): string {
  return tree.get(departmentId)?.name ?? String(departmentId);
}

/** Write entries of a department: new ones inserted, changed ones (examples) replaced. */
async function saveEntries(db: Kysely<DB>, departmentId: number, before: readonly LibraryIndicator[], after: readonly LibraryIndicator[]): Promise<string[]> {
  const was = new Map(before.map((e) => [e.id, JSON.stringify(e)]));
  const now = new Date().toISOString();
  const written: string[] = [];
  for (const e of after) {
    if (e.owner === 'common') continue;
    const text = JSON.stringify(e);
    const old = was.get(e.id);
    if (old === text) continue;
    // Two approvals growing the same entry at once: the first insert stands, the second is not an error.
    if (old === undefined) await db.insertInto('library_entries').values({ id: e.id, owner_org_id: departmentId, entry: text, updated_at: now }).onConflict((oc) => oc.column('id').doNothing()).execute();
    else await db.updateTable('library_entries').set({ entry: text, updated_at: now }).where('id', '=', e.id).execute();
    written.push(e.id);
  }
  return written;
}

/** Grow the department's list from a target form finance approved (inside the approval's transaction). */
export async function growFromApproved(trx: Kysely<DB>, tree: OrgTree, row: PlanRow, actor: Actor): Promise<void> {
  const dept = departmentOf(row.org_id, tree);
  if (dept === null) return;
  const own = await ownEntries(trx, [dept]);
  const { library, added } = growLibrary([...COMMON_INDICATORS, ...own], JSON.parse(row.body) as TargetForm, ownerName(tree, dept));
  const written = await saveEntries(trx, dept, own, library.filter((e) => e.owner !== 'common'));
  if (written.length) await audit(trx, { userId: actor.id, action: 'library.grow', detail: { planId: row.id, departmentId: dept, added } });
}

/** Add (or replace) a department's own indicator by hand. */
export async function addEntry(db: Kysely<DB>, p: { actor: Actor; departmentId: number; entry: LibraryIndicator }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await ownEntries(trx, [p.departmentId]);
    await saveEntries(trx, p.departmentId, before, [p.entry]);
    await audit(trx, { userId: p.actor.id, action: 'library.add', detail: { departmentId: p.departmentId, id: p.entry.id } });
  });
}

/** One own entry by id with its department, or null. */
export async function entryById(db: Kysely<DB>, id: string): Promise<{ departmentId: number; entry: LibraryIndicator } | null> {
  const row = await db.selectFrom('library_entries').select(['owner_org_id', 'entry']).where('id', '=', id).executeTakeFirst();
  return row ? { departmentId: row.owner_org_id, entry: JSON.parse(row.entry) as LibraryIndicator } : null;
}

/** Edit an own entry (its name and id stay: forms refer to it), or retire or restore it; audited. */
export async function updateEntry(db: Kysely<DB>, p: { actor: Actor; departmentId: number; entry: LibraryIndicator; action: 'edit' | 'retire' | 'restore' }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('library_entries').set({ entry: JSON.stringify(p.entry), updated_at: new Date().toISOString() }).where('id', '=', p.entry.id).execute();
    await audit(trx, { userId: p.actor.id, action: `library.${p.action}`, detail: { departmentId: p.departmentId, id: p.entry.id } });
  });
}

/**
 * Form commands: create, edit, delete. Each runs in one transaction; each write names the
 * version it edits and is a conditional UPDATE ... WHERE id AND version, so two writers of the
 * same version cannot both succeed (no read-then-write race). The caller has authorised the actor
 * (policies); a command checks the form's own state: its status, version and locked targets.
 */
import type { Kysely } from 'kysely';
import { DELETABLE_STATUSES, EDITABLE_STATUSES, type Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail, notFound } from '../errors';
import { diff } from '../domain/diff';
import { lockedTargetChange, targetsOf, type TargetRow } from '../domain/targets';
import type { OrgTree } from '../domain/orgtree';
import { derive, type Derived } from '../domain/derive';
import { NO_EVIDENCE, reviewContextFor } from './cycle';
import type { Actor } from '../policies';
import type { Evidence } from '../evidence';
import { presentForm } from '../presenters/forms';
import { audit } from './audit';
import { findForm, rollupPart, storedColumns, writeRuleCounts, writeVersion, type FormRow } from './store';
import { rulesOf, shiftRollups } from './rollup';

/** The 409 for a stale version: carries the current form. */
export async function conflict(db: Kysely<DB>, id: number, tree: OrgTree): Promise<never> {
  const row = await findForm(db, id);
  if (!row) notFound();
  throw fail('version-conflict', { extra: { current: await presentForm(db, row, tree) } });
}

/** Create a draft for an organisation (pass `derived` when the evaluation was already scored and reviewed). */
export async function createForm(
  db: Kysely<DB>,
  p: { actor: Actor; orgId: number; evaluation: Evaluation; derived?: Derived; action?: 'create' | 'import'; sourceHash?: string | null; duplicateOf?: number; lockTargets?: boolean },
): Promise<FormRow> {
  const now = new Date().toISOString();
  // A new form has no evidence attached yet: review knows that (evidence-required), not "not known".
  const { columns, findings } = storedColumns(p.evaluation, p.derived ?? derive(p.evaluation, undefined, NO_EVIDENCE));
  return db.transaction().execute(async (trx) => {
    const row = (await trx
      .insertInto('forms')
      .values({
        ...columns, org_id: p.orgId, version: 1, status: 'draft', finance_review: null, finance_review_total: null,
        source_hash: p.sourceHash ?? null,
        // Imported as approved targets: the indicators' targets are locked from the start.
        ...(p.lockTargets ? { targets_baseline: JSON.stringify(targetsOf(p.evaluation)), targets_locked_at: now, targets_locked_by: p.actor.id } : {}),
        created_at: now, updated_at: now, created_by: p.actor.id, updated_by: p.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow()) as FormRow;
    await shiftRollups(trx, null, rollupPart(row, await writeRuleCounts(trx, row.id, findings)));
    await writeVersion(trx, { formId: row.id, version: 1, at: now, by: p.actor.id, action: p.action ?? 'create', evaluation: columns.evaluation, diff: [] });
    await audit(trx, { userId: p.actor.id, action: `form.${p.action ?? 'create'}`, formId: row.id, detail: { projectName: row.project_name, ...(p.duplicateOf ? { duplicateOf: p.duplicateOf } : {}), ...(p.lockTargets ? { targetsLocked: true } : {}) } });
    return row;
  });
}

/** Replace a form's evaluation; the unit may edit only drafts and returned forms. */
export async function updateForm(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actor: Actor; form: FormRow; version: number; evaluation: Evaluation },
): Promise<FormRow> {
  const { actor, form } = p;
  if (!EDITABLE_STATUSES.includes(form.status)) throw fail('not-editable', { path: 'status' });
  if (p.version !== form.version) await conflict(db, form.id, tree);
  if (form.targets_baseline !== null) {
    const change = lockedTargetChange(JSON.parse(form.targets_baseline) as TargetRow[], p.evaluation);
    if (change) throw fail('targets-locked', change);
  }
  const now = new Date().toISOString();
  // A self-evaluation created from approved targets is reviewed with the year's facts (monitoring, earlier years).
  const { columns, findings } = storedColumns(p.evaluation, derive(p.evaluation, undefined, await reviewContextFor(db, form.id, p.evaluation)));
  const changes = diff(JSON.parse(form.evaluation), p.evaluation);
  const updated = await db.transaction().execute(async (trx) => {
    const row = (await trx
      .updateTable('forms')
      .set({ ...columns, version: p.version + 1, updated_at: now, updated_by: actor.id })
      .where('id', '=', form.id)
      .where('version', '=', p.version)
      .where('status', 'in', EDITABLE_STATUSES)
      .returningAll()
      .executeTakeFirst()) as FormRow | undefined;
    if (!row) return undefined;
    // The row matched the version read, so `form` is what it contributed until now.
    const before = rollupPart(form, await rulesOf(trx, row.id));
    await shiftRollups(trx, before, rollupPart(row, await writeRuleCounts(trx, row.id, findings)));
    await writeVersion(trx, { formId: row.id, version: row.version, at: now, by: actor.id, action: 'edit', evaluation: columns.evaluation, diff: changes });
    await audit(trx, { userId: actor.id, action: 'form.edit', formId: row.id, detail: { version: row.version, diff: changes } });
    return row;
  });
  return updated ?? conflict(db, form.id, tree);
}

/** Delete a draft, with its 佐证材料: their files go when no other attachment names them. */
export async function deleteForm(db: Kysely<DB>, tree: OrgTree, p: { actor: Actor; form: FormRow; version: number; evidence: Evidence }): Promise<void> {
  const { actor, form } = p;
  if (!DELETABLE_STATUSES.includes(form.status)) throw fail('not-editable', { path: 'status', message: { zh: '只能删除草稿', en: 'only drafts can be deleted' } });
  if (p.version !== form.version) await conflict(db, form.id, tree);
  const done = await db.transaction().execute(async (trx) => {
    const rules = await rulesOf(trx, form.id);
    const r = await trx.deleteFrom('forms').where('id', '=', form.id).where('version', '=', p.version).where('status', 'in', DELETABLE_STATUSES).executeTakeFirst();
    if (Number(r.numDeletedRows) !== 1) return false;
    await shiftRollups(trx, rollupPart(form, rules), null);
    const evidence = await p.evidence.releaseOwner(trx, 'form', form.id);
    await audit(trx, { userId: actor.id, action: 'form.delete', formId: form.id, orgId: form.org_id, detail: { projectName: form.project_name, version: form.version, ...(evidence ? { evidence } : {}) } });
    return true;
  });
  if (!done) await conflict(db, form.id, tree);
}

/**
 * 整改 commands: open an item on a form, answer it (with evidence uploaded to the item), accept or
 * reopen it, choose to publish its outcome. Each runs in one transaction with its event and audit
 * entry; the life cycle is core's (RECT_TRANSITIONS), scope is the caller's (routes/rectification.ts).
 */
import type { Kysely, Selectable } from 'kysely';
import { RECT_TRANSITIONS, rectBlock, rectCounts, type RectAction, type RectCounts, type RectFilter, type RectSource, type RectStatus } from '@jixiao/core';
import type { DB, RectificationItemsTable } from '../db/schema';
import { fail } from '../errors';
import type { Actor } from '../policies';
import { audit } from './audit';
import { today } from './tasks';
import type { FormRow } from './store';

export type ItemRow = Selectable<RectificationItemsTable>;


export interface OpenInput {
  source: RectSource;
  /** A finding: "rule-id@path" of one of the form's findings; a 复核 row: its key ("3", "funds"). */
  sourceRef?: string;
  what: string;
  requiredAction: string;
  deadline: string;
}

/** Check the source names something on the form: one of its findings, a row finance re-scored. */
function checkSource(form: FormRow, input: OpenInput): string | null {
  if (input.source === 'manual') return null;
  const ref = input.sourceRef ?? '';
  if (input.source === 'finding') {
    const findings = JSON.parse(form.findings) as { ruleId: string; path: string }[];
    if (!findings.some((f) => `${f.ruleId}@${f.path}` === ref))
      throw fail('invalid-body', { path: 'sourceRef', message: { zh: `该表没有审核发现「${ref}」`, en: `the form has no finding "${ref}"` } });
    return ref;
  }
  const review = form.finance_review ? (JSON.parse(form.finance_review) as { scores: Record<string, unknown> }) : null;
  if (!review || !(ref in review.scores))
    throw fail('invalid-body', { path: 'sourceRef', message: { zh: `该表的财政复核没有「${ref}」这一行`, en: `the form's finance review has no row "${ref}"` } });
  return ref;
}

async function event(db: Kysely<DB>, p: { itemId: number; at: string; by: number; action: string; text?: string | null; evidence?: number[] }) {
  await db.insertInto('rectification_events').values({ item_id: p.itemId, at: p.at, by_user: p.by, action: p.action, text: p.text ?? null, evidence: JSON.stringify(p.evidence ?? []) }).execute();
}

/** Open an item on a form (finance): its unit is the form's. */
export async function openItem(db: Kysely<DB>, p: { actor: Actor; form: FormRow; input: OpenInput }): Promise<ItemRow> {
  const ref = checkSource(p.form, p.input);
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('rectification_items').values({
      form_id: p.form.id, org_id: p.form.org_id, year: p.form.year, source: p.input.source, source_ref: ref, what: p.input.what,
      required_action: p.input.requiredAction, deadline: p.input.deadline, status: 'open', version: 1, answer: null, answer_evidence: '[]',
      reopen_reason: null, reopened: 0, public: 0, opened_by: p.actor.id, opened_at: now, answered_at: null, closed_at: null, updated_at: now,
    }).returningAll().executeTakeFirstOrThrow();
    await event(trx, { itemId: row.id, at: now, by: p.actor.id, action: 'open', text: p.input.what });
    await audit(trx, { userId: p.actor.id, action: 'rectification.open', formId: p.form.id, detail: { item: row.id, source: p.input.source, sourceRef: ref, deadline: p.input.deadline } });
    return row;
  });
}

export async function findItem(db: Kysely<DB>, id: number): Promise<ItemRow | undefined> {
  return db.selectFrom('rectification_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Take an action at a version: 409 version-conflict when stale, invalid-transition when the status
 * does not allow it, 400 comment-required without the text the action needs; an answer's evidence
 * must be files uploaded to this item.
 */
export async function actOnItem(
  db: Kysely<DB>,
  p: { actor: Actor; item: ItemRow; action: RectAction; version: number; text?: string; evidence?: number[] },
): Promise<ItemRow> {
  const { actor, item, action } = p;
  if (p.version !== item.version) throw fail('version-conflict', { message: { zh: '该整改事项已被他人处理，请刷新后重试', en: 'the item was changed by someone else; reload and retry' } });
  const block = rectBlock(actor.role, action, item.status);
  if (block === 'role') throw fail('forbidden');
  if (block === 'status')
    throw fail('invalid-transition', { path: 'action', message: { zh: `整改事项状态为 ${item.status} 时不能执行 ${action}`, en: `cannot ${action} an item that is ${item.status}` } });
  const text = p.text?.trim() ?? '';
  if (RECT_TRANSITIONS[action].needsText && !text)
    throw fail('comment-required', { path: 'text', message: action === 'answer' ? { zh: '请说明整改情况', en: 'describe what was done' } : { zh: '退回须说明理由', en: 'a reopen needs a reason' } });
  const evidence = [...new Set(p.evidence ?? [])];
  if (action === 'answer' && evidence.length) {
    const found = await db.selectFrom('evidence').select('id').where('owner_kind', '=', 'rectification').where('owner_id', '=', item.id).where('id', 'in', evidence).execute();
    const missing = evidence.find((id) => !found.some((f) => f.id === id));
    if (missing !== undefined)
      throw fail('invalid-body', { path: 'evidence', message: { zh: `佐证材料 ${missing} 不属于该整改事项`, en: `evidence ${missing} was not uploaded to this item` } });
  }
  const now = new Date().toISOString();
  const to: RectStatus = RECT_TRANSITIONS[action].to;
  const changes =
    action === 'answer' ? { answer: text, answer_evidence: JSON.stringify(evidence), answered_at: now }
      : action === 'accept' ? { closed_at: now }
        : { reopen_reason: text, reopened: item.reopened + 1, closed_at: null };
  const row = await db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('rectification_items').set({ status: to, version: item.version + 1, updated_at: now, ...changes })
      .where('id', '=', item.id).where('version', '=', item.version).returningAll().executeTakeFirst();
    if (!r) return undefined;
    await event(trx, { itemId: item.id, at: now, by: actor.id, action, text: text || null, evidence: action === 'answer' ? evidence : [] });
    await audit(trx, { userId: actor.id, action: `rectification.${action}`, formId: item.form_id, detail: { item: item.id, from: item.status, to, text: text || undefined, evidence: action === 'answer' ? evidence : undefined } });
    return r;
  });
  if (!row) throw fail('version-conflict');
  return row;
}

/** Finance chooses whether the item's outcome is published with the form; audited. */
export async function setItemPublic(db: Kysely<DB>, p: { actor: Actor; item: ItemRow; public: boolean }): Promise<ItemRow> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('rectification_items').set({ public: p.public ? 1 : 0, updated_at: now }).where('id', '=', p.item.id).returningAll().executeTakeFirstOrThrow();
    await event(trx, { itemId: p.item.id, at: now, by: p.actor.id, action: p.public ? 'publish' : 'unpublish' });
    await audit(trx, { userId: p.actor.id, action: 'rectification.publish', formId: p.item.form_id, detail: { item: p.item.id, public: p.public } });
    return r;
  });
}

export interface ListItemsQuery {
  orgs: number[] | 'all';
  year?: number;
  formId?: number;
  filter?: RectFilter;
  limit: number;
}

/** Items in scope, newest first, joined with their form's project name and unit. */
export async function listItems(db: Kysely<DB>, q: ListItemsQuery) {
  if (q.orgs !== 'all' && q.orgs.length === 0) return [];
  let query = db.selectFrom('rectification_items as r').innerJoin('forms as f', 'f.id', 'r.form_id')
    .selectAll('r').select(['f.project_name', 'f.implementer', 'f.department']);
  if (q.orgs !== 'all') query = query.where('r.org_id', 'in', q.orgs);
  if (q.year !== undefined) query = query.where('r.year', '=', q.year);
  if (q.formId !== undefined) query = query.where('r.form_id', '=', q.formId);
  const day = today();
  if (q.filter === 'closed') query = query.where('r.status', '=', 'closed');
  else if (q.filter === 'open') query = query.where('r.status', '!=', 'closed');
  else if (q.filter === 'overdue') query = query.where('r.status', '!=', 'closed').where('r.deadline', '<', day);
  return query.orderBy('r.id', 'desc').limit(q.limit).execute();
}

/** An item's events with the acting user's name, oldest first. */
export async function itemEvents(db: Kysely<DB>, itemId: number) {
  return db.selectFrom('rectification_events as e').leftJoin('users as u', 'u.id', 'e.by_user')
    .select(['e.id', 'e.at', 'e.by_user', 'e.action', 'e.text', 'e.evidence', 'u.name as user_name']).where('e.item_id', '=', itemId).orderBy('e.id').execute();
}

/** Items not yet closed, per form (the forms that show 整改中). */
export async function openByForm(db: Kysely<DB>, formIds: number[]): Promise<Map<number, number>> {
  if (formIds.length === 0) return new Map();
  const rows = await db.selectFrom('rectification_items').select(['form_id', (e) => e.fn.countAll<number>().as('n')])
    .where('form_id', 'in', formIds).where('status', '!=', 'closed').groupBy('form_id').execute();
  return new Map(rows.map((r) => [r.form_id, Number(r.n)]));
}

/** Open, overdue and closed counts per organisation (the units'); the route folds them into departments. */
export async function countsByOrg(db: Kysely<DB>, orgs: number[] | 'all', year?: number): Promise<Map<number, RectCounts>> {
  if (orgs !== 'all' && orgs.length === 0) return new Map();
  let q = db.selectFrom('rectification_items').select(['org_id', 'status', 'deadline']);
  if (orgs !== 'all') q = q.where('org_id', 'in', orgs);
  if (year !== undefined) q = q.where('year', '=', year);
  const rows = await q.execute();
  const by = new Map<number, { status: RectStatus; deadline: string }[]>();
  for (const r of rows) by.set(r.org_id, [...(by.get(r.org_id) ?? []), r]);
  const day = today();
  return new Map([...by].map(([org, items]) => [org, rectCounts(items, day)]));
}

/**
 * Workflow transitions (草稿 → 已提交 → 主管部门已审核 / 已退回 → 财政已复核 → 已公开; unlock back to
 * 已退回), enforced here: role, scope, current status, version, required comment.
 */
import type { Kysely } from 'kysely';
import { Big, roundScore, type Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import type { OrgTree } from '../domain/orgtree';
import { canTransition, fromStatuses, TRANSITIONS, type Action, type Actor } from '../policies';
import { targetsOf } from '../domain/targets';
import { audit } from './audit';
import { conflict } from './forms';
import { refOf, rollupPart, SAME_EVALUATION, writeVersion, type FormRow } from './store';
import { rulesOf, shiftRollups } from './rollup';

/** 财政复核: a score and a reason per indicator (by index), and an overall comment. */
export interface ReviewInput {
  scores: Record<string, { score: number | null; reason: string }>;
  comment?: string;
}

export interface StoredReview extends ReviewInput {
  total: number;
  by: number;
  at: string;
}

/** Check a review against the form and compute its total: reviewed scores, else the unit's own. */
export function buildReview(ev: Evaluation, input: ReviewInput): { total: number } {
  let total = new Big(0);
  for (const key of Object.keys(input.scores)) {
    const i = /^\d+$/.test(key) ? Number(key) : -1;
    const ind = ev.indicators[i];
    if (!ind) throw fail('invalid-body', { path: `review.scores.${key}`, message: { zh: `没有第 ${key} 个指标`, en: `there is no indicator ${key}` } });
    const s = input.scores[key];
    if (s.score !== null && (s.score < 0 || (ind.weight !== null && s.score > ind.weight)))
      throw fail('invalid-body', { path: `review.scores.${key}.score`, message: { zh: '复核得分须在 0 与分值之间', en: 'the review score must lie between 0 and the weight' } });
    if (!s.reason.trim()) throw fail('comment-required', { path: `review.scores.${key}.reason`, message: { zh: '复核得分须说明理由', en: 'a review score needs a reason' } });
  }
  ev.indicators.forEach((ind, i) => {
    const r = input.scores[String(i)];
    const s = r && r.score !== null ? r.score : ind.score;
    if (s !== null) total = total.plus(s);
  });
  return { total: roundScore(total) };
}

/** Apply a workflow action to a form at a version. */
export async function transitionForm(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actor: Actor; form: FormRow; version: number; action: Action; comment?: string; review?: ReviewInput },
): Promise<FormRow> {
  const { actor, form, action } = p;
  const rule = TRANSITIONS[action];
  if (!canTransition(actor, refOf(form), action, tree)) throw fail('forbidden');
  if (p.version !== form.version) await conflict(db, form.id, tree);
  if (!fromStatuses(action, actor.role).includes(form.status))
    throw fail('invalid-transition', { path: 'action', message: { zh: `状态为 ${form.status} 时不能执行 ${action}`, en: `cannot ${action} a form that is ${form.status}` } });
  if (action === 'unlock-targets' && form.targets_baseline === null)
    throw fail('invalid-transition', { path: 'action', message: { zh: '该表的年度指标未锁定', en: 'the targets of this form are not locked' } });
  const comment = p.comment?.trim() ?? '';
  if (rule.needsComment && !comment) throw fail('comment-required', { path: 'comment' });
  let review: StoredReview | null | undefined;
  const now = new Date().toISOString();
  if (action === 'finance-review') {
    if (!p.review) throw fail('invalid-body', { path: 'review', message: { zh: '财政复核须提交复核意见', en: 'a finance review needs the review' } });
    const { total } = buildReview(JSON.parse(form.evaluation), p.review);
    review = { ...p.review, total, by: actor.id, at: now };
  }
  // Approval locks the targets as they stand (the baseline of the self-evaluation); unlock-targets lifts the lock.
  const targets =
    action === 'approve'
      ? { targets_baseline: JSON.stringify(targetsOf(JSON.parse(form.evaluation) as Evaluation)), targets_locked_at: now, targets_locked_by: actor.id }
      : action === 'unlock-targets'
        ? { targets_baseline: null, targets_locked_at: null, targets_locked_by: null }
        : {};
  const to = rule.to ?? form.status;
  const updated = await db.transaction().execute(async (trx) => {
    const row = (await trx
      .updateTable('forms')
      .set({
        status: to, version: p.version + 1, updated_at: now, updated_by: actor.id, ...targets,
        ...(review ? { review: JSON.stringify(review), review_total: review.total } : {}),
      })
      .where('id', '=', form.id)
      .where('version', '=', p.version)
      .where('status', '=', form.status)
      .returningAll()
      .executeTakeFirst()) as FormRow | undefined;
    if (!row) return undefined;
    if (row.status !== form.status) {
      const rules = await rulesOf(trx, row.id);
      await shiftRollups(trx, rollupPart(form, rules), rollupPart(row, rules));
    }
    // A transition leaves the evaluation as it was: '' stands for the version before's (no copy per transition).
    await writeVersion(trx, { formId: row.id, version: row.version, at: now, by: actor.id, action, evaluation: SAME_EVALUATION, diff: [], comment: comment || null });
    if (comment) await trx.insertInto('comments').values({ form_id: row.id, user_id: actor.id, at: now, text: comment, indicator: null }).execute();
    await audit(trx, { userId: actor.id, action: `form.${action}`, formId: row.id, detail: { from: form.status, to, comment: comment || undefined, reviewTotal: review?.total } });
    return row;
  });
  return updated ?? conflict(db, form.id, tree);
}

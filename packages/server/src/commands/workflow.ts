/**
 * Workflow transitions by core's table (草稿 → 已提交 → 主管部门已审核 / 已退回 → 财政已复核 → 已公开;
 * unlock back to 已退回), on a form the caller has authorised the actor for: this checks the form's
 * state — version, current status, locked targets — and the required comment.
 */
import type { Kysely } from 'kysely';
import { financeReviewProblems, financeReviewTotals, transitionBlock, TRANSITIONS, type Action, type Evaluation, type FinanceReviewScores, type Grade } from '@jixiao/core';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import type { OrgTree } from '../domain/orgtree';
import type { Actor } from '../policies';
import { targetsOf } from '../domain/targets';
import { audit } from './audit';
import { conflict } from './forms';
import { rollupPart, SAME_EVALUATION, writeVersion, type FormRow } from './store';
import { rulesOf, shiftRollups } from './rollup';

/** 财政复核: the finance bureau's score and reason per row (an indicator's index, or "funds" for the execution score), and an overall comment. */
export interface FinanceReviewInput {
  scores: FinanceReviewScores;
  comment?: string;
}

/** A finance review as stored on the form: the input, its total and grade, who and when. */
export interface StoredFinanceReview extends FinanceReviewInput {
  total: number;
  grade: Grade;
  by: number;
  at: string;
}

/** Validate a finance review against the form and compute its total and grade (core's financeReviewTotals). */
export function financeReviewTotal(ev: Evaluation, input: FinanceReviewInput): { total: number; grade: Grade } {
  const problem = financeReviewProblems(ev, input.scores)[0];
  if (problem) {
    const field = problem.code === 'no-such-row' ? '' : problem.code === 'reason-required' ? '.reason' : '.score';
    throw fail(problem.code === 'reason-required' ? 'comment-required' : 'invalid-body', { path: `financeReview.scores.${problem.key}${field}`, message: problem.message });
  }
  const { total, grade } = financeReviewTotals(ev, input.scores);
  return { total, grade };
}

/** Apply a workflow action to a form at a version. */
export async function transitionForm(
  db: Kysely<DB>,
  tree: OrgTree,
  p: { actor: Actor; form: FormRow; version: number; action: Action; comment?: string; financeReview?: FinanceReviewInput },
): Promise<FormRow> {
  const { actor, form, action } = p;
  const rule = TRANSITIONS[action];
  if (p.version !== form.version) await conflict(db, form.id, tree);
  const block = transitionBlock(actor.role, action, { status: form.status, targetsLocked: form.targets_baseline !== null });
  // The route authorised the role (policies.canTransition); a block by role means a caller skipped that.
  if (block === 'role') throw fail('forbidden');
  if (block === 'status')
    throw fail('invalid-transition', { path: 'action', message: { zh: `状态为 ${form.status} 时不能执行 ${action}`, en: `cannot ${action} a form that is ${form.status}` } });
  if (block === 'targets-not-locked')
    throw fail('invalid-transition', { path: 'action', message: { zh: '该表的年度指标未锁定', en: 'the targets of this form are not locked' } });
  const comment = p.comment?.trim() ?? '';
  if (rule.needsComment && !comment) throw fail('comment-required', { path: 'comment' });
  let financeReview: StoredFinanceReview | undefined;
  const now = new Date().toISOString();
  if (action === 'finance-review') {
    if (!p.financeReview) throw fail('invalid-body', { path: 'financeReview', message: { zh: '财政复核须提交复核意见', en: 'a finance review needs its scores (financeReview)' } });
    const { total, grade } = financeReviewTotal(JSON.parse(form.evaluation), p.financeReview);
    financeReview = { ...p.financeReview, total, grade, by: actor.id, at: now };
  }
  // Approval locks the targets as they stand (the baseline of the self-evaluation); unlock-targets lifts the lock.
  const targets =
    rule.targets === 'lock'
      ? { targets_baseline: JSON.stringify(targetsOf(JSON.parse(form.evaluation) as Evaluation)), targets_locked_at: now, targets_locked_by: actor.id }
      : rule.targets === 'unlock'
        ? { targets_baseline: null, targets_locked_at: null, targets_locked_by: null }
        : {};
  const to = rule.to ?? form.status;
  const updated = await db.transaction().execute(async (trx) => {
    const row = (await trx
      .updateTable('forms')
      .set({
        status: to, version: p.version + 1, updated_at: now, updated_by: actor.id, ...targets,
        ...(financeReview ? { finance_review: JSON.stringify(financeReview), finance_review_total: financeReview.total } : {}),
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
    await audit(trx, { userId: actor.id, action: `form.${action}`, formId: row.id, detail: { from: form.status, to, comment: comment || undefined, financeReviewTotal: financeReview?.total } });
    return row;
  });
  return updated ?? conflict(db, form.id, tree);
}

/**
 * The year's facts beside a self-evaluation created from approved targets: the baseline with its
 * approved changes, the latest monitoring filed, and earlier years' targets and actuals of the
 * unit. Core turns them into what stands beside each indicator (besideIndicators) and into
 * review's context (reviewContextOf), so monitoring-contradicted and target-below-history run on
 * the self-evaluation as on the target form.
 */
import type { Kysely } from 'kysely';
import {
  besideIndicators, scoreAndReview, recordsOfEvaluation, reviewContextOf, type Baseline, type CycleFacts, type Evaluation, type EvidenceCount, type IndicatorRecord, type MonitoringForm,
  type ReviewContext, type TargetForm,
} from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import type { PlanRow } from './plans';
import { lightSettingsFor } from './settings';

/** How many earlier years of records are looked at. */
const YEARS_BACK = 10;

/** Earlier years' indicator records of a unit: its self-evaluations, and approved target forms not yet evaluated. */
export async function recordsFor(db: Kysely<DB>, orgId: number, year: number): Promise<IndicatorRecord[]> {
  const forms = await db.selectFrom('forms').select(['id', 'evaluation']).where('org_id', '=', orgId).where('year', '<', year).where('year', '>=', year - YEARS_BACK).orderBy('year', 'desc').limit(200).execute();
  const out = forms.flatMap((f) => recordsOfEvaluation(JSON.parse(f.evaluation) as Evaluation));
  const targets = await db
    .selectFrom('plan_forms')
    .select(['body'])
    .where('kind', '=', 'target').where('org_id', '=', orgId).where('status', '=', 'finance_approved').where('evaluation_form_id', 'is', null)
    .where('year', '<', year).where('year', '>=', year - YEARS_BACK)
    .limit(200)
    .execute();
  for (const t of targets) {
    const f = JSON.parse(t.body) as TargetForm;
    for (const x of f.indicators) out.push({ year: f.year, projectName: f.projectName, implementer: f.implementer, name: x.name, target: x.target, actual: '' });
  }
  return out;
}

/** The monitoring filed for a target form that counts: the latest not in draft or returned. */
export async function monitoringOf(db: Kysely<DB>, targetId: number): Promise<MonitoringForm | undefined> {
  const row = await db
    .selectFrom('plan_forms')
    .select('body')
    .where('kind', '=', 'monitoring').where('target_form_id', '=', targetId).where('status', 'in', ['submitted', 'dept_approved', 'finance_approved'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? (JSON.parse(row.body) as MonitoringForm) : undefined;
}

/** The facts of an approved target form's year, and review's context from them. */
export async function cycleFactsOf(db: Kysely<DB>, target: PlanRow, baseline: Baseline) {
  const facts: CycleFacts = { baseline, monitoring: await monitoringOf(db, target.id), records: await recordsFor(db, target.org_id, target.year) };
  return { facts, context: (ev: Evaluation): ReviewContext => reviewContextOf(ev, facts) };
}

/** The target form a self-evaluation was created from, if any. */
export async function targetOfForm(db: Kysely<DB>, formId: number): Promise<PlanRow | undefined> {
  return (await db.selectFrom('plan_forms').selectAll().where('evaluation_form_id', '=', formId).where('kind', '=', 'target').executeTakeFirst()) as PlanRow | undefined;
}

/** What a form held by the server knows before any file is attached: no evidence (not "not known"). */
export const NO_EVIDENCE: ReviewContext = Object.freeze({ evidence: Object.freeze([]) });

/** The form's 佐证材料 counts per indicator row (attachments for the form as a whole are not an indicator's). */
export async function evidenceCountsOf(db: Kysely<DB>, formId: number): Promise<EvidenceCount[]> {
  const rows = await db.selectFrom('evidence').select(['indicator', (e) => e.fn.countAll<number>().as('n')])
    .where('owner_kind', '=', 'form').where('owner_id', '=', formId).where('indicator', 'is not', null).groupBy('indicator').execute();
  return rows.map((r) => ({ indicatorIndex: Number(r.indicator), count: Number(r.n) })).sort((a, b) => a.indicatorIndex - b.indicatorIndex);
}

/** Review's context for a self-evaluation: its evidence counts, and the year's facts when it was created from approved targets. */
export async function reviewContextFor(db: Kysely<DB>, formId: number, ev: Evaluation, baseline?: Baseline): Promise<ReviewContext> {
  const evidence = await evidenceCountsOf(db, formId);
  const target = await targetOfForm(db, formId);
  if (!target || target.baseline === null) return { evidence };
  return { ...(await cycleFactsOf(db, target, baseline ?? (JSON.parse(target.baseline) as Baseline))).context(ev), evidence };
}

/**
 * What stands beside each indicator of a self-evaluation, with the target form it came from, and
 * review's findings with today's facts (monitoring filed since the last save counts here at once,
 * in the stored findings from the next save); null when it came from no target form.
 */
export async function besideOf(db: Kysely<DB>, formId: number, ev: Evaluation, tree?: OrgTree) {
  const target = await targetOfForm(db, formId);
  if (!target || target.baseline === null) return null;
  const { facts, context } = await cycleFactsOf(db, target, JSON.parse(target.baseline) as Baseline);
  // The monitoring lights beside each indicator use the finance bureau's thresholds for the unit and year.
  if (tree) facts.lightSettings = await lightSettingsFor(db, tree, target.org_id, target.year);
  return { targetFormId: target.id, beside: besideIndicators(ev, facts), findings: scoreAndReview(ev, undefined, context(ev)).findings };
}

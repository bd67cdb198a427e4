/**
 * 抽查 and 复核 by a panel (issue 15, items 2 and 3) over the stored forms: core's risk ranking of
 * every submitted form in a scope (from the stored evaluation and findings, the unit's other years
 * and the evidence counts), the seeded sample draw (core's drawSample) recorded with its ranking,
 * manual additions and removals with their reasons, assignments to panel reviewers for a period,
 * the panel's checklist and re-score, and finance's decision on it.
 */
import type { Kysely, Selectable } from 'kysely';
import {
  drawSample, rankForms, rankingLights, scoreEvaluation, type Evaluation, type Finding, type FinanceReviewScores, type FormStatus, type Grade,
  type LightSettings, type MonitoringForm, type MonitoringLight, type Msg, type RankInput, type RankingRow, type SampleRequest,
} from '@jixiao/core';
import type { DB, PanelAssignmentsTable } from '../db/schema';
import { fail, notFound } from '../errors';
import type { Actor } from '../policies';
import { audit } from './audit';
import { today } from './tasks';
import { financeReviewTotal } from './workflow';

/** The statuses that count as submitted for 抽查: from 已提交 on, not back with the unit. */
export const RANKED_STATUSES: FormStatus[] = ['submitted', 'dept_approved', 'finance_reviewed', 'published'];


/** The forms assigned to a user whose period includes today (an expert's whole view). */
export async function activeAssignments(db: Kysely<DB>, userId: number, day = today()): Promise<Set<number>> {
  const rows = await db
    .selectFrom('panel_assignments')
    .select('form_id')
    .where('user_id', '=', userId)
    .where('from_date', '<=', day)
    .where('to_date', '>=', day)
    .where('status', '<>', 'cancelled')
    .execute();
  return new Set(rows.map((r) => r.form_id));
}

// ---------------------------------------------------------------------------------------------
// Ranking

/** A form as the ranking carries it. */
interface FormInput extends RankInput {
  formId: number;
  orgId: number;
  status: FormStatus;
}

/** One ranked form on the wire: core's table row (place, score, identity, totals) with every signal's reason in both languages. */
export type RankedFormView = Pick<RankingRow, 'rank' | 'score' | 'year' | 'projectName' | 'department' | 'implementer' | 'claimed' | 'provenMax'> & {
  formId: number;
  orgId: number;
  status: FormStatus;
  signals: { signalId: string; points: number; message: Msg }[];
};

// Ties sort by the key: zero-padded ids sort as numbers do, so the order is the forms' creation order.
const keyOf = (id: number) => String(id).padStart(10, '0');

/**
 * Rank every submitted form of a year in the organisations given. The stored evaluation is scored
 * again (scoring alone, no review: the findings are the stored ones), the unit's other years come
 * from the stored totals, the evidence counts from one grouped query, and July's lights from the
 * monitoring filed for the target form a self-evaluation was created from (lit with the thresholds
 * in force for its unit and year, `lightsFor`; the defaults without it).
 */
export async function rankScope(db: Kysely<DB>, orgs: number[] | 'all', year: number, lightsFor?: (orgId: number) => Promise<LightSettings>): Promise<RankedFormView[]> {
  if (orgs !== 'all' && orgs.length === 0) return [];
  let q = db.selectFrom('forms').select(['id', 'org_id', 'status', 'evaluation', 'findings']).where('year', '=', year).where('status', 'in', RANKED_STATUSES);
  if (orgs !== 'all') q = q.where('org_id', 'in', orgs);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const unitOrgs = [...new Set(rows.map((r) => r.org_id))];
  // The unit's self-scores in other years (unit-always-high): the stored 总分 of its submitted forms.
  const history = new Map<number, { year: number; score: number | null }[]>();
  for (const part of chunks(unitOrgs)) {
    const others = await db.selectFrom('forms').select(['org_id', 'year', 'claimed_total']).where('org_id', 'in', part).where('year', '<>', year).where('status', 'in', RANKED_STATUSES).execute();
    for (const o of others) history.set(o.org_id, [...(history.get(o.org_id) ?? []), { year: o.year, score: o.claimed_total }]);
  }
  // Evidence per indicator (evidence-missing): an indicator not listed has none.
  const evidence = new Map<number, { indicatorIndex: number; count: number }[]>();
  for (const part of chunks(rows.map((r) => r.id))) {
    const counts = await db
      .selectFrom('evidence')
      .select(['owner_id', 'indicator', (e) => e.fn.countAll<number>().as('n')])
      .where('owner_kind', '=', 'form')
      .where('owner_id', 'in', part)
      .where('indicator', 'is not', null)
      .groupBy(['owner_id', 'indicator'])
      .execute();
    for (const c of counts) evidence.set(c.owner_id, [...(evidence.get(c.owner_id) ?? []), { indicatorIndex: Number(c.indicator), count: Number(c.n) }]);
  }
  const monitoring = await monitoringLightsOf(db, rows, lightsFor);
  const inputs: FormInput[] = rows.map((r) => ({
    id: keyOf(r.id),
    formId: r.id,
    orgId: r.org_id,
    status: r.status,
    scored: scoreEvaluation(JSON.parse(r.evaluation) as Evaluation),
    findings: JSON.parse(r.findings) as Finding[],
    context: { otherYears: history.get(r.org_id) ?? [], evidence: evidence.get(r.id) ?? [], ...(monitoring.has(r.id) ? { monitoring: monitoring.get(r.id) } : {}) },
  }));
  return rankForms(inputs).map((f) => {
    const ev = f.input.scored.evaluation;
    const t = f.input.scored.totals;
    return {
      formId: f.input.formId, rank: f.rank, score: f.score, orgId: f.input.orgId, status: f.input.status, year: ev.year,
      projectName: ev.projectName, department: ev.department, implementer: ev.implementer,
      claimed: t.claimedTotal ?? (t.claimedSum > 0 ? t.claimedSum : null), provenMax: t.proven.max,
      signals: f.signals.map((h) => ({ signalId: h.signalId, points: h.points, message: h.message })),
    };
  });
}

/**
 * July's lights per self-evaluation: for a form created from an approved target form, the latest
 * monitoring filed for that target (not in draft or returned, as the cycle's review takes it). The
 * self-evaluation keeps the target form's rows in order, so a light's row is the form's row. A form
 * without monitoring is left out: "not known", which the signal does not count as "no red lights".
 */
async function monitoringLightsOf(db: Kysely<DB>, forms: { id: number; org_id: number }[], lightsFor?: (orgId: number) => Promise<LightSettings>): Promise<Map<number, MonitoringLight[]>> {
  const out = new Map<number, MonitoringLight[]>();
  const orgOf = new Map(forms.map((f) => [f.id, f.org_id]));
  const targetOf = new Map<number, number>();
  for (const part of chunks(forms.map((f) => f.id))) {
    const targets = await db.selectFrom('plan_forms').select(['id', 'evaluation_form_id']).where('kind', '=', 'target').where('evaluation_form_id', 'in', part).execute();
    for (const t of targets) if (t.evaluation_form_id !== null) targetOf.set(t.id, t.evaluation_form_id);
  }
  const settings = new Map<number, LightSettings | undefined>();
  for (const part of chunks([...targetOf.keys()])) {
    const filed = await db
      .selectFrom('plan_forms')
      .select(['id', 'target_form_id', 'body'])
      .where('kind', '=', 'monitoring').where('target_form_id', 'in', part).where('status', 'in', ['submitted', 'dept_approved', 'finance_approved'])
      .orderBy('id', 'desc')
      .execute();
    for (const m of filed) {
      const formId = targetOf.get(m.target_form_id!);
      if (formId === undefined || out.has(formId)) continue; // the latest filed counts
      const org = orgOf.get(formId)!;
      if (!settings.has(org)) settings.set(org, lightsFor ? await lightsFor(org) : undefined);
      out.set(formId, rankingLights(JSON.parse(m.body) as MonitoringForm, settings.get(org)));
    }
  }
  return out;
}

function chunks<T>(list: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Samples

/** A sample request: counts, the seed, and manual changes (each with its reason). */
export interface DrawInput {
  orgId: number;
  year: number;
  top: number;
  /** How many forms to draw at random below the top N; or `randomShare` of them (0–1, rounded half up). */
  random?: number;
  randomShare?: number;
  seed: string;
  add?: { formId: number; reason: string }[];
  remove?: { formId: number; reason: string }[];
}

const reasonRequired = (path: string) => fail('reason-required', { path });

/** Draw and record a sample over the ranking of the scope. */
export async function drawAndRecord(db: Kysely<DB>, actor: Actor, orgs: number[] | 'all', p: DrawInput, lightsFor?: (orgId: number) => Promise<LightSettings>): Promise<number> {
  const ranking = await rankScope(db, orgs, p.year, lightsFor);
  const population = ranking.length;
  const below = Math.max(0, population - p.top);
  const random = p.random ?? Math.floor((p.randomShare ?? 0) * below + 0.5);
  const toChange = (side: 'add' | 'remove') =>
    (p[side] ?? []).map((c, i) => {
      if (!c.reason?.trim()) throw reasonRequired(`${side}[${i}].reason`);
      return { id: keyOf(c.formId), reason: c.reason };
    });
  const request: SampleRequest = { top: p.top, random, seed: p.seed, add: toChange('add'), remove: toChange('remove') };
  const candidates = ranking.map((r) => ({ id: keyOf(r.formId), rank: r.rank, score: r.score }));
  const drawn = drawSample(candidates, request);
  if (!drawn.ok) {
    const first = drawn.issues[0];
    if (first.code === 'sample-reason') throw reasonRequired(first.path ?? '');
    throw fail('invalid-body', { path: first.path ?? '', message: first.message, data: { code: first.code } });
  }
  const s = drawn.value;
  const now = new Date().toISOString();
  const formOf = (key: string) => Number(key);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('samples')
      .values({
        org_id: p.orgId, year: p.year, seed: s.seed, algorithm: s.algorithm, top_n: s.top, random_n: s.random, population: s.population,
        ranking: JSON.stringify(candidates.map((c) => ({ formId: formOf(c.id), rank: c.rank, score: c.score }))), created_by: actor.id, created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const removed = new Map(s.removed.map((x) => [x.id, x.reason]));
    const items = [
      ...s.drawn.map((d) => ({
        sample_id: row.id, form_id: formOf(d.id), way: d.way, rank: d.rank, score: d.score, added_reason: null, added_by: null, added_at: null,
        removed_reason: removed.get(d.id) ?? null, removed_by: removed.has(d.id) ? actor.id : null, removed_at: removed.has(d.id) ? now : null,
      })),
      ...s.picks.filter((x) => x.way === 'added').map((d) => ({
        sample_id: row.id, form_id: formOf(d.id), way: d.way, rank: d.rank, score: d.score, added_reason: d.reason ?? null, added_by: actor.id, added_at: now,
        removed_reason: null, removed_by: null, removed_at: null,
      })),
    ];
    if (items.length) await trx.insertInto('sample_items').values(items).execute();
    await audit(trx, {
      userId: actor.id, action: 'sample.draw', orgId: p.orgId,
      detail: { sample: row.id, year: p.year, seed: s.seed, top: s.top, random: s.random, population: s.population, add: p.add ?? [], remove: p.remove ?? [] },
    });
    return row.id;
  });
}

/** A sample as stored, with its forms and their assignments. */
export async function loadSample(db: Kysely<DB>, id: number) {
  const sample = await db.selectFrom('samples').selectAll().where('id', '=', id).executeTakeFirst();
  if (!sample) return undefined;
  const items = await db
    .selectFrom('sample_items as i')
    .innerJoin('forms as f', 'f.id', 'i.form_id')
    .select(['i.form_id', 'i.way', 'i.rank', 'i.score', 'i.added_reason', 'i.added_by', 'i.added_at', 'i.removed_reason', 'i.removed_by', 'i.removed_at', 'f.project_name', 'f.department', 'f.implementer', 'f.status'])
    .where('i.sample_id', '=', id)
    .orderBy('i.rank')
    .execute();
  const assignments = await db.selectFrom('panel_assignments').selectAll().where('sample_id', '=', id).orderBy('id').execute();
  return { sample, items, assignments };
}

/** A manual change after the draw: add a ranked form, or take a form out; the reason is required. */
export async function changeSample(db: Kysely<DB>, actor: Actor, sampleId: number, p: { op: 'add' | 'remove'; formId: number; reason: string }): Promise<void> {
  const reason = p.reason?.trim() ?? '';
  if (!reason) throw reasonRequired('reason');
  const sample = await db.selectFrom('samples').select(['id', 'org_id', 'ranking']).where('id', '=', sampleId).executeTakeFirstOrThrow();
  const ranked = (JSON.parse(sample.ranking) as { formId: number; rank: number; score: number }[]).find((r) => r.formId === p.formId);
  if (!ranked) throw fail('invalid-body', { path: 'formId', message: { zh: '该表不在本次抽样的排序结果中', en: 'the form is not in the ranking this sample was drawn from' } });
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('sample_items').selectAll().where('sample_id', '=', sampleId).where('form_id', '=', p.formId).executeTakeFirst();
    const inSample = !!item && item.removed_at === null;
    if (p.op === 'add') {
      if (inSample) throw fail('invalid-body', { path: 'formId', message: { zh: '该表已在样本中', en: 'the form is already in the sample' } });
      if (item)
        await trx.updateTable('sample_items').set({ added_reason: reason, added_by: actor.id, added_at: now, removed_reason: null, removed_by: null, removed_at: null }).where('id', '=', item.id).execute();
      else
        await trx.insertInto('sample_items').values({
          sample_id: sampleId, form_id: p.formId, way: 'added', rank: ranked.rank, score: ranked.score, added_reason: reason, added_by: actor.id, added_at: now,
          removed_reason: null, removed_by: null, removed_at: null,
        }).execute();
    } else {
      if (!inSample) throw fail('invalid-body', { path: 'formId', message: { zh: '该表不在样本中', en: 'the form is not in the sample' } });
      await trx.updateTable('sample_items').set({ removed_reason: reason, removed_by: actor.id, removed_at: now }).where('id', '=', item!.id).execute();
      await trx.updateTable('panel_assignments').set({ status: 'cancelled' }).where('sample_id', '=', sampleId).where('form_id', '=', p.formId).where('status', 'in', ['assigned', 'returned']).execute();
    }
    await audit(trx, { userId: actor.id, action: `sample.${p.op}`, formId: p.formId, detail: { sample: sampleId, reason } });
  });
}

// ---------------------------------------------------------------------------------------------
// Panel

/** 核查要点: what a panel checks on every sampled form (finance may add its own items by key). */
export const CHECKLIST: { key: string; label: Msg }[] = [
  { key: 'funds', label: { zh: '资金到位与执行数与账务、决算一致', en: 'funds received and spent agree with the accounts and the 决算' } },
  { key: 'targets', label: { zh: '年度指标与批复的绩效目标一致', en: 'the targets are the approved performance targets' } },
  { key: 'actuals', label: { zh: '实际完成值有佐证材料支撑', en: 'each actual is backed by evidence (佐证材料)' } },
  { key: 'scores', label: { zh: '自评得分与完成情况相符', en: 'each self-score matches what was achieved' } },
  { key: 'deviation', label: { zh: '偏差原因和改进措施说明充分', en: 'deviations are explained, with the measures taken' } },
];

export interface ChecklistItem {
  key: string;
  checked: boolean;
  notes: string;
}

export type Assignment = Selectable<PanelAssignmentsTable>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkPeriod(from: string, to: string): void {
  for (const [k, v] of [['from', from], ['to', to]] as const)
    if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) throw fail('invalid-body', { path: k, message: { zh: '日期格式应为 YYYY-MM-DD', en: 'a date is written YYYY-MM-DD' } });
  if (from > to) throw fail('invalid-body', { path: 'to', message: { zh: '结束日期不能早于开始日期', en: 'the period cannot end before it starts' } });
}

/** Assign a sampled form to a reviewer (an expert, or a finance reviewer) for a period. */
export async function assign(db: Kysely<DB>, actor: Actor, sampleId: number, p: { formId: number; userId: number; from: string; to: string }, userInScope: (orgId: number | null) => boolean): Promise<Assignment> {
  checkPeriod(p.from, p.to);
  const item = await db.selectFrom('sample_items').select(['id']).where('sample_id', '=', sampleId).where('form_id', '=', p.formId).where('removed_at', 'is', null).executeTakeFirst();
  if (!item) throw fail('invalid-body', { path: 'formId', message: { zh: '该表不在样本中', en: 'the form is not in the sample' } });
  const user = await db.selectFrom('users').select(['id', 'role', 'org_id', 'disabled_at']).where('id', '=', p.userId).executeTakeFirst();
  if (!user || !userInScope(user.org_id) || user.disabled_at) throw fail('invalid-body', { path: 'userId', message: { zh: '没有这个复核人员', en: 'no such reviewer' } });
  if (user.role !== 'expert' && user.role !== 'finance_reviewer')
    throw fail('invalid-body', { path: 'userId', message: { zh: '复核人员须为复核专家或财政复核人员', en: 'a panel reviewer is an expert or a finance reviewer' } });
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('panel_assignments')
      .values({
        sample_id: sampleId, form_id: p.formId, user_id: p.userId, from_date: p.from, to_date: p.to, status: 'assigned',
        checklist: JSON.stringify(CHECKLIST.map((c) => ({ key: c.key, checked: false, notes: '' }))), result: null, submitted_at: null,
        decided_by: null, decided_at: null, decision_reason: null, created_by: actor.id, created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: actor.id, action: 'panel.assign', formId: p.formId, detail: { sample: sampleId, assignment: row.id, user: p.userId, from: p.from, to: p.to } });
    return row;
  });
}

/** Change an assignment's period, or cancel it (finance). */
export async function updateAssignment(db: Kysely<DB>, actor: Actor, a: Assignment, p: { from?: string; to?: string; cancel?: boolean }): Promise<Assignment> {
  const from = p.from ?? a.from_date;
  const to = p.to ?? a.to_date;
  checkPeriod(from, to);
  const status = p.cancel ? 'cancelled' : a.status;
  return db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('panel_assignments').set({ from_date: from, to_date: to, status }).where('id', '=', a.id).returningAll().executeTakeFirstOrThrow();
    await audit(trx, { userId: actor.id, action: p.cancel ? 'panel.cancel' : 'panel.period', formId: a.form_id, detail: { assignment: a.id, from, to } });
    return row;
  });
}

/** Whether the panel member may still work on the assignment: its own, in its period, not decided. */
export function panelMayWork(actor: Actor, a: Assignment, day = today()): boolean {
  return a.user_id === actor.id && a.from_date <= day && day <= a.to_date && (a.status === 'assigned' || a.status === 'returned');
}

/** Save the checklist (核查要点): known keys only, each checked or not with notes. */
export async function saveChecklist(db: Kysely<DB>, a: Assignment, items: ChecklistItem[]): Promise<Assignment> {
  const known = new Set(CHECKLIST.map((c) => c.key));
  items.forEach((it, i) => {
    if (!known.has(it.key)) throw fail('invalid-body', { path: `items[${i}].key`, message: { zh: `没有这个核查要点：${it.key}`, en: `no such checklist item: ${it.key}` } });
  });
  const merged = CHECKLIST.map((c) => items.find((it) => it.key === c.key) ?? { key: c.key, checked: false, notes: '' });
  return db.updateTable('panel_assignments').set({ checklist: JSON.stringify(merged) }).where('id', '=', a.id).returningAll().executeTakeFirstOrThrow();
}

/** The panel's re-score, as finance's own review is written (scores per row with reasons, a comment). */
export interface PanelResult {
  scores: FinanceReviewScores;
  comment?: string;
  total: number;
  grade: Grade;
  by: number;
  at: string;
}

/** Submit the panel's re-score: checked against the form as a finance review is. */
export async function submitPanel(db: Kysely<DB>, actor: Actor, a: Assignment, p: { scores: FinanceReviewScores; comment?: string }): Promise<Assignment> {
  const form = await db.selectFrom('forms').select(['evaluation']).where('id', '=', a.form_id).executeTakeFirstOrThrow();
  const { total, grade } = financeReviewTotal(JSON.parse(form.evaluation) as Evaluation, p);
  const now = new Date().toISOString();
  const result: PanelResult = { scores: p.scores, comment: p.comment, total, grade, by: actor.id, at: now };
  return db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('panel_assignments').set({ result: JSON.stringify(result), submitted_at: now, status: 'submitted' }).where('id', '=', a.id).returningAll().executeTakeFirstOrThrow();
    await audit(trx, { userId: actor.id, action: 'panel.submit', formId: a.form_id, detail: { assignment: a.id, total, grade } });
    return row;
  });
}

/** Record finance's decision on a submitted panel result (the form's finance review, when accepted, is the caller's). */
export async function decidePanel(db: Kysely<DB>, actor: Actor, a: Assignment, decision: 'accept' | 'return', reason: string): Promise<Assignment> {
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('panel_assignments')
      .set({ status: decision === 'accept' ? 'accepted' : 'returned', decided_by: actor.id, decided_at: now, decision_reason: reason || null })
      .where('id', '=', a.id)
      .where('status', '=', 'submitted')
      .returningAll()
      .executeTakeFirst();
    if (!row) throw fail('invalid-transition', { path: 'decision' });
    await audit(trx, { userId: actor.id, action: `panel.${decision}`, formId: a.form_id, detail: { assignment: a.id, reason: reason || undefined } });
    return row;
  });
}

/** Finance's choice to publish an accepted 复核 outcome with the published form (or to take it back); only an accepted result is published. */
export async function setAssignmentPublic(db: Kysely<DB>, actor: Actor, a: Assignment, pub: boolean): Promise<Assignment> {
  if (pub && a.status !== 'accepted') throw fail('invalid-transition', { path: 'public', message: { zh: '只有已采纳的复核结果才能公开', en: 'only an accepted panel result can be published' } });
  return db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('panel_assignments').set({ public: pub ? 1 : 0 }).where('id', '=', a.id).returningAll().executeTakeFirstOrThrow();
    await audit(trx, { userId: actor.id, action: pub ? 'panel.publish' : 'panel.unpublish', formId: a.form_id, detail: { assignment: a.id } });
    return row;
  });
}

/** An assignment on the wire. */
export function presentAssignment(a: Assignment, extra: Record<string, unknown> = {}) {
  return {
    id: a.id, sampleId: a.sample_id, formId: a.form_id, userId: a.user_id, from: a.from_date, to: a.to_date, status: a.status,
    active: a.from_date <= today() && today() <= a.to_date && a.status !== 'cancelled',
    checklist: JSON.parse(a.checklist) as ChecklistItem[], result: a.result ? (JSON.parse(a.result) as PanelResult) : null, submittedAt: a.submitted_at,
    decidedBy: a.decided_by, decidedAt: a.decided_at, decisionReason: a.decision_reason, public: a.public === 1, createdAt: a.created_at, ...extra,
  };
}

export function notFoundUnless(ok: boolean): void {
  if (!ok) notFound();
}

/** Shapes plan form rows (target, monitoring, adjustment) into the resources of docs/api.md. */
import type { Kysely } from 'kysely';
import {
  allowedPlanActions, budgetLight, indicatorLights, reviewTargetForm, targetFormHistory, targetFormIssues, type MonitoringForm, type TargetForm,
} from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import type { Actor } from '../policies';
import { contentIssues, findPlan, type PlanRow } from '../commands/plans';
import { recordsFor } from '../commands/cycle';
import { lightSettingsFor } from '../commands/settings';
import type { TaskRow } from '../commands/tasks';
import { taskOf } from '../commands/tasks';

/** A list item: no form body. */
export function presentPlanItem(row: PlanRow, tree: OrgTree) {
  return {
    id: row.id, kind: row.kind, version: row.version, orgId: row.org_id, orgName: tree.get(row.org_id)?.name ?? '', year: row.year,
    projectName: row.project_name, status: row.status, targetFormId: row.target_form_id, evaluationFormId: row.evaluation_form_id,
    submittedAt: row.submitted_at, updatedAt: row.updated_at,
  };
}

/**
 * The full resource: the form verbatim, what the actor may do with it, the issues that stop
 * submission, and per kind what core computes on every read — a target form's review findings
 * (with its earlier years beside each row), a monitoring form's lights.
 */
export async function presentPlan(db: Kysely<DB>, row: PlanRow, tree: OrgTree, actor: Actor) {
  const form = JSON.parse(row.body);
  const target = row.target_form_id === null ? undefined : await findPlan(db, row.target_form_id);
  const extra: Record<string, unknown> = {};
  if (row.kind === 'target') {
    const { findings, earlier } = await checkTargetForm(db, row.org_id, form as TargetForm);
    Object.assign(extra, { findings, earlier, baseline: row.baseline === null ? null : JSON.parse(row.baseline) });
  }
  if (row.kind === 'monitoring') {
    // The lights with the thresholds finance set for the unit and year (60/80 by default).
    const s = await lightSettingsFor(db, tree, row.org_id, row.year);
    extra.lights = { budget: budgetLight(form as MonitoringForm, s), indicators: indicatorLights(form as MonitoringForm, s), thresholds: { red: s.red, yellow: s.yellow } };
  }
  return {
    ...presentPlanItem(row, tree),
    form,
    approvals: JSON.parse(row.approvals),
    allowed: allowedPlanActions(row.kind, actor.role, row.status),
    issues: contentIssues(row, target),
    ...extra,
    createdAt: row.created_at,
  };
}

/** A target form as core reviews it for a unit: what blocks submission, the target rules' findings with earlier years, those years per row. */
export async function checkTargetForm(db: Kysely<DB>, orgId: number, form: TargetForm) {
  const { rows, prior } = targetFormHistory(await recordsFor(db, orgId, form.year), form);
  return { issues: targetFormIssues(form), findings: reviewTargetForm(form, { history: prior }), earlier: rows };
}

/** A task as finance opened it, units named. */
export function presentTask(row: TaskRow, tree: OrgTree) {
  const t = taskOf(row);
  return {
    id: row.id, year: t.year, stage: t.stage, period: t.period, deadline: t.deadline, note: t.note,
    units: t.units.map((u) => ({ id: Number(u), name: tree.get(Number(u))?.name ?? '' })),
    projects: t.projects.map((p) => ({ unitId: Number(p.unit), project: p.project })),
    createdAt: row.created_at,
  };
}

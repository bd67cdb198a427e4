/** 结果应用 and 公开 queries: the forms of a department's report, and what the public page may show. */
import type { Kysely } from 'kysely';
import { resultsReport, type BudgetThresholds, type Grade, type ResultsInput } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { departmentOf as deptIdOf } from '../plan-policies';
import { openByForm } from './rectification';

/** The department an organisation reports under (plan-policies' departmentOf), with its name; a unit straight under finance stands for itself. */
export function departmentOf(tree: OrgTree, id: number): { id: number; name: string } {
  const d = tree.get(deptIdOf(id, tree) ?? id);
  return { id: d?.id ?? id, name: d?.name ?? '' };
}

/** The department's report: its units' forms of the year from 已提交 on (a draft is not yet a result). */
export async function resultsFor(db: Kysely<DB>, p: { orgs: number[]; year: number; thresholds: BudgetThresholds }) {
  if (p.orgs.length === 0) return resultsReport([], p.thresholds);
  const rows = await db.selectFrom('forms')
    .select(['id', 'year', 'project_name', 'implementer', 'status', 'claimed_total', 'grade', 'finance_review_total', 'finance_review', 'execution_rate'])
    .where('org_id', 'in', p.orgs).where('year', '=', p.year).where('status', '!=', 'draft').orderBy('id').execute();
  const open = await openByForm(db, rows.map((r) => r.id));
  const inputs: ResultsInput[] = rows.map((r) => ({
    formId: r.id, year: r.year, projectName: r.project_name, implementer: r.implementer, status: r.status,
    selfScore: r.claimed_total, selfGrade: (r.grade as Grade | null) ?? null,
    reviewScore: r.finance_review_total,
    reviewGrade: r.finance_review ? ((JSON.parse(r.finance_review) as { grade?: Grade }).grade ?? null) : null,
    executionRate: r.execution_rate, openRectification: open.get(r.id) ?? 0,
  }));
  return resultsReport(inputs, p.thresholds);
}

/** Departments with published forms, and how many per year (the public page's choices). */
export async function publishedDepartments(db: Kysely<DB>, unitToDept: (orgId: number) => { id: number; name: string }) {
  const rows = await db.selectFrom('forms').select(['org_id', 'year', (e) => e.fn.countAll<number>().as('n')]).where('status', '=', 'published').groupBy(['org_id', 'year']).execute();
  const by = new Map<number, { orgId: number; name: string; years: Map<number, number> }>();
  for (const r of rows) {
    const d = unitToDept(r.org_id);
    const entry = by.get(d.id) ?? { orgId: d.id, name: d.name, years: new Map<number, number>() };
    entry.years.set(r.year, (entry.years.get(r.year) ?? 0) + Number(r.n));
    by.set(d.id, entry);
  }
  return [...by.values()].sort((a, b) => a.orgId - b.orgId).map((d) => ({ orgId: d.orgId, name: d.name, years: [...d.years].sort((a, b) => b[0] - a[0]).map(([year, forms]) => ({ year, forms })) }));
}

/** Rectification outcomes finance chose to publish, on published forms only. */
export async function publicRectification(db: Kysely<DB>, p: { orgs: number[] | 'all'; year?: number; formId?: number }) {
  if (p.orgs !== 'all' && p.orgs.length === 0) return [];
  let q = db.selectFrom('rectification_items as r').innerJoin('forms as f', 'f.id', 'r.form_id')
    .select(['r.id', 'r.form_id', 'r.year', 'r.what', 'r.required_action', 'r.deadline', 'r.status', 'r.answer', 'r.closed_at', 'f.project_name', 'f.implementer'])
    .where('r.public', '=', 1).where('f.status', '=', 'published');
  if (p.orgs !== 'all') q = q.where('r.org_id', 'in', p.orgs);
  if (p.year !== undefined) q = q.where('r.year', '=', p.year);
  if (p.formId !== undefined) q = q.where('r.form_id', '=', p.formId);
  const rows = await q.orderBy('r.id').execute();
  return rows.map((r) => ({
    id: r.id, formId: r.form_id, year: r.year, projectName: r.project_name, implementer: r.implementer, what: r.what,
    requiredAction: r.required_action, deadline: r.deadline, status: r.status, outcome: r.status === 'closed' ? r.answer : null, closedAt: r.closed_at,
  }));
}

/**
 * 抽查 outcomes finance chose to publish: accepted panel 复核 results on published forms, with the
 * panel's total and grade and the decision date only (no reviewer, reasons, checklist or risk rank).
 */
export async function publicSampling(db: Kysely<DB>, p: { orgs: number[] | 'all'; year?: number; formId?: number }) {
  if (p.orgs !== 'all' && p.orgs.length === 0) return [];
  let q = db.selectFrom('panel_assignments as a').innerJoin('forms as f', 'f.id', 'a.form_id')
    .select(['a.id', 'a.form_id', 'a.result', 'a.decided_at', 'f.year', 'f.project_name', 'f.implementer', 'f.claimed_total'])
    .where('a.public', '=', 1).where('a.status', '=', 'accepted').where('f.status', '=', 'published');
  if (p.orgs !== 'all') q = q.where('f.org_id', 'in', p.orgs);
  if (p.year !== undefined) q = q.where('f.year', '=', p.year);
  if (p.formId !== undefined) q = q.where('a.form_id', '=', p.formId);
  const rows = await q.orderBy('a.id').execute();
  return rows.map((r) => {
    const result = JSON.parse(r.result ?? '{}') as { total?: number; grade?: Grade };
    return {
      id: r.id, formId: r.form_id, year: r.year, projectName: r.project_name, implementer: r.implementer, selfScore: r.claimed_total,
      reviewScore: result.total ?? null, reviewGrade: result.grade ?? null, decidedOn: r.decided_at?.slice(0, 10) ?? null,
    };
  });
}

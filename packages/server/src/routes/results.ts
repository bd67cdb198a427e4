/**
 * 结果应用 (the department's results report for the budget office, json/xlsx/pdf) and 公开 (the
 * public page's departments, one PDF or xlsx bundle of a department's published forms, and the
 * rectification outcomes finance chose to publish).
 */
import { z } from 'zod';
import { DEFAULT_BUDGET_THRESHOLDS, parseBudgetThresholds, type Evaluation } from '@jixiao/core';
import { exportResultsReport } from '@jixiao/formats';
import type { AppContext } from '../context';
import type { OrgTree } from '../domain/orgtree';
import { fail } from '../errors';
import { parseWith } from '../http';
import { scopeOf } from '../policies';
import { effectiveSetting } from '../commands/settings';
import { departmentOf, publicRectification, publicSampling, publishedDepartments, resultsFor } from '../commands/results';
import { MAX_EXPORT } from '../commands/exports';
import { exportIn, sendFile } from './files';
import type { Routes } from './registry';

const Id = z.string().regex(/^[1-9]\d{0,9}$/, 'must be a positive whole number').transform(Number);
const Year = z.string().regex(/^\d{4}$/, 'a year such as 2020').transform(Number);
const ResultsQuery = z.object({ department: Id, year: Year, format: z.enum(['json', 'xlsx', 'pdf']).default('json'), lang: z.enum(['zh', 'en']).default('zh') });
const BundleQuery = z.object({ department: Id, year: Year, format: z.enum(['pdf', 'xlsx']) });
const PublicOutcomeQuery = z.object({ department: Id.optional(), year: Year.optional(), formId: Id.optional() });

export function mountResults(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  /** The department of the query: 400 when the id names no department. */
  const department = (tree: OrgTree, id: number) => {
    const d = tree.get(id);
    if (!d || d.kind !== 'department') throw fail('invalid-query', { path: 'department', message: { zh: '须指定一个主管部门', en: 'department must name a 主管部门' } });
    return d;
  };

  r.add({ method: 'get', path: '/api/reports/results', summary: '结果应用: a department’s forms of a year with self and 复核 scores and grades, execution rates, open 整改 and a suggested budget signal (thresholds: the budget-thresholds setting); format=json|xlsx|pdf', tag: 'reports', auth: true, query: ['department', 'year', 'format', 'lang'] }, async (c, actor) => {
    const q = parseWith(ResultsQuery, c.req.query(), 'invalid-query');
    if (actor.role === 'unit_editor') throw fail('forbidden');
    const tree = await ctx.orgs();
    const d = department(tree, q.department);
    const scope = scopeOf(actor, tree);
    if (scope !== 'all' && !scope.has(d.id)) throw fail('not-found');
    const setting = await effectiveSetting(db, tree, d.id, q.year, 'budget-thresholds');
    const parsed = parseBudgetThresholds(setting.value);
    const thresholds = parsed.ok ? parsed.value : DEFAULT_BUDGET_THRESHOLDS;
    const report = await resultsFor(db, { orgs: [...tree.subtree(d.id)], year: q.year, thresholds });
    const doc = { department: d.name, year: q.year, thresholds, ...report };
    if (q.format === 'json') return c.json({ departmentId: d.id, ...doc });
    return sendFile(c, await exportResultsReport(doc, q.format, q.lang), q.format, `${q.year}年度${d.name}绩效评价结果应用表`);
  });

  r.add({ method: 'get', path: '/api/public/departments', summary: 'Departments with published forms, with the count per year (no login)', tag: 'public', auth: false }, async (c) => {
    const tree = await ctx.orgs();
    return c.json({ items: await publishedDepartments(db, (id) => departmentOf(tree, id)) });
  });

  r.add({ method: 'get', path: '/api/public/bundle', summary: 'A department’s published forms of a year as one PDF or one xlsx, as published with the 决算 (no login)', tag: 'public', auth: false, query: ['department', 'year', 'format'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c) => {
    const q = parseWith(BundleQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const d = department(tree, q.department);
    const rows = await db.selectFrom('forms').select('evaluation').where('status', '=', 'published').where('year', '=', q.year)
      .where('org_id', 'in', [...tree.subtree(d.id)]).orderBy('implementer').orderBy('project_name').orderBy('id').limit(MAX_EXPORT + 1).execute();
    if (rows.length === 0) throw fail('not-found', { message: { zh: '该部门该年度没有已公开的自评表', en: 'the department has no published forms for that year' } });
    if (rows.length > MAX_EXPORT) throw fail('invalid-query', { message: { zh: `一次最多导出 ${MAX_EXPORT} 张表`, en: `at most ${MAX_EXPORT} forms per file` } });
    const forms = rows.map((x) => JSON.parse(x.evaluation) as Evaluation);
    return sendFile(c, await exportIn(ctx, forms, q.format, forms.map(() => undefined)), q.format, `${q.year}年度${d.name}项目支出绩效自评表`);
  });

  r.add({ method: 'get', path: '/api/public/rectification', summary: '整改 outcomes finance chose to publish, on published forms (no login)', tag: 'public', auth: false, query: ['department', 'year', 'formId'] }, async (c) => {
    const q = parseWith(PublicOutcomeQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgs = q.department === undefined ? 'all' : [...tree.subtree(department(tree, q.department).id)];
    return c.json({ items: await publicRectification(db, { orgs, year: q.year, formId: q.formId }) });
  });

  r.add({ method: 'get', path: '/api/public/sampling', summary: '抽查 outcomes finance chose to publish: accepted panel 复核 totals and grades on published forms, with the decision date (no login)', tag: 'public', auth: false, query: ['department', 'year', 'formId'] }, async (c) => {
    const q = parseWith(PublicOutcomeQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgs = q.department === undefined ? 'all' : [...tree.subtree(department(tree, q.department).id)];
    return c.json({ items: await publicSampling(db, { orgs, year: q.year, formId: q.formId }) });
  });
}

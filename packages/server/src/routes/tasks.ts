/** 任务布置 routes: finance opens a stage; units see what is due; finance and departments see progress per department. */
import { z } from 'zod';
import { STAGE_KINDS, validateTask } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail } from '../errors';
import { parseWith, readJson } from '../http';
import { canOpenTask, canReadOrg, visibleUnits } from '../plan-policies';
import { createTask, dueFor, progressOf, tasksFor, today } from '../commands/tasks';
import { presentTask } from '../presenters/plans';
import type { Routes } from './registry';

const id = z.number().int().positive().max(2_147_483_647);
const OpenBody = z.object({
  year: z.number().int().min(1990).max(2100),
  stage: z.enum(STAGE_KINDS),
  period: z.object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) }).nullable().optional(),
  unitIds: z.array(id).min(1).max(5000),
  projects: z.array(z.object({ unitId: id, project: z.string().trim().min(1).max(500) })).max(20000).optional(),
  deadline: z.string().max(10),
  note: z.string().max(5000).optional(),
});
const int = (min: number, max: number) => z.string().regex(/^\d{1,10}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const DueQuery = z.object({ year: int(1990, 2100).optional(), unitId: int(1, 2_147_483_647).optional() });
const ProgressQuery = z.object({ year: int(1990, 2100).optional(), stage: z.enum(STAGE_KINDS).optional(), taskId: int(1, 2_147_483_647).optional() });

export function mountTasks(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'post', path: '/api/tasks', summary: 'Open a stage of a year (目标申报 / 运行监控 with its period / 自评) for units and projects, with a deadline (finance)', tag: 'tasks', auth: true, body: 'json', ok: { status: 201, description: 'the task' } }, async (c, actor) => {
    const body = await readJson(c, OpenBody);
    const tree = await ctx.orgs();
    const unitIds = [...new Set(body.unitIds)];
    if (!canOpenTask(actor, unitIds, tree)) throw fail('forbidden', { path: 'unitIds' });
    const projects = body.projects ?? [];
    const stray = projects.findIndex((p) => !unitIds.includes(p.unitId));
    if (stray >= 0) throw fail('invalid-body', { path: `projects[${stray}].unitId`, message: { zh: '项目所属单位不在本任务范围内', en: 'the project’s unit is not among the task’s units' } });
    const v = validateTask({
      id: 'new', year: body.year, stage: body.stage, period: body.period ?? null, units: unitIds.map(String),
      projects: projects.map((p) => ({ unit: String(p.unitId), project: p.project })), deadline: body.deadline, note: body.note ?? '',
    });
    if (!v.ok) throw fail('invalid-body', { path: v.issues[0].path, message: v.issues[0].message });
    return c.json(presentTask(await createTask(db, { actor, task: v.value }), tree), 201);
  });

  r.add({ method: 'get', path: '/api/tasks', summary: 'Tasks covering units in scope', tag: 'tasks', auth: true, query: ['year'] }, async (c, actor) => {
    const p = parseWith(DueQuery.pick({ year: true }), c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const rows = await tasksFor(db, visibleUnits(actor, tree), p.year);
    return c.json({ items: rows.map((row) => presentTask(row, tree)) });
  });

  r.add({ method: 'get', path: '/api/tasks/due', summary: 'What is due (overdue first): a unit editor’s own, or one unit’s in scope (unitId)', tag: 'tasks', auth: true, query: ['year', 'unitId'] }, async (c, actor) => {
    const p = parseWith(DueQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const unit = p.unitId ?? (actor.role === 'unit_editor' ? actor.orgId : null);
    if (unit === null) throw fail('invalid-query', { path: 'unitId', message: { zh: '请指定单位', en: 'name a unit (unitId)' } });
    if (!canReadOrg(actor, unit, tree)) throw fail('forbidden', { path: 'unitId' });
    const on = today();
    const items = await dueFor(db, await tasksFor(db, [unit], p.year), [unit], on);
    return c.json({ today: on, items: items.map((i) => ({ ...i, taskId: Number(i.taskId), unitId: Number(i.unit), unitName: tree.get(Number(i.unit))?.name ?? '' })) });
  });

  r.add({ method: 'get', path: '/api/tasks/progress', summary: 'Completion and timeliness rates per department, with the overdue items (finance; a department its own)', tag: 'tasks', auth: true, query: ['year', 'stage', 'taskId'] }, async (c, actor) => {
    const p = parseWith(ProgressQuery, c.req.query(), 'invalid-query');
    if (actor.role === 'unit_editor') throw fail('forbidden');
    const tree = await ctx.orgs();
    const units = visibleUnits(actor, tree);
    let rows = await tasksFor(db, units, p.year);
    if (p.stage) rows = rows.filter((t) => t.stage === p.stage);
    if (p.taskId !== undefined) rows = rows.filter((t) => t.id === p.taskId);
    const on = today();
    const items = await dueFor(db, rows, units, on);
    const overdue = items.filter((i) => i.status === 'overdue').map((i) => ({ ...i, taskId: Number(i.taskId), unitId: Number(i.unit), unitName: tree.get(Number(i.unit))?.name ?? '' }));
    return c.json({ today: on, departments: progressOf(items, tree), overdue });
  });
}

/**
 * Files of the forms before the self-evaluation: a 绩效目标申报表 or 运行监控表 exported in its official
 * layout (xlsx, docx, pdf, html), and a 申报表 file (xlsx, docx) imported as a new draft target form.
 * The work runs in the job pool's workers, as the self-evaluation's imports and exports do.
 */
import { z } from 'zod';
import { PLAN_EXPORT_FORMATS, type ImportNote, type PlanExportFormat, type PlanSignatures, type TargetImportResult } from '@jixiao/formats';
import type { LightSettings, MonitoringForm, TargetForm } from '@jixiao/core';
import type { AppContext } from '../context';
import { fail, notFound } from '../errors';
import { idParam, parseWith, readUploads, type UploadParse } from '../http';
import { canCreatePlan, canReadPlan } from '../plan-policies';
import { createPlan, planOr404, targetFormOf } from '../commands/plans';
import { lightSettingsFor } from '../commands/settings';
import { presentPlan } from '../presenters/plans';
import { sendFile } from './files';
import type { Routes } from './registry';

/**
 * The signature line of an exported plan form: 填报人 who last submitted it, 审核人 the department's
 * and finance's approvers as they stand, 日期 the day of the latest of these; blank while nobody has.
 */
async function planSignaturesOf(db: AppContext['database']['db'], plan: { id: number; approvals: string }): Promise<PlanSignatures> {
  const submit = await db
    .selectFrom('plan_versions')
    .leftJoin('users', 'users.id', 'plan_versions.by_user')
    .select(['users.name as name', 'plan_versions.at as at'])
    .where('plan_versions.plan_id', '=', plan.id)
    .where('plan_versions.action', '=', 'submit')
    .orderBy('plan_versions.version', 'desc')
    .executeTakeFirst();
  const approvals = JSON.parse(plan.approvals) as Record<'department' | 'finance', { by: string; at: string } | null>;
  const approved = [approvals.department, approvals.finance].filter((a): a is { by: string; at: string } => a !== null && a !== undefined);
  const dates = [submit?.at, ...approved.map((a) => a.at)].filter((d): d is string => !!d).sort();
  return {
    ...(submit?.name ? { preparer: submit.name } : {}),
    ...(approved.length ? { reviewer: approved.map((a) => a.by).join('、') } : {}),
    ...(dates.length ? { date: dates[dates.length - 1].slice(0, 10) } : {}),
  };
}

const FormatQuery = z.object({ format: z.enum(PLAN_EXPORT_FORMATS) });
const ImportQuery = z.object({
  orgId: z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(2_147_483_647)).optional(),
  year: z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1990).max(2100)).optional(),
  preview: z.enum(['0', '1']).optional(),
});
/** Forms one imported file may create. */
const MAX_FORMS = 20;

export function mountPlanFiles(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'get', path: '/api/plans/:id/export', summary: 'Export a target form (绩效目标申报表) or monitoring form (运行监控表, lights with the thresholds in force) in its official layout', tag: 'files', auth: true, query: ['format'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c, actor) => {
    const { format } = parseWith(FormatQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const plan = await planOr404(db, idParam(c));
    if (!canReadPlan(actor, { kind: plan.kind, orgId: plan.org_id, status: plan.status }, tree)) notFound();
    if (plan.kind === 'adjustment')
      throw fail('invalid-query', { path: 'id', message: { zh: '目标调整申请没有官方导出格式，请导出其绩效目标申报表', en: 'an adjustment has no official layout to export: export its target form' } });
    const signatures = [await planSignaturesOf(db, plan)];
    const job =
      plan.kind === 'target'
        ? { kind: 'export-target', forms: [JSON.parse(plan.body) as TargetForm], format, signatures }
        : { kind: 'export-monitoring', forms: [JSON.parse(plan.body) as MonitoringForm], format, lights: (await lightSettingsFor(db, tree, plan.org_id, plan.year)) satisfies LightSettings, signatures };
    const data = await ctx.jobs.run<Uint8Array | string>(job);
    const title = plan.kind === 'target' ? '绩效目标申报表' : '运行监控表';
    return sendFile(c, data, format satisfies PlanExportFormat, `${plan.project_name || `plan-${plan.id}`}-${title}`);
  });

  r.add({ method: 'post', path: '/api/target-forms/import', summary: 'Import a 绩效目标申报表 file (xlsx, docx, html or pdf, field "files") as new draft target forms of orgId (default: the caller’s unit); year is used when the file states none; preview=1 reads and checks it and stores nothing', tag: 'files', auth: true, body: 'multipart', query: ['orgId', 'year', 'preview'], ok: { status: 201, description: 'the new target forms and what the reader noted' } }, async (c, actor) => {
    const q = parseWith(ImportQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    const orgId = q.orgId ?? actor.orgId;
    if (orgId === null || orgId === undefined || !canCreatePlan(actor, orgId, tree)) throw fail('forbidden', { path: 'orgId' });
    const files = await readUploads(c, 1, (body, contentType) => ctx.jobs.run<UploadParse>({ kind: 'upload', body, contentType }, [body.buffer as ArrayBuffer]));
    const file = files[0];
    const r = await ctx.jobs.run<TargetImportResult>({ kind: 'import-target', bytes: file.bytes, fileName: file.name, defaultYear: q.year }, [file.bytes.buffer as ArrayBuffer]);
    // What the file cannot give is the client's to fix: a 400 naming the cell, never a 5xx.
    if (!r.ok) throw fail('invalid-body', { path: 'files', message: r.issues[0].message, extra: { importError: r.issues[0] } });
    if (r.forms.length > MAX_FORMS)
      throw fail('invalid-body', { path: 'files', message: { zh: `一个文件最多导入 ${MAX_FORMS} 张申报表`, en: `at most ${MAX_FORMS} target forms from one file` } });
    // Every form is checked before any is stored: a file imports whole or not at all.
    const forms = r.forms.map((f, i) => targetFormOf(f.form, `forms[${i}]`));
    const notes: (ImportNote & { form: number })[] = r.forms.flatMap((f, i) => f.notes.map((n) => ({ ...n, form: i })));
    // A preview: the forms as read, for the unit to look over before it saves them (POST /api/target-forms).
    if (q.preview === '1') return c.json({ forms, notes, file: file.name });
    const items = [];
    for (const form of forms) {
      const row = await createPlan(db, { actor, kind: 'target', orgId, year: form.year, projectName: form.projectName, body: form, targetFormId: null });
      items.push(await presentPlan(db, row, tree, actor));
    }
    return c.json({ items, notes, file: file.name }, 201);
  });
}

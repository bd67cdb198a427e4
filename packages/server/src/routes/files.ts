/** Import (multipart, many files, any format) and export (one form or a filtered set, any format). */
import { z } from 'zod';
import { FORMATS, type EvidenceEntry, type ExportFormat, type ImportResult } from '@jixiao/formats';
import type { Evaluation } from '@jixiao/core';
import type { AppContext, C } from '../context';
import type { Actor } from '../policies';
import { AppError, fail, notFound } from '../errors';
import { idParam, parseWith, readUploads, type UploadParse } from '../http';
import { allowedOrgs, canEditForm, checkDuties, canImportApprovedTargets, canReadForm, hiddenStatuses, importUnit, readableForm } from '../policies';
import { FilterSchema } from '../commands/queries';
import { importFiles } from '../commands/imports';
import { evaluationsMatching, evidenceForExport, formsByIds, MAX_EXPORT } from '../commands/exports';
import { refOf, type FormRow } from '../commands/store';
import { updateForm } from '../commands/forms';
import type { Routes } from './registry';
import { applyProgress, RUN_ID, type FileProgress, type RunView } from '../jobs/runs';

const EXPORTS = FORMATS.filter((f) => f.export).map((f) => f.name) as [ExportFormat, ...ExportFormat[]];
const FormatQuery = z.object({ format: z.enum(EXPORTS) });
const flag = z.enum(['0', '1', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true');
/** `decisions={"0:1":"replace",…}`: per form (file index:form index) already stored, replace / keep / skip. */
const Decisions = z.string().max(20_000).transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
}).pipe(z.record(z.string().regex(/^\d{1,3}:\d{1,4}$/), z.enum(['replace', 'keep', 'skip'])));
const ImportQuery = z.object({ save: flag, allowDuplicates: flag, targetsApproved: flag, decisions: Decisions.optional(), run: z.string().regex(RUN_ID, 'must be 8–64 letters, digits, - or _').optional() });
/** `ids=1,2,3`: a selection to export, in the order given, each form read as GET /api/forms/:id would. */
const IdsParam = z.string().regex(/^[1-9]\d{0,9}(,[1-9]\d{0,9})*$/, 'must be form ids separated by commas')
  .transform((s) => [...new Set(s.split(',').map(Number))])
  .pipe(z.array(z.number().int().max(2_147_483_647)).max(MAX_EXPORT));
const ExportQuery = FilterSchema.extend({ format: z.enum(EXPORTS), ids: IdsParam.optional() });
export const MAX_FILES = 50;

/** Send a file with a download name (RFC 5987 for Chinese names). */
export function sendFile(c: C, data: Uint8Array | string, format: ExportFormat, base: string): Response {
  const meta = FORMATS.find((f) => f.name === format)!;
  const name = `${base}${meta.extensions[0]}`;
  c.header('Content-Type', meta.mime);
  c.header('Content-Disposition', `attachment; filename="export${meta.extensions[0]}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  return c.body(typeof data === 'string' ? data : new Uint8Array(data));
}

export function mountFiles(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;

  r.add({ method: 'post', path: '/api/import', summary: 'Import files (preview; save=1 stores drafts; forms already stored — same file, or same project, year and unit — are skipped unless decisions={"file:form":"replace|keep|skip"} or allowDuplicates=1 (keep); targetsApproved=1, admins only, locks the imported targets; run=ID lets the client follow and cancel it)', tag: 'files', auth: true, body: 'multipart', query: ['save', 'allowDuplicates', 'targetsApproved', 'decisions', 'run'] }, async (c, actor) => {
    const q = parseWith(ImportQuery, c.req.query(), 'invalid-query');
    if (q.targetsApproved && !canImportApprovedTargets(actor))
      throw fail('forbidden', { path: 'targetsApproved', message: { zh: '只有管理员可以导入已批复的绩效目标', en: 'only an admin may import approved targets' } });
    // With `run`, the client follows this import (GET /api/import/runs/:run) and may cancel it (DELETE).
    const run = q.run ? ctx.runs.open(actor.id, q.run) : null;
    try {
      return c.json(await importRequest(c, actor, q, run));
    } finally {
      run?.close();
    }
  });

  r.add({ method: 'get', path: '/api/import/runs/:run', summary: 'Where an import started with ?run= is: each file waiting, reading (PDF pages / OCR pages done of total), done or failed', tag: 'files', auth: true }, (c, actor) => c.json(ctx.runs.get(actor.id, runParam(c))));

  r.add({ method: 'delete', path: '/api/import/runs/:run', summary: 'Cancel an import started with ?run=: the worker reading a file is stopped, nothing is saved, and the import answers 409 cancelled', tag: 'files', auth: true, ok: { status: 204, description: 'cancelled' } }, (c, actor) => {
    ctx.runs.cancel(actor.id, runParam(c));
    return c.body(null, 204);
  });

  async function importRequest(c: C, actor: Actor, q: z.infer<typeof ImportQuery>, run: { signal: AbortSignal; view: RunView } | null) {
    const signal = run?.signal;
    const files = await readUploads(c, MAX_FILES, (body, contentType) => ctx.jobs.run<UploadParse>({ kind: 'upload', body, contentType }, [body.buffer as ArrayBuffer], { signal }));
    const progress = run ? (run.view.files = files.map((f): FileProgress => ({ name: f.name, state: 'waiting' }))) : [];
    if (run && run.view.state !== 'cancelled') run.view.state = 'reading';
    const tree = await ctx.orgs();
    const visible = { orgs: allowedOrgs(actor, tree), hidden: hiddenStatuses(actor) };
    // 替换: the stored form gets the imported evaluation as a new version, as if saved in the editor.
    const replace = async (id: number, evaluation: Evaluation) => {
      const form = (await db.selectFrom('forms').selectAll().where('id', '=', id).executeTakeFirst()) as FormRow | undefined;
      if (!form || !canEditForm(actor, refOf(form), tree))
        return { error: { code: 'not-editable', message: { zh: `表单 ${id} 当前不能由你修改，未替换`, en: `you cannot edit form ${id} now; not replaced` } } };
      try {
        await checkDuties(db, tree, actor, form, 'edit');
        return { id: (await updateForm(db, tree, { actor, form, version: form.version, evaluation })).id };
      } catch (e) {
        if (e instanceof AppError) return { error: { code: e.code, message: e.msg } };
        throw e;
      }
    };
    // Each file in a worker; with a run, its pages are reported as they are read and a cancel stops the worker.
    const read = async (f: (typeof files)[number]) => {
      const p = progress[files.indexOf(f)];
      if (p) p.state = 'reading';
      try {
        const r = await ctx.jobs.run<ImportResult>({ kind: 'import', bytes: f.bytes, fileName: f.name, progress: !!run }, [f.bytes.buffer as ArrayBuffer], { signal, onProgress: p ? (x) => applyProgress(p, x) : undefined });
        if (p) p.state = r.ok ? 'done' : 'failed';
        return r;
      } catch (e) {
        if (p) p.state = 'failed';
        throw e;
      }
    };
    const onRead = () => {
      // Every file is read before anything is saved: a cancel during reading leaves nothing stored.
      if (signal?.aborted) throw fail('cancelled');
      if (run) run.view.state = 'saving';
    };
    return importFiles(db, { actor, files, save: q.save, allowDuplicates: q.allowDuplicates, targetsApproved: q.targetsApproved && q.save, visible, unitFor: importUnit(actor, tree), decisions: q.decisions, replace, read, onRead });
  }

  r.add({ method: 'get', path: '/api/forms/:id/export', summary: 'Export one form', tag: 'files', auth: true, query: ['format'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c, actor) => {
    const { format } = parseWith(FormatQuery, c.req.query(), 'invalid-query');
    const form = await readableForm(db, await ctx.orgs(), actor, idParam(c));
    const data = await exportIn(ctx, [JSON.parse(form.evaluation) as Evaluation], format, await evidenceForExport(db, [form.id]));
    return sendFile(c, data, format, form.project_name || `form-${form.id}`);
  });

  r.add({ method: 'get', path: '/api/export', summary: 'Export every form matching the list filters, or the selection ids=1,2,3 (404 when any is not readable)', tag: 'files', auth: true, query: ['format', 'ids', 'year', 'orgId', 'status', 'grade', 'q', 'rule'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c, actor) => {
    const { format, ids, ...rest } = parseWith(ExportQuery, c.req.query(), 'invalid-query');
    const tree = await ctx.orgs();
    if (ids) {
      // A selection: every id must be readable by the caller, else 404 for the whole request, the
      // same answer for a form that does not exist and one outside the caller's view.
      const picked = await formsByIds(db, ids);
      if (picked.some((x) => !x || !canReadForm(actor, refOf(x), tree))) notFound();
      const data = await exportIn(ctx, picked.map((x) => JSON.parse(x!.evaluation) as Evaluation), format, await evidenceForExport(db, ids));
      return sendFile(c, data, format, `jixiao-selection-${ids.length}`);
    }
    const matched = await evaluationsMatching(db, allowedOrgs(actor, tree, rest.orgId), { ...rest, hidden: hiddenStatuses(actor) });
    const evidence = await evidenceForExport(db, matched.map((m) => m.id));
    return sendFile(c, await exportIn(ctx, matched.map((m) => m.evaluation), format, evidence), format, `jixiao-${rest.year ?? 'all'}`);
  });
}

function runParam(c: C): string {
  const id = c.req.param('run') ?? '';
  if (!RUN_ID.test(id)) throw fail('not-found');
  return id;
}

/** Export in a worker of the job pool, with each form's 佐证材料 listed after it (xlsx, docx, pdf, html). */
export function exportIn(ctx: AppContext, forms: Evaluation[], format: ExportFormat, evidence: (EvidenceEntry[] | undefined)[]): Promise<Uint8Array | string> {
  return ctx.jobs.run<Uint8Array | string>({ kind: 'export', forms, format, evidence });
}

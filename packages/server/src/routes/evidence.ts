/**
 * 佐证材料 of a form: list, upload (the file is the request body; `name` and `indicator` in the
 * query), download and remove. Whoever may read the form may read its evidence; whoever may edit
 * it may attach and remove while the form is in an editable status (draft, returned).
 */
import { z } from 'zod';
import { EDITABLE_STATUSES } from '@jixiao/core';
import type { AppContext, C } from '../context';
import type { EvidenceItem } from '../evidence';
import { fail, notFound } from '../errors';
import { idParam, parseWith } from '../http';
import { canEditForm, checkDuties, readableForm, type Actor } from '../policies';
import { refOf } from '../commands/store';
import { refreshStoredFindings } from '../commands/plans';
import { EVIDENCE_VIEW_CSP } from '../headers';
import type { Routes } from './registry';

/** The indicator is the row's index in the form's 绩效指标 table ("3"), as review's `indicators[3]`; absent for the form as a whole. */
const Indicator = z.string().regex(/^(0|[1-9]\d{0,3})$/, 'must be an indicator row index');
const UploadQuery = z.object({
  name: z.string().min(1).max(255).refine((s) => !/[\u0000-\u001f\u007f/\\]/.test(s), 'must not hold control characters or slashes'),
  indicator: Indicator.optional(),
});
const ListQuery = z.object({ indicator: Indicator.optional() });
const DownloadQuery = z.object({ inline: z.enum(['0', '1']).optional() });

/** RFC 6266/5987: an ASCII fallback and the original (Chinese) name. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Send a stored file: inline only for an image or PDF (shown by the browser), else as an attachment; never cached. */
export function sendEvidence(c: C, ctx: AppContext, it: EvidenceItem, inline: boolean): Response {
  const show = inline && (it.mime === 'application/pdf' || it.mime.startsWith('image/'));
  c.header('Content-Type', it.mime);
  c.header('Content-Disposition', contentDisposition(show ? 'inline' : 'attachment', it.name));
  c.header('Cache-Control', 'private, no-store');
  // A PDF shown in the app's viewer: framable by the app only (headers.ts keeps exactly this policy).
  if (show && it.mime === 'application/pdf') c.header('Content-Security-Policy', EVIDENCE_VIEW_CSP);
  return c.body(new Uint8Array(ctx.evidence.read(it)));
}

export function mountEvidence(r: Routes, ctx: AppContext): void {
  const { db } = ctx.database;
  const readable = async (c: C, actor: Actor) => readableForm(db, await ctx.orgs(), actor, idParam(c));
  const editable = async (c: C, actor: Actor) => {
    const tree = await ctx.orgs();
    const form = await readableForm(db, tree, actor, idParam(c));
    if (!canEditForm(actor, refOf(form), tree)) throw fail('forbidden');
    if (!EDITABLE_STATUSES.includes(form.status)) throw fail('not-editable', { path: 'status' });
    await checkDuties(db, tree, actor, form, 'edit');
    return form;
  };

  // An indicator's evidence counts in review (evidence-required): the stored findings follow the files.
  const refreshFindings = async (formId: number, actor: Actor, it: EvidenceItem, change: 'attached' | 'removed') => {
    if (it.indicator === null) return;
    await db.transaction().execute((trx) => refreshStoredFindings(trx, formId, actor, { evidence: change, evidenceId: it.id, indicator: it.indicator }));
  };

  r.add({ method: 'get', path: '/api/forms/:id/evidence', summary: 'The form’s evidence files (佐证材料), all or one indicator’s', tag: 'evidence', auth: true, query: ['indicator'] }, async (c, actor) => {
    const q = parseWith(ListQuery, c.req.query(), 'invalid-query');
    const form = await readable(c, actor);
    const items = await ctx.evidence.list('form', form.id, q.indicator);
    return c.json({ items, limits: { maxBytes: ctx.evidence.maxBytes, maxPerForm: ctx.evidence.maxPerOwner } });
  });

  r.add({ method: 'post', path: '/api/forms/:id/evidence', summary: 'Attach a file (the body: pdf, png, jpg, xlsx or docx, checked by content; 415 evidence-type, 413 evidence-limit)', tag: 'evidence', auth: true, query: ['name', 'indicator'], ok: { status: 201, description: 'the attachment' } }, async (c, actor) => {
    const q = parseWith(UploadQuery, c.req.query(), 'invalid-query');
    const form = await editable(c, actor);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const it = await ctx.evidence.store(bytes, { ownerKind: 'form', ownerId: form.id, indicator: q.indicator ?? null, name: q.name, byUser: actor.id });
    await refreshFindings(form.id, actor, it, 'attached');
    return c.json(it, 201);
  });

  r.add({ method: 'get', path: '/api/forms/:id/evidence/:eid', summary: 'Download one evidence file (inline=1 to show an image or PDF in the browser)', tag: 'evidence', auth: true, query: ['inline'], ok: { status: 200, description: 'the file', content: 'application/octet-stream' } }, async (c, actor) => {
    const q = parseWith(DownloadQuery, c.req.query(), 'invalid-query');
    const form = await readable(c, actor);
    const it = (await ctx.evidence.get('form', form.id, idParam(c, 'eid'))) ?? notFound();
    return sendEvidence(c, ctx, it, q.inline === '1');
  });

  r.add({ method: 'delete', path: '/api/forms/:id/evidence/:eid', summary: 'Remove one evidence file from the form', tag: 'evidence', auth: true, ok: { status: 204, description: 'removed' } }, async (c, actor) => {
    const form = await editable(c, actor);
    const it = (await ctx.evidence.get('form', form.id, idParam(c, 'eid'))) ?? notFound();
    await ctx.evidence.remove(it);
    await refreshFindings(form.id, actor, it, 'removed');
    return c.body(null, 204);
  });
}

/**
 * Bulk import: every file through @jixiao/formats, every form scored and reviewed by core; a file
 * seen before (same bytes) is reported as a duplicate of the forms it produced. With `save`, each
 * new form becomes a draft of the unit it belongs to; with `allowDuplicates` too, duplicates are saved as well.
 * Which forms the importer sees (for duplicates) and which unit each form may go to are the caller's
 * policies, passed in: the unit is known only once a file is read.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ImportResult } from '@jixiao/formats';
import { validateEvaluation, type Evaluation, type FormStatus } from '@jixiao/core';
import type { DB } from '../db/schema';
import { derive } from '../domain/derive';
import type { Actor } from '../policies';
import { checkJson, type UploadedFile } from '../http';
import { AppError } from '../errors';
import { createForm } from './forms';
import { NO_EVIDENCE } from './cycle';
import { audit } from './audit';


export interface ImportProps {
  actor: Actor;
  files: UploadedFile[];
  save: boolean;
  allowDuplicates?: boolean;
  targetsApproved?: boolean;
  /** The forms the importer sees, for duplicates: organisations and statuses it may not see are left out. */
  visible: { orgs: number[] | 'all'; hidden: FormStatus[] };
  /** The unit a form may be saved to, or null when there is none the importer may create forms in. */
  unitFor(ev: Evaluation): number | null;
  /** Read one file (in a worker: the caller's job pool). */
  read(file: UploadedFile): Promise<ImportResult>;
  /** Called once every file is read, before anything is looked up or saved (a cancel check may throw here). */
  onRead?(): void;
  /**
   * What to do with each form that duplicates one already stored (same file, or same project, year
   * and unit), keyed "file index:form index": replace it (a new version of the stored form), keep
   * both, or skip (the default; allowDuplicates makes it keep).
   */
  decisions?: Record<string, ImportDecision>;
  /** Replace a stored form's evaluation as a new version (the caller checks it may edit it). */
  replace?(formId: number, ev: Evaluation): Promise<{ id: number } | { error: { code: string; message: { zh: string; en: string } } }>;
}

/** What an import does with a form that is already stored. */
export type ImportDecision = 'replace' | 'keep' | 'skip';

/** Import files; preview only unless `save`. */
export async function importFiles(db: Kysely<DB>, p: ImportProps) {
  const items = [];
  const ids: number[] = [];
  const duplicatesSaved: { id: number; duplicateOf: number; file: string }[] = [];
  const { orgs, hidden } = p.visible;
  // Every file is read first, then looked up and saved: an import stopped while reading stores nothing.
  const results: ImportResult[] = [];
  for (const file of p.files) results.push(await p.read(file));
  p.onRead?.();
  for (const [fileIndex, file] of p.files.entries()) {
    const hash = file.hash ?? createHash('sha256').update(file.bytes).digest('hex');
    const result = results[fileIndex];
    if (!result.ok) {
      // `error` (the first issue) is the documented field; `issues` lists them all (a JSON file may have several).
      items.push({ file: file.name, forms: [], error: result.issues[0], issues: result.issues });
      continue;
    }
    const forms = [];
    for (const [i, f] of result.forms.entries()) {
      const sourceHash = `${hash}:${i}`;
      // Only forms the importer may see count as duplicates: no other unit's ids leak out.
      let dq = db.selectFrom('forms').select('id').where('source_hash', '=', sourceHash);
      if (orgs !== 'all') dq = orgs.length ? dq.where('org_id', 'in', orgs) : dq.where('id', '<', 0);
      if (hidden.length) dq = dq.where('status', 'not in', hidden);
      const dup = await dq.orderBy('id').executeTakeFirst();
      // The same form typed again or exported to another format: same project, year and unit.
      let sq = db.selectFrom('forms').select('id').where('project_name', '=', f.evaluation.projectName).where('year', '=', f.evaluation.year).where('implementer', '=', f.evaluation.implementer);
      if (orgs !== 'all') sq = orgs.length ? sq.where('org_id', 'in', orgs) : sq.where('id', '<', 0);
      if (hidden.length) sq = sq.where('status', 'not in', hidden);
      const same = f.evaluation.projectName.trim() ? await sq.orderBy('id', 'desc').executeTakeFirst() : undefined;
      const existing = dup ?? same;
      const decision: ImportDecision = existing ? p.decisions?.[`${fileIndex}:${i}`] ?? (p.allowDuplicates ? 'keep' : 'skip') : 'keep';
      // Derived once: the preview shows its findings and a saved draft stores them.
      const derived = derive(f.evaluation, undefined, NO_EVIDENCE);
      const out: Record<string, unknown> = { evaluation: f.evaluation, findings: derived.findings, notes: f.notes, duplicateOf: dup?.id ?? null, sameAs: same?.id ?? null };
      if (p.save && existing && decision === 'replace') {
        const r = p.replace ? await p.replace(same?.id ?? existing.id, f.evaluation) : { error: { code: 'forbidden', message: { zh: '不能替换', en: 'cannot replace' } } };
        if ('id' in r) {
          out.id = r.id;
          out.replaced = r.id;
          ids.push(r.id);
        } else out.saveError = r.error;
      }
      // A form stored before is saved again only when asked (keep both); the audit records it.
      else if (p.save && decision === 'keep') {
        const orgId = p.unitFor(f.evaluation);
        const problem = storable(f.evaluation);
        if (problem) {
          out.saveError = problem;
        } else if (orgId === null) {
          out.saveError = { code: 'no-unit', message: { zh: `找不到可导入的实施单位：${f.evaluation.implementer}`, en: `no unit you may import into is named ${f.evaluation.implementer}` } };
        } else {
          const row = await createForm(db, { actor: p.actor, orgId, evaluation: f.evaluation, derived, action: 'import', sourceHash, duplicateOf: dup?.id, lockTargets: p.targetsApproved });
          out.id = row.id;
          ids.push(row.id);
          if (existing) duplicatesSaved.push({ id: row.id, duplicateOf: existing.id, file: file.name });
        }
      }
      forms.push(out);
    }
    items.push({ file: file.name, hash, forms });
  }
  if (p.save)
    await audit(db, {
      userId: p.actor.id, action: 'import',
      detail: { files: p.files.map((f) => f.name), ids, ...(p.targetsApproved ? { targetsApproved: true } : {}), ...(p.allowDuplicates ? { allowDuplicates: true } : {}), ...(duplicatesSaved.length ? { duplicatesSaved } : {}), ...(p.decisions ? { decisions: p.decisions } : {}) },
    });
  return p.save ? { items, ids } : { items };
}

/** Why an imported form cannot be stored as it is (an amount or score out of bounds, text a database would alter), or null. */
function storable(ev: Evaluation): { code: string; path: string; message: { zh: string; en: string } } | null {
  const v = validateEvaluation(ev);
  if (!v.ok) return { code: 'invalid-evaluation', path: v.issues[0].path, message: v.issues[0].message };
  try {
    checkJson(ev);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, path: e.path, message: e.msg };
    throw e;
  }
  return null;
}

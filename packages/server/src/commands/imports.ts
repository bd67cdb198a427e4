/**
 * Bulk import: every file through @jixiao/formats, every form scored and reviewed by core; a file
 * seen before (same bytes) is reported as a duplicate of the forms it produced. With `save`, each
 * new form becomes a draft of the unit it belongs to; with `allowDuplicates` too, duplicates are saved as well.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { importFile } from '@jixiao/formats';
import type { Evaluation } from '@jixiao/core';
import type { DB } from '../db/schema';
import type { OrgTree } from '../domain/orgtree';
import { assess } from '../domain/assess';
import { canCreateForm, hiddenStatuses, scopeOf, type Actor } from '../policies';
import { createForm } from './forms';
import { audit } from './audit';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Which unit a form goes to: the editor's own unit, or the unit in scope named as 实施单位. */
function targetOrg(actor: Actor, tree: OrgTree, ev: Evaluation): number | null {
  if (actor.role === 'unit_editor') return actor.orgId;
  const scope = scopeOf(actor, tree);
  const name = ev.implementer.trim();
  const match = tree.all().find((o) => o.kind === 'unit' && o.name === name && (scope === 'all' || scope.has(o.id)));
  return match?.id ?? null;
}

/** Import files; preview only unless `save`. */
export async function importFiles(db: Kysely<DB>, tree: OrgTree, p: { actor: Actor; files: UploadedFile[]; save: boolean; allowDuplicates?: boolean; targetsApproved?: boolean }) {
  const items = [];
  const ids: number[] = [];
  const duplicatesSaved: { id: number; duplicateOf: number; file: string }[] = [];
  const scope = scopeOf(p.actor, tree);
  const hidden = hiddenStatuses(p.actor);
  for (const file of p.files) {
    const hash = createHash('sha256').update(file.bytes).digest('hex');
    const result = await importFile(file.bytes, { fileName: file.name });
    if (!result.ok) {
      items.push({ file: file.name, forms: [], error: result.error });
      continue;
    }
    const forms = [];
    for (const [i, f] of result.forms.entries()) {
      const sourceHash = `${hash}:${i}`;
      // Only forms the importer may see count as duplicates: no other unit's ids leak out.
      let dq = db.selectFrom('forms').select('id').where('source_hash', '=', sourceHash);
      if (scope !== 'all') dq = scope.size ? dq.where('org_id', 'in', [...scope]) : dq.where('id', '<', 0);
      if (hidden.length) dq = dq.where('status', 'not in', hidden);
      const dup = await dq.orderBy('id').executeTakeFirst();
      // Assessed once: the preview shows its findings and a saved draft stores it.
      const assessment = assess(f.evaluation);
      const out: Record<string, unknown> = { evaluation: f.evaluation, findings: assessment.findings, notes: f.notes, duplicateOf: dup?.id ?? null };
      // A file seen before is saved again only when asked (allowDuplicates); the audit records it.
      if (p.save && (!dup || p.allowDuplicates)) {
        const orgId = targetOrg(p.actor, tree, f.evaluation);
        if (orgId === null || !canCreateForm(p.actor, orgId, tree)) {
          out.saveError = { code: 'no-unit', message: { zh: `找不到可导入的实施单位：${f.evaluation.implementer}`, en: `no unit you may import into is named ${f.evaluation.implementer}` } };
        } else {
          const row = await createForm(db, { actor: p.actor, orgId, evaluation: f.evaluation, assessment, action: 'import', sourceHash, duplicateOf: dup?.id, lockTargets: p.targetsApproved });
          out.id = row.id;
          ids.push(row.id);
          if (dup) duplicatesSaved.push({ id: row.id, duplicateOf: dup.id, file: file.name });
        }
      }
      forms.push(out);
    }
    items.push({ file: file.name, hash, forms });
  }
  if (p.save)
    await audit(db, {
      userId: p.actor.id, action: 'import',
      detail: { files: p.files.map((f) => f.name), ids, ...(p.targetsApproved ? { targetsApproved: true } : {}), ...(p.allowDuplicates ? { allowDuplicates: true, duplicatesSaved } : {}) },
    });
  return p.save ? { items, ids } : { items };
}

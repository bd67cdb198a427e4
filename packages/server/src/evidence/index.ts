/**
 * 佐证材料 (evidence) storage, for any owner: a form (per indicator or for the whole form) today,
 * rectification answers and other owners later. `storeEvidence` checks the bytes' kind and the
 * limits, writes the file content-addressed (evidence/store.ts) and records the attachment;
 * identical bytes are stored once and reference-counted, so removing one attachment keeps a file
 * another still names. Access rules are the caller's (the routes check the owner's policy first).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fail } from '../errors';
import { BlobStore, sha256 } from './store';
import { EVIDENCE_MIME, extensionContradicts, sniffEvidence } from './sniff';

export { BlobStore } from './store';
export { sniffEvidence, EVIDENCE_MIME, type EvidenceKind } from './sniff';

export type OwnerKind = 'form' | 'rectification';

export interface EvidenceOptions {
  /** Where the files live (beside the database). */
  dir: string;
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Most attachments one owner may hold (default 100). */
  maxPerOwner?: number;
}

export const EVIDENCE_DEFAULTS = { maxBytes: 20 * 1024 * 1024, maxPerOwner: 100 };

/** One attachment as the API shows it. */
export interface EvidenceItem {
  id: number;
  ownerKind: string;
  ownerId: number;
  indicator: string | null;
  name: string;
  sha256: string;
  size: number;
  mime: string;
  byUser: number | null;
  createdAt: string;
}

export interface EvidenceMeta {
  ownerKind: OwnerKind;
  ownerId: number;
  indicator: string | null;
  name: string;
  byUser: number | null;
}

import type { Selectable } from 'kysely';
type Row = Selectable<DB['evidence']>;

function item(r: Row): EvidenceItem {
  return { id: r.id, ownerKind: r.owner_kind, ownerId: r.owner_id, indicator: r.indicator, name: r.name, sha256: r.sha256, size: Number(r.size), mime: r.mime, byUser: r.by_user, createdAt: r.created_at };
}

/** The evidence service over a database and a directory. */
export class Evidence {
  readonly blobs: BlobStore;
  readonly maxBytes: number;
  readonly maxPerOwner: number;

  constructor(private readonly db: Kysely<DB>, opts: EvidenceOptions) {
    this.blobs = new BlobStore(opts.dir);
    this.maxBytes = opts.maxBytes ?? EVIDENCE_DEFAULTS.maxBytes;
    this.maxPerOwner = opts.maxPerOwner ?? EVIDENCE_DEFAULTS.maxPerOwner;
  }

  /** Check, store and attach: 415 `evidence-type` for a kind not accepted or a name that says another kind, 413 `evidence-limit` over the limits. */
  async store(bytes: Uint8Array, meta: EvidenceMeta): Promise<EvidenceItem> {
    if (bytes.byteLength === 0) throw fail('evidence-type', { path: 'body', message: { zh: '文件为空', en: 'the file is empty' } });
    if (bytes.byteLength > this.maxBytes)
      throw fail('evidence-limit', { path: 'body', message: { zh: `单个文件不能超过 ${Math.round(this.maxBytes / 1048576)} MB`, en: `a file may be at most ${Math.round(this.maxBytes / 1048576)} MB` } });
    const kind = sniffEvidence(bytes);
    if (!kind) throw fail('evidence-type', { path: 'body' });
    if (extensionContradicts(meta.name, kind))
      throw fail('evidence-type', { path: 'name', message: { zh: `文件名的扩展名与内容（${kind.toUpperCase()}）不符`, en: `the name's extension does not match the content (${kind.toUpperCase()})` } });
    const hash = sha256(bytes);
    const now = new Date().toISOString();
    const mime = EVIDENCE_MIME[kind];
    return this.db.transaction().execute(async (trx) => {
      const { n } = await trx.selectFrom('evidence').select((e) => e.fn.countAll<number>().as('n')).where('owner_kind', '=', meta.ownerKind).where('owner_id', '=', meta.ownerId).executeTakeFirstOrThrow();
      if (Number(n) >= this.maxPerOwner)
        throw fail('evidence-limit', { path: 'count', message: { zh: `每张表最多 ${this.maxPerOwner} 个佐证材料`, en: `at most ${this.maxPerOwner} evidence files per form` } });
      // The blob row is the lock: a concurrent removal of the same hash waits for this transaction.
      await trx.insertInto('evidence_blobs').values({ sha256: hash, size: bytes.byteLength, mime, refs: 1, created_at: now })
        .onConflict((oc) => oc.column('sha256').doUpdateSet((eb) => ({ refs: eb('evidence_blobs.refs', '+', 1) }))).execute();
      // Written before the commit, so a committed row always has its file.
      this.blobs.put(bytes, hash);
      const row = await trx.insertInto('evidence').values({ owner_kind: meta.ownerKind, owner_id: meta.ownerId, indicator: meta.indicator, name: meta.name, sha256: hash, size: bytes.byteLength, mime, by_user: meta.byUser, created_at: now })
        .returningAll().executeTakeFirstOrThrow();
      return item(row);
    });
  }

  async list(ownerKind: OwnerKind, ownerId: number, indicator?: string | null): Promise<EvidenceItem[]> {
    let q = this.db.selectFrom('evidence').selectAll().where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId);
    if (indicator !== undefined) q = indicator === null ? q.where('indicator', 'is', null) : q.where('indicator', '=', indicator);
    return (await q.orderBy('id').execute()).map((r) => item(r));
  }

  /** One attachment of the owner, or null. */
  async get(ownerKind: OwnerKind, ownerId: number, id: number): Promise<EvidenceItem | null> {
    const r = await this.db.selectFrom('evidence').selectAll().where('id', '=', id).where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId).executeTakeFirst();
    return r ? item(r) : null;
  }

  read(it: EvidenceItem): Buffer {
    return this.blobs.read(it.sha256);
  }

  /** Remove one attachment; the file goes when no attachment names it any more. */
  async remove(it: EvidenceItem): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const gone = await trx.deleteFrom('evidence').where('id', '=', it.id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0) return;
      const b = await trx.updateTable('evidence_blobs').set((eb) => ({ refs: eb('refs', '-', 1) })).where('sha256', '=', it.sha256).returning('refs').executeTakeFirst();
      if (b && b.refs <= 0) {
        await trx.deleteFrom('evidence_blobs').where('sha256', '=', it.sha256).execute();
        this.blobs.remove(it.sha256);
      }
    });
  }

  /**
   * Release every attachment of an owner inside the caller's transaction (a form being deleted):
   * each file's reference count drops, and a file no attachment names any more is removed, under
   * the same lock on its blob row as `remove`. Returns how many attachments were released.
   */
  async releaseOwner(trx: Kysely<DB>, ownerKind: OwnerKind, ownerId: number): Promise<number> {
    const rows = await trx.deleteFrom('evidence').where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId).returning('sha256').execute();
    const uses = new Map<string, number>();
    for (const r of rows) uses.set(r.sha256, (uses.get(r.sha256) ?? 0) + 1);
    for (const [hash, n] of [...uses].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const b = await trx.updateTable('evidence_blobs').set((eb) => ({ refs: eb('refs', '-', n) })).where('sha256', '=', hash).returning('refs').executeTakeFirst();
      if (b && b.refs <= 0) {
        await trx.deleteFrom('evidence_blobs').where('sha256', '=', hash).execute();
        this.blobs.remove(hash);
      }
    }
    return rows.length;
  }

  /** Evidence counts per indicator key and for the form as a whole (key null), for review. */
  async counts(ownerKind: OwnerKind, ownerId: number): Promise<Map<string | null, number>> {
    const rows = await this.db.selectFrom('evidence').select(['indicator', (e) => e.fn.countAll<number>().as('n')]).where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId).groupBy('indicator').execute();
    return new Map(rows.map((r) => [r.indicator, Number(r.n)]));
  }
}

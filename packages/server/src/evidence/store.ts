/**
 * The evidence files on disk, content-addressed: `<dir>/ab/abcdef…` by SHA-256. A file is written
 * to a temporary name in the same directory and renamed into place, so a reader never sees half a
 * file and a crash leaves at most a stray temporary file. The same directory serves SQLite and
 * PostgreSQL deployments (the database holds only the metadata).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHA256 = /^[0-9a-f]{64}$/;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class BlobStore {
  constructor(readonly dir: string) {}

  path(hash: string): string {
    if (!SHA256.test(hash)) throw new Error(`not a sha256: ${hash}`);
    return join(this.dir, hash.slice(0, 2), hash);
  }

  has(hash: string): boolean {
    return existsSync(this.path(hash));
  }

  /** Write the bytes under their hash unless already there; returns the hash. */
  put(bytes: Uint8Array, hash = sha256(bytes)): string {
    const target = this.path(hash);
    if (existsSync(target)) return hash;
    mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true, mode: 0o700 });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, bytes, { mode: 0o600, flush: true });
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    return hash;
  }

  read(hash: string): Buffer {
    return readFileSync(this.path(hash));
  }

  remove(hash: string): void {
    try {
      unlinkSync(this.path(hash));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

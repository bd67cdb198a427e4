/** Scratch folders for the office tests (which tools they need is test/tools.ts's business). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory. */
export function tempDir(prefix = 'jixiao-formats-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * External tools the office tests drive (LibreOffice, poppler). CI installs them, so there a
 * missing tool fails the test; on a developer machine without them the test is skipped with a
 * message saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when the command is on PATH. */
export function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether to run tests needing `cmds`: yes when present; under CI a missing tool is an error. */
export function toolsPresent(...cmds: string[]): boolean {
  const missing = cmds.filter((c) => !have(c));
  if (missing.length === 0) return true;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`CI: required tools missing: ${missing.join(', ')} (install libreoffice-calc libreoffice-writer poppler-utils)`);
  console.warn(`skipping: ${missing.join(', ')} not installed (apt-get install libreoffice-calc libreoffice-writer poppler-utils)`);
  return false;
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'jixiao-formats-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Whether an external command is installed (asked once per command and process). */
import { execFile } from 'node:child_process';

const known = new Map<string, Promise<boolean>>();

/** True when `cmd -v` runs (poppler's tools answer to -v). */
export function have(cmd: string): Promise<boolean> {
  let p = known.get(cmd);
  if (!p) {
    p = new Promise((resolve) => execFile(cmd, ['-v'], { timeout: 10_000 }, (err) => resolve(!err || (err as NodeJS.ErrnoException).code !== 'ENOENT')));
    known.set(cmd, p);
  }
  return p;
}

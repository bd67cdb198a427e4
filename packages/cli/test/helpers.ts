/** An in-memory Io for calling the CLI's run() in tests. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Io } from '../src/io';

export interface CapturedIo extends Io {
  stdout: string;
  stderr: string;
}

export function captureIo(cwd = process.cwd()): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    out: (t) => void (io.stdout += t),
    err: (t) => void (io.stderr += t),
    cwd,
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, d) => writeFile(p, d),
    size: async (p) => (await stat(p)).size,
    tty: false,
  };
  return io;
}

export const SEED = new URL('../../../examples/seed-2020.txt', import.meta.url).pathname;

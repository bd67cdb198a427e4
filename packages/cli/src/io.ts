/** The CLI's contact with the outside world, injectable so that tests call run() directly. */
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  size(path: string): Promise<number>;
  /** True when stdout is a terminal (colours, widths). */
  tty: boolean;
  /** The names in a folder, or null when the path is not one (folders are imported file by file). */
  readDir?(path: string): Promise<string[] | null>;
  /** Show how far a long import is (one line, rewritten; '' clears it); only when stderr is a terminal. */
  progress?(text: string): void;
}

/** The real process's Io. */
export function processIo(): Io {
  // `jixiao parse … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, d) => writeFile(p, d),
    size: async (p) => (await stat(p)).size,
    tty: Boolean(process.stdout.isTTY),
    readDir: async (p) => ((await stat(p)).isDirectory() ? readdir(p) : null),
    progress: process.stderr.isTTY ? (t) => process.stderr.write(t ? `\r\x1b[K${t}` : '\r\x1b[K') : undefined,
  };
}

/** Exit codes, as a linter's: 0 clean, 1 findings at error level, 2 could not run. */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
